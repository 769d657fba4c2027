/* eslint-disable @typescript-eslint/no-unused-vars -- statements here exist to have their types checked */
/**
 * Type-level tests of the analytics builders (checked by tsc -p
 * tsconfig.test.json): window functions, CASE, CAST, NULLIF, FILTER, string
 * aggregation and GROUPING().
 */
import { builtinTypes, cast, caseOf, caseWhen, fn, integer, InvalidValueError, rollup, select, table, text, varchar, win } from '@alkahest/core';
import { assertType, type Equal, type RowType } from './type-helpers';

const people = table('people', {
  id: integer().primaryKey(),
  name: text().notNull(),
  age: integer(),
  city: text(),
});

describe('analytics types', () => {
  test('window functions: ranks are numbers, offsets are nullable unless given a default', () => {
    const q = select(
      people.c.id,
      win.rowNumber().over({ orderBy: [people.c.id] }).as('n'),
      fn.rank().over({ orderBy: [people.c.age] }).as('r'),
      win.lag(people.c.name).over({ orderBy: [people.c.id] }).as('prevName'),
      win.lag(people.c.name, 1, 'nobody').over({ orderBy: [people.c.id] }).as('prevOrNobody'),
      win.lead(people.c.age, 1, 0).over({ orderBy: [people.c.id] }).as('nextAge'),
      win.firstValue(people.c.name).over({ orderBy: [people.c.id] }).as('first'),
      fn.sum(people.c.age).over({ partitionBy: [people.c.city] }).as('total'),
      fn.count().over('w').as('count'),
      win.percentRank().over({ orderBy: [people.c.id] }).as('pr'),
    )
      .from(people)
      .window('w', { partitionBy: [people.c.city] });
    assertType<Equal<
      RowType<typeof q>,
      {
        id: number;
        n: number;
        r: number;
        prevName: string | null;
        prevOrNobody: string;
        nextAge: number | null;
        first: string | null;
        total: number | null;
        count: number;
        pr: number;
      }
    >>();
    // Never called: checked by tsc only (at run time these are just missing methods).
    const refused = (): void => {
      // @ts-expect-error a window function needs .over() before it is an expression
      select(win.rowNumber().as('n'));
      // @ts-expect-error a scalar function takes no OVER
      fn.lower(people.c.name).over({});
    };
    void refused;
  });

  test('CASE: the THEN values give the type, null without ELSE', () => {
    const q = select(
      caseWhen(people.c.age.lt(40), 'young').else('old').as('band'),
      caseWhen(people.c.age.gt(60), people.c.name).as('senior'),
      caseWhen(people.c.age.gt(60), 1).when(people.c.age.gt(30), 2).else(3).as('rank'),
      caseOf(people.c.id).when(1, 'one').else('other').as('word'),
      caseOf(people.c.id).when(1, true).as('isOne'),
    ).from(people);
    assertType<Equal<
      RowType<typeof q>,
      { band: string; senior: string | null; rank: number; word: string; isOne: boolean | null }
    >>();
    // @ts-expect-error simple CASE matches take the operand's type
    expect(() => caseOf(people.c.id).when('one', 1)).toThrow(InvalidValueError);
  });

  test('CAST, NULLIF, FILTER, DISTINCT, stringAgg, GROUPING', () => {
    const q = select(
      cast(people.c.age, builtinTypes.text).as('ageText'),
      cast(people.c.name, varchar({ length: 3 })).as('short'),
      cast('42', builtinTypes.integer).as('n'),
      fn.nullif(people.c.name, '').as('nonEmpty'),
      fn.count().filter(people.c.age.gt(40)).as('over40'),
      fn.sum(people.c.age).filter(people.c.age.gt(40)).as('ageSum'),
      fn.sumDistinct(people.c.age).as('distinctSum'),
      fn.avgDistinct(people.c.age).as('distinctMean'),
      fn.stringAgg(people.c.name, ', ', { orderBy: [people.c.name] }).as('names'),
      fn.grouping(people.c.city).as('g'),
    )
      .from(people)
      .groupBy(rollup(people.c.city));
    assertType<Equal<
      RowType<typeof q>,
      {
        ageText: string | null;
        short: string;
        n: number;
        nonEmpty: string | null;
        over40: number;
        ageSum: number | null;
        distinctSum: number | null;
        distinctMean: number | null;
        names: string | null;
        g: number;
      }
    >>();
    // Never called: checked by tsc only.
    const refused = (): void => {
      // @ts-expect-error stringAgg aggregates text
      fn.stringAgg(people.c.age, ',');
    };
    void refused;
  });
});
