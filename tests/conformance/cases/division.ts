/**
 * Division means the same on every database (as SQLAlchemy 2.0): `div` is
 * true division (7 ÷ 2 = 3.5, where PostgreSQL, SQLite and Oracle's integer
 * `/` truncate and MySQL's keeps four decimals), `floorDiv` rounds down like
 * Python's `//` (-7 // 2 = -4), exactly also for bigints past 2^53.
 */
import { bigint, double, insert, integer, select, table } from '@alkahest/core';
import { Area, defineCase, defineFixture } from '../harness/case';

const pairsFixture = defineFixture((name) => ({
  pairs: table(name('pairs'), { id: integer().primaryKey({ autoIncrement: false }), a: integer(), b: integer(), big: bigint(), x: double() }),
}));


const rows = [
  { id: 1, a: 7, b: 2, big: 9007199254740993n, x: 7.5 },
  { id: 2, a: -7, b: 2, big: -9007199254740993n, x: -7.5 },
  { id: 3, a: 7, b: -2, big: 9007199254740993n, x: 7.5 },
  { id: 4, a: -7, b: -2, big: -9007199254740993n, x: -7.5 },
  { id: 5, a: 6, b: 3, big: 6n, x: 6 },
  { id: 6, a: 1, b: 3, big: 1n, x: 1 },
  { id: 7, a: null, b: 2, big: null, x: null },
];

export const division: Area = {
  name: 'division',
  cases: [
    defineCase({
      name: 'integer ÷ integer is true division',
      covers: 'div on two integer columns gives the exact quotient as a double, negative signs included',
      feature: 'True division (div)',
      emulatedOn: { sqlite: 'CAST(a AS REAL) / b', postgres: 'CAST(a AS DOUBLE PRECISION) / b', mysql: 'CAST(a AS DOUBLE) / b', oracle: 'CAST(a AS BINARY_DOUBLE) / b' },
      fixture: pairsFixture,
      seed: ({ pairs }) => [insert(pairs).values(rows)],
      build: ({ pairs }) => select(pairs.c.id, pairs.c.a.div(pairs.c.b).as('q')).from(pairs).orderBy(pairs.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 1, q: 3.5 },
          { id: 2, q: -3.5 },
          { id: 3, q: -3.5 },
          { id: 4, q: 3.5 },
          { id: 5, q: 2 },
          { id: 6, q: 1 / 3 },
          { id: 7, q: null },
        ],
      },
      sql: {
        sqlite: 'SELECT "pairs"."id", CAST("pairs"."a" AS REAL) / "pairs"."b" AS "q" FROM "pairs" ORDER BY "pairs"."id"',
        postgres: 'SELECT "pairs"."id", CAST("pairs"."a" AS DOUBLE PRECISION) / "pairs"."b" AS "q" FROM "pairs" ORDER BY "pairs"."id"',
        mysql: 'SELECT `pairs`.`id`, CAST(`pairs`.`a` AS DOUBLE) / `pairs`.`b` AS `q` FROM `pairs` ORDER BY `pairs`.`id`',
        oracle: 'SELECT PAIRS.ID, CAST(PAIRS.A AS BINARY_DOUBLE) / PAIRS.B AS Q FROM PAIRS ORDER BY PAIRS.ID',
      },
    }),
    defineCase({
      name: 'floor division rounds down',
      covers: 'floorDiv on integers (toward negative infinity, exact for a bigint past 2^53) and on doubles (FLOOR(a / b))',
      feature: 'Floor division (floorDiv)',
      emulatedOn: {
        sqlite: 'truncated quotient (a - a % b) / b, less 1 where the signs of remainder and divisor differ',
        postgres: 'truncated quotient (a - a % b) / b, less 1 where the signs of remainder and divisor differ',
        mysql: 'truncated quotient (a - a % b) / b, less 1 where the signs of remainder and divisor differ',
        oracle: 'truncated quotient (a - MOD(a, b)) / b, less 1 where the signs of remainder and divisor differ',
      },
      fixture: pairsFixture,
      seed: ({ pairs }) => [insert(pairs).values(rows)],
      build: ({ pairs }) =>
        select(pairs.c.id, pairs.c.a.floorDiv(pairs.c.b).as('q'), pairs.c.big.floorDiv(2n).as('half'), pairs.c.x.floorDiv(2).as('xq')).from(pairs).orderBy(pairs.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 1, q: 3, half: 4503599627370496n, xq: 3 },
          { id: 2, q: -4, half: -4503599627370497n, xq: -4 },
          { id: 3, q: -4, half: 4503599627370496n, xq: 3 },
          { id: 4, q: 3, half: -4503599627370497n, xq: -4 },
          { id: 5, q: 2, half: 3n, xq: 3 },
          { id: 6, q: 0, half: 0n, xq: 0 },
          { id: 7, q: null, half: null, xq: null },
        ],
      },
      sql: {
        sqlite:
          'SELECT "pairs"."id", CAST((("pairs"."a" - ("pairs"."a" % "pairs"."b")) / "pairs"."b") - CASE WHEN (SIGN("pairs"."a" % "pairs"."b") * SIGN("pairs"."b")) < ? THEN ? ELSE ? END AS INTEGER) AS "q", CAST((("pairs"."big" - ("pairs"."big" % ?)) / ?) - CASE WHEN (SIGN("pairs"."big" % ?) * SIGN(?)) < ? THEN ? ELSE ? END AS INTEGER) AS "half", FLOOR("pairs"."x" / ?) AS "xq" FROM "pairs" ORDER BY "pairs"."id"',
        postgres:
          'SELECT "pairs"."id", CAST((("pairs"."a" - ("pairs"."a" % "pairs"."b")) / "pairs"."b") - CASE WHEN (SIGN("pairs"."a" % "pairs"."b") * SIGN("pairs"."b")) < $1 THEN CAST($2 AS INTEGER) ELSE $3 END AS INTEGER) AS "q", CAST((("pairs"."big" - ("pairs"."big" % $4)) / $5) - CASE WHEN (SIGN("pairs"."big" % $6) * SIGN($7)) < $8 THEN CAST($9 AS INTEGER) ELSE $10 END AS BIGINT) AS "half", FLOOR("pairs"."x" / $11) AS "xq" FROM "pairs" ORDER BY "pairs"."id"',
        mysql:
          'SELECT `pairs`.`id`, CAST(((`pairs`.`a` - (`pairs`.`a` % `pairs`.`b`)) / `pairs`.`b`) - CASE WHEN (SIGN(`pairs`.`a` % `pairs`.`b`) * SIGN(`pairs`.`b`)) < ? THEN ? ELSE ? END AS SIGNED) AS `q`, CAST(((`pairs`.`big` - (`pairs`.`big` % CAST(? AS SIGNED))) / CAST(? AS SIGNED)) - CASE WHEN (SIGN(`pairs`.`big` % CAST(? AS SIGNED)) * SIGN(CAST(? AS SIGNED))) < ? THEN ? ELSE ? END AS SIGNED) AS `half`, FLOOR(`pairs`.`x` / ?) AS `xq` FROM `pairs` ORDER BY `pairs`.`id`',
        oracle:
          'SELECT PAIRS.ID, CAST(((PAIRS.A - (MOD(PAIRS.A, PAIRS.B))) / PAIRS.B) - CASE WHEN (SIGN(MOD(PAIRS.A, PAIRS.B)) * SIGN(PAIRS.B)) < :1 THEN :2 ELSE :3 END AS NUMBER(10)) AS Q, CAST(((PAIRS.BIG - (MOD(PAIRS.BIG, TO_NUMBER(:4)))) / TO_NUMBER(:5)) - CASE WHEN (SIGN(MOD(PAIRS.BIG, TO_NUMBER(:6))) * SIGN(TO_NUMBER(:7))) < :8 THEN :9 ELSE :10 END AS NUMBER(19)) AS HALF, FLOOR(PAIRS.X / :11) AS XQ FROM PAIRS ORDER BY PAIRS.ID',
      },
    }),
  ],
};
