/**
 * Predicates: comparisons, IS [NOT] NULL, [NOT] IN lists (empty ones too),
 * BETWEEN, [NOT] LIKE with ESCAPE, ILIKE, AND / OR / NOT, and NULL semantics.
 */
import { and, Expression, insert, integer, not, or, select, table, text } from '@alkahest/core';
import { Area, defineCase, defineFixture, Golden, DialectName } from '../harness/case';
import { ids, peopleFixture, seedPeopleOnly } from './fixtures';

const base = { fixture: peopleFixture, seed: seedPeopleOnly } as const;
type People = ReturnType<typeof peopleFixture.make>['people'];

/** A case selecting the ids of people matching a condition, in id order. */
function where(name: string, covers: string, condition: (p: People) => Expression<boolean>, expected: number[], sqlWhere: Record<DialectName, string>) {
  const golden = (d: DialectName, sqlText: string): Golden =>
    d === 'mysql'
      ? `SELECT \`people\`.\`id\` FROM \`people\` WHERE ${sqlText} ORDER BY \`people\`.\`id\``
      : d === 'oracle'
        ? `SELECT PEOPLE.ID FROM PEOPLE WHERE ${sqlText} ORDER BY PEOPLE.ID`
        : `SELECT "people"."id" FROM "people" WHERE ${sqlText} ORDER BY "people"."id"`;
  return defineCase({
    ...base,
    name,
    covers,
    build: ({ people }) => select(people.c.id).from(people).where(condition(people)).orderBy(people.c.id),
    expect: { ordered: true, rows: ids(...expected) },
    sql: {
      sqlite: golden('sqlite', sqlWhere.sqlite),
      postgres: golden('postgres', sqlWhere.postgres),
      mysql: golden('mysql', sqlWhere.mysql),
      oracle: golden('oracle', sqlWhere.oracle),
    },
  });
}

/** `codes` holds the LIKE wildcards as data, for ESCAPE. */
const codesFixture = defineFixture((name) => ({
  codes: table(name('codes'), { id: integer().primaryKey({ autoIncrement: false }), code: text().notNull() }),
}));

export const predicates: Area = {
  name: 'predicates',
  cases: [
    // The SELECT around each condition is the same; the golden strings below are the WHERE clause of each dialect.
    where('= equal', '=', (p) => p.c.age.eq(41), [2], {
      sqlite: '"people"."age" = ?',
      postgres: '"people"."age" = $1',
      mysql: '`people`.`age` = ?',
      oracle: 'PEOPLE.AGE = :1',
    }),
    where('<> not equal skips NULL', '<>', (p) => p.c.age.ne(41), [1, 3, 5], {
      sqlite: '"people"."age" <> ?',
      postgres: '"people"."age" <> $1',
      mysql: '`people`.`age` <> ?',
      oracle: 'PEOPLE.AGE <> :1',
    }),
    where('< less than', '<', (p) => p.c.age.lt(41), [1], {
      sqlite: '"people"."age" < ?',
      postgres: '"people"."age" < $1',
      mysql: '`people`.`age` < ?',
      oracle: 'PEOPLE.AGE < :1',
    }),
    where('<= at most', '<=', (p) => p.c.age.lte(41), [1, 2], {
      sqlite: '"people"."age" <= ?',
      postgres: '"people"."age" <= $1',
      mysql: '`people`.`age` <= ?',
      oracle: 'PEOPLE.AGE <= :1',
    }),
    where('> greater than', '>', (p) => p.c.age.gt(41), [3, 5], {
      sqlite: '"people"."age" > ?',
      postgres: '"people"."age" > $1',
      mysql: '`people`.`age` > ?',
      oracle: 'PEOPLE.AGE > :1',
    }),
    where('>= at least', '>=', (p) => p.c.age.gte(41), [2, 3, 5], {
      sqlite: '"people"."age" >= ?',
      postgres: '"people"."age" >= $1',
      mysql: '`people`.`age` >= ?',
      oracle: 'PEOPLE.AGE >= :1',
    }),
    where('IS NULL', 'IS NULL', (p) => p.c.age.isNull(), [4], {
      sqlite: '"people"."age" IS NULL',
      postgres: '"people"."age" IS NULL',
      mysql: '`people`.`age` IS NULL',
      oracle: 'PEOPLE.AGE IS NULL',
    }),
    where('IS NOT NULL', 'IS NOT NULL', (p) => p.c.age.isNotNull(), [1, 2, 3, 5], {
      sqlite: '"people"."age" IS NOT NULL',
      postgres: '"people"."age" IS NOT NULL',
      mysql: '`people`.`age` IS NOT NULL',
      oracle: 'PEOPLE.AGE IS NOT NULL',
    }),
    where('eq(null) is IS NULL', 'IS NULL from eq(null)', (p) => p.c.city.eq(null), [2], {
      sqlite: '"people"."city" IS NULL',
      postgres: '"people"."city" IS NULL',
      mysql: '`people`.`city` IS NULL',
      oracle: 'PEOPLE.CITY IS NULL',
    }),
    where('NULL = NULL is not true', 'NULL semantics: a column compared with itself', (p) => p.c.city.eq(p.c.city), [1, 3, 4, 5], {
      sqlite: '"people"."city" = "people"."city"',
      postgres: '"people"."city" = "people"."city"',
      mysql: '`people`.`city` = `people`.`city`',
      oracle: 'TO_CHAR(PEOPLE.CITY) = TO_CHAR(PEOPLE.CITY)',
    }),
    where('IN list', 'IN list', (p) => p.c.id.in([1, 3, 99]), [1, 3], {
      sqlite: '"people"."id" IN (?, ?, ?)',
      postgres: '"people"."id" IN ($1, $2, $3)',
      mysql: '`people`.`id` IN (?, ?, ?)',
      oracle: 'PEOPLE.ID IN (:1, :2, :3)',
    }),
    where('NOT IN list skips NULL', 'NOT IN list', (p) => p.c.age.notIn([36, 41]), [3, 5], {
      sqlite: '"people"."age" NOT IN (?, ?)',
      postgres: '"people"."age" NOT IN ($1, $2)',
      mysql: '`people`.`age` NOT IN (?, ?)',
      oracle: 'PEOPLE.AGE NOT IN (:1, :2)',
    }),
    where('IN empty list is false', 'IN empty list', (p) => p.c.id.in([]), [], {
      sqlite: '1 = 0',
      postgres: '1 = 0',
      mysql: '1 = 0',
      oracle: '1 = 0',
    }),
    where('NOT IN empty list is true', 'NOT IN empty list', (p) => p.c.id.notIn([]), [1, 2, 3, 4, 5], {
      sqlite: '1 = 1',
      postgres: '1 = 1',
      mysql: '1 = 1',
      oracle: '1 = 1',
    }),
    where('BETWEEN', 'BETWEEN', (p) => p.c.age.between(40, 80), [2, 5], {
      sqlite: '"people"."age" BETWEEN ? AND ?',
      postgres: '"people"."age" BETWEEN $1 AND $2',
      mysql: '`people`.`age` BETWEEN ? AND ?',
      oracle: 'PEOPLE.AGE BETWEEN :1 AND :2',
    }),
    where('NOT BETWEEN skips NULL', 'NOT BETWEEN', (p) => p.c.age.notBetween(40, 80), [1, 3], {
      sqlite: '"people"."age" NOT BETWEEN ? AND ?',
      postgres: '"people"."age" NOT BETWEEN $1 AND $2',
      mysql: '`people`.`age` NOT BETWEEN ? AND ?',
      oracle: 'PEOPLE.AGE NOT BETWEEN :1 AND :2',
    }),
    where('LIKE', 'LIKE', (p) => p.c.name.like('A%'), [1, 2], {
      sqlite: `"people"."name" LIKE ? ESCAPE '\\'`,
      postgres: `"people"."name" LIKE $1 ESCAPE E'\\\\'`,
      mysql: "`people`.`name` LIKE ? COLLATE utf8mb4_bin ESCAPE _utf8mb4 X'5c'",
      oracle: `PEOPLE.NAME LIKE :1 ESCAPE '\\'`,
    }),
    where('NOT LIKE', 'NOT LIKE', (p) => p.c.name.notLike('%a%'), [4, 5], {
      sqlite: `"people"."name" NOT LIKE ? ESCAPE '\\'`,
      postgres: `"people"."name" NOT LIKE $1 ESCAPE E'\\\\'`,
      mysql: "`people`.`name` NOT LIKE ? COLLATE utf8mb4_bin ESCAPE _utf8mb4 X'5c'",
      oracle: `PEOPLE.NAME NOT LIKE :1 ESCAPE '\\'`,
    }),
    where('ILIKE', 'ILIKE (native on PostgreSQL, emulated elsewhere)', (p) => p.c.name.ilike('%LIN%'), [4], {
      sqlite: `alkahest_lower("people"."name") LIKE alkahest_lower(?) ESCAPE '\\'`,
      postgres: `"people"."name" ILIKE $1 ESCAPE E'\\\\'`,
      mysql: "LOWER(`people`.`name`) LIKE LOWER(?) ESCAPE _utf8mb4 X'5c'",
      oracle: `UPPER(PEOPLE.NAME) LIKE UPPER(:1) ESCAPE '\\'`,
    }),
    where('NOT ILIKE', 'NOT ILIKE', (p) => p.c.name.notIlike('%A%'), [4, 5], {
      sqlite: `alkahest_lower("people"."name") NOT LIKE alkahest_lower(?) ESCAPE '\\'`,
      postgres: `"people"."name" NOT ILIKE $1 ESCAPE E'\\\\'`,
      mysql: "LOWER(`people`.`name`) NOT LIKE LOWER(?) ESCAPE _utf8mb4 X'5c'",
      oracle: `UPPER(PEOPLE.NAME) NOT LIKE UPPER(:1) ESCAPE '\\'`,
    }),
    where('AND with a nested OR', 'AND, OR', (p) => and(p.c.age.gt(30), or(p.c.city.eq('London'), p.c.city.isNull())), [1, 2], {
      sqlite: '"people"."age" > ? AND ("people"."city" = ? OR "people"."city" IS NULL)',
      postgres: '"people"."age" > $1 AND ("people"."city" = $2 OR "people"."city" IS NULL)',
      mysql: '`people`.`age` > ? AND (`people`.`city` = ? OR `people`.`city` IS NULL)',
      oracle: 'PEOPLE.AGE > :1 AND (TO_CHAR(PEOPLE.CITY) = :2 OR PEOPLE.CITY IS NULL)',
    }),
    where('NOT skips NULL', 'NOT', (p) => not(p.c.age.gt(40)), [1], {
      sqlite: 'NOT ("people"."age" > ?)',
      postgres: 'NOT ("people"."age" > $1)',
      mysql: 'NOT (`people`.`age` > ?)',
      oracle: 'NOT (PEOPLE.AGE > :1)',
    }),
    where('OR of ANDs', 'OR, AND precedence', (p) => or(and(p.c.age.lt(40), p.c.city.eq('London')), and(p.c.age.gt(80), p.c.name.eq('Grace'))), [1, 3], {
      sqlite: '("people"."age" < ? AND "people"."city" = ?) OR ("people"."age" > ? AND "people"."name" = ?)',
      postgres: '("people"."age" < $1 AND "people"."city" = $2) OR ("people"."age" > $3 AND "people"."name" = $4)',
      mysql: '(`people`.`age` < ? AND `people`.`city` = ?) OR (`people`.`age` > ? AND `people`.`name` = ?)',
      oracle: '(PEOPLE.AGE < :1 AND TO_CHAR(PEOPLE.CITY) = :2) OR (PEOPLE.AGE > :3 AND TO_CHAR(PEOPLE.NAME) = :4)',
    }),
    defineCase({
      name: 'LIKE with ESCAPE',
      covers: 'LIKE … ESCAPE',
      fixture: codesFixture,
      seed: ({ codes }) => [
        insert(codes).values([
          { id: 1, code: '10%' },
          { id: 2, code: '100' },
          { id: 3, code: '1_0' },
          { id: 4, code: 'a_b' },
        ]),
      ],
      build: ({ codes }) =>
        select(codes.c.id)
          .from(codes)
          .where(or(codes.c.code.like('%!%', { escape: '!' }), codes.c.code.like('1!_%', { escape: '!' })))
          .orderBy(codes.c.id),
      expect: { ordered: true, rows: ids(1, 3) },
      sql: {
        sqlite: `SELECT "codes"."id" FROM "codes" WHERE "codes"."code" LIKE ? ESCAPE '!' OR "codes"."code" LIKE ? ESCAPE '!' ORDER BY "codes"."id"`,
        postgres: `SELECT "codes"."id" FROM "codes" WHERE "codes"."code" LIKE $1 ESCAPE '!' OR "codes"."code" LIKE $2 ESCAPE '!' ORDER BY "codes"."id"`,
        mysql: "SELECT `codes`.`id` FROM `codes` WHERE `codes`.`code` LIKE ? COLLATE utf8mb4_bin ESCAPE '!' OR `codes`.`code` LIKE ? COLLATE utf8mb4_bin ESCAPE '!' ORDER BY `codes`.`id`",
        oracle: `SELECT CODES.ID FROM CODES WHERE CODES.CODE LIKE :1 ESCAPE '!' OR CODES.CODE LIKE :2 ESCAPE '!' ORDER BY CODES.ID`,
      },
    }),
    defineCase({
      name: 'NOT LIKE with ESCAPE',
      covers: 'NOT LIKE … ESCAPE',
      fixture: codesFixture,
      seed: ({ codes }) => [
        insert(codes).values([
          { id: 1, code: '10%' },
          { id: 2, code: '100' },
          { id: 3, code: '1_0' },
        ]),
      ],
      build: ({ codes }) => select(codes.c.id).from(codes).where(codes.c.code.notLike('%#_%', { escape: '#' })).orderBy(codes.c.id),
      expect: { ordered: true, rows: ids(1, 2) },
      sql: {
        sqlite: `SELECT "codes"."id" FROM "codes" WHERE "codes"."code" NOT LIKE ? ESCAPE '#' ORDER BY "codes"."id"`,
        postgres: `SELECT "codes"."id" FROM "codes" WHERE "codes"."code" NOT LIKE $1 ESCAPE '#' ORDER BY "codes"."id"`,
        mysql: "SELECT `codes`.`id` FROM `codes` WHERE `codes`.`code` NOT LIKE ? COLLATE utf8mb4_bin ESCAPE '#' ORDER BY `codes`.`id`",
        oracle: `SELECT CODES.ID FROM CODES WHERE CODES.CODE NOT LIKE :1 ESCAPE '#' ORDER BY CODES.ID`,
      },
    }),
  ],
};
