/**
 * Values of the wrong kind — the shapes that other toolkits expanded into SQL —
 * are refused when the statement is built, naming the column, for every
 * column type.
 */
import { bigint, blob, boolean, date, double, insert, integer, json, numeric, table, text, timestamp, uuid, varchar } from '@alkahest/core';

const t = table('t', {
  i: integer(),
  b: bigint(),
  d: double(),
  n: numeric({ precision: 10, scale: 2 }),
  s: text(),
  v: varchar({ length: 10 }),
  flag: boolean(),
  day: date(),
  at: timestamp(),
  id: uuid(),
  raw: blob(),
  doc: json(),
});

const dateWithToJson = Object.assign(new Date('2024-01-01'), { toJSON: () => "'; DROP TABLE t; --" });
const hostile: [string, unknown][] = [
  ['an object', { $gt: 1 }],
  ['a nested object', { a: { b: [1] } }],
  ['an array', ['1', '2']],
  ['an object with toSqlString', { toSqlString: () => '1; DROP TABLE t' }],
  ['a Buffer', Buffer.from("'; --")],
  ['a Date with a custom toJSON', dateWithToJson],
  ['a function', () => 1],
  ['a symbol', Symbol('x')],
  ['undefined', undefined],
];

const columns = Object.keys(t.c) as (keyof typeof t.c)[];

for (const [what, value] of hostile) {
  test(`${what} is refused for every column that cannot hold it`, () => {
    for (const key of columns) {
      const column = t.c[key];
      const acceptable =
        (key === 'raw' && value instanceof Uint8Array) || (key === 'at' && value instanceof Date) || (key === 'doc' && (what === 'a nested object' || what === 'an object' || what === 'an array'));
      const build = () => insert(t).values({ [key]: value } as never);
      if (acceptable) {
        expect(build).not.toThrow();
      } else if (value === undefined) {
        // An undefined key is a left-out key: nothing to insert at all.
        expect(build).not.toThrow();
      } else {
        expect(build).toThrow(new RegExp(`column t\\.${column.name}`));
      }
    }
  });
}
