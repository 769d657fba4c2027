/**
 * Custom types' values and names: the type's own check runs first, its
 * toDriver's failure is an InvalidValueError naming the column and the type
 * (with the cause kept), what it gives the driver is checked as its base
 * type, and its SQL name is the dialect's, else the default, else an error.
 */
import { createTable, customType, insert, integer, InvalidValueError, table, UnsupportedFeatureError } from '@alkahest/core';
import { alkahestDialect as mysql } from '@alkahest/mysql';
import { alkahestDialect as postgres } from '@alkahest/postgres';
import { alkahestDialect as sqlite } from '@alkahest/sqlite';

class Cents {
  constructor(readonly cents: number) {}
}

const money = customType<Cents>({
  name: 'money',
  dataType: { postgres: 'MONEY_CENTS', default: 'BIGINT_CENTS' },
  base: 'integer',
  check: (value) => value instanceof Cents,
  toDriver: (value) => {
    if (value.cents < 0) throw new Error('negative amount');
    if (value.cents === 13) throw 'unlucky';
    return value.cents;
  },
});
const label = customType<string>({ name: 'label', dataType: { postgres: 'CITEXT' } });
const raw = customType<unknown>({ name: 'raw', dataType: 'RAWTYPE', base: 'integer' });

const t = table('t', { id: integer().primaryKey(), price: money(), tag: label(), other: raw() });

describe('values of a custom type', () => {
  test('a value its check refuses is an InvalidValueError naming the column and the type', () => {
    expect(() => insert(t).values({ id: 1, price: 5 as never })).toThrow(new InvalidValueError('column t.price: not a money value'));
  });

  test("its toDriver's error is one too, with the error's message and the error as cause", () => {
    const error = (() => {
      try {
        insert(t).values({ id: 1, price: new Cents(-1) });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(InvalidValueError);
    expect((error as Error).message).toBe('column t.price: not a money value (negative amount)');
    expect((error as Error).cause).toEqual(new Error('negative amount'));
    // A thrown string is its own message.
    expect(() => insert(t).values({ id: 1, price: new Cents(13) })).toThrow(InvalidValueError);
    expect(() => insert(t).values({ id: 1, price: new Cents(13) })).toThrow(/^column t\.price: not a money value \(unlucky\)$/);
  });

  test('what toDriver gives is checked as the base type; without toDriver the value itself is', () => {
    expect(() => insert(t).values({ id: 1, price: new Cents(1.5) })).toThrow(new InvalidValueError('column t.price: expected an integer, got 1.5'));
    expect(() => insert(t).values({ id: 1, other: 'x' })).toThrow(new InvalidValueError("column t.other: expected an integer, got a string of 1 character"));
    expect(sqlite.createDialect().compile(insert(t).values({ id: 1, price: new Cents(250), other: 7 })).params).toEqual([1n, 250n, 7n]);
  });
});

describe('SQL names of a custom type', () => {
  test("the dialect's name, else the default, else an UnsupportedFeatureError naming the type and the dialect", () => {
    const one = table('one', { price: money() });
    expect(postgres.createDialect().compile(createTable(one)).sql).toBe('CREATE TABLE "one" ("price" MONEY_CENTS)');
    expect(mysql.createDialect().compile(createTable(one)).sql).toMatch(/^CREATE TABLE `one` \(`price` BIGINT_CENTS\)/);
    const tags = table('tags', { tag: label() });
    expect(postgres.createDialect().compile(createTable(tags)).sql).toBe('CREATE TABLE "tags" ("tag" CITEXT)');
    expect(() => sqlite.createDialect().compile(createTable(tags))).toThrow(UnsupportedFeatureError);
    expect(() => sqlite.createDialect().compile(createTable(tags))).toThrow(/the custom type label/);
  });

  test('one name for every dialect', () => {
    const raws = table('raws', { other: raw() });
    expect(sqlite.createDialect().compile(createTable(raws)).sql).toBe('CREATE TABLE "raws" ("other" RAWTYPE)');
    expect(mysql.createDialect().compile(createTable(raws)).sql).toMatch(/^CREATE TABLE `raws` \(`other` RAWTYPE\)/);
  });
});
