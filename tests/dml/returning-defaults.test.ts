/* eslint-disable @typescript-eslint/no-unused-vars -- statements here exist to have their types checked */
/**
 * `insert(…).returningDefaults()` (SQLAlchemy's `return_defaults()`): the
 * primary key and every column the database filled in, without listing them,
 * on SQLite, PostgreSQL and MariaDB; the golden SQL of MySQL 8 (read back by
 * LAST_INSERT_ID()) and Oracle (RETURNING … INTO); what is refused; the row
 * type.
 */
import {
  CompileError,
  createTable,
  dropTable,
  fn,
  insert,
  integer,
  select,
  table,
  text,
  timestamp,
  UnsupportedFeatureError,
  varchar,
  type MutationResult,
  type ReturnedRows,
} from '@alkahest/core';
import { alkahestDialect as mysql } from '@alkahest/mysql';
import { alkahestDialect as oracle } from '@alkahest/oracle';
import type { ResultOf } from '@alkahest/pool';
import { assertType, type Equal, type RowType } from '../../packages/core/test/type-helpers';
import { databases, describeDatabase, liveTest, uniqueName } from '../support/databases';

const ordersTable = (name: string) =>
  table(name, {
    id: integer().primaryKey(),
    item: text().notNull(),
    status: varchar({ length: 1 }).notNull().default('n'),
    placedAt: timestamp('placed_at').notNull().default(fn.now()),
    stars: integer().default(3),
    note: text(),
  });
const orders = ordersTable('orders');
const insertPlain = () => insert(orders).values({ item: 'pen' });
const memberships = table('memberships', { userId: integer('user_id'), groupId: integer('group_id'), role: text().notNull().default('member') }, { primaryKey: ['userId', 'groupId'] });

describe('the row type', () => {
  test('the key always; each column with a default or a generated value, where the INSERT left it out', () => {
    const q = insert(orders).values({ item: 'pen' }).returningDefaults();
    assertType<Equal<RowType<typeof q>, { id: number; status?: string; placedAt?: Date; stars?: number | null }>>();
    assertType<Equal<ResultOf<typeof q>, ReturnedRows<{ id: number; status?: string; placedAt?: Date; stars?: number | null }>>>();
    // A key the application gives is still the row's key.
    const given = table('given', { code: text().primaryKey(), n: integer() });
    const g = insert(given).values({ code: 'x' }).returningDefaults();
    assertType<Equal<RowType<typeof g>, { code: string }>>();
    // Without it, an INSERT gives a MutationResult.
    assertType<Equal<ResultOf<ReturnType<typeof insertPlain>>, MutationResult>>();
  });
});

describe('the columns returned', () => {
  const [mysql8, ora] = [mysql.createDialect(), oracle.createDialect()];

  test('the key and the defaults a row leaves out, in table order; a column set in every row is not returned', () => {
    const names = (q: { clauses: { returning?: readonly { key: string }[] } }) => q.clauses.returning?.map((c) => c.key);
    expect(names(insert(orders).values({ item: 'pen' }).returningDefaults())).toEqual(['id', 'status', 'placedAt', 'stars']);
    expect(names(insert(orders).values({ item: 'pen', status: 'x', stars: null }).returningDefaults())).toEqual(['id', 'placedAt']);
    // One row leaves status to the database: it is returned for every row.
    expect(names(insert(orders).values([{ item: 'pen', status: 'x' }, { item: 'ink' }]).returningDefaults())).toEqual(['id', 'status', 'placedAt', 'stars']);
    expect(names(insert(orders).defaultValues().returningDefaults())).toEqual(['id', 'status', 'placedAt', 'stars']);
    expect(names(insert(memberships).values({ userId: 1, groupId: 2 }).returningDefaults())).toEqual(['userId', 'groupId', 'role']);
    // The rows given after returningDefaults() decide, as before it.
    expect(names(insert(orders).defaultValues().returningDefaults().values({ item: 'pen', status: 'x' }))).toEqual(['id', 'placedAt', 'stars']);
    // returning() after it returns what it lists.
    expect(names(insert(orders).values({ item: 'pen' }).returningDefaults().returning(orders.c.item))).toEqual(['item']);
  });

  test('refused: before the rows are known, or with nothing to return', () => {
    expect(() => insert(orders).returningDefaults()).toThrow(new CompileError('insert into orders: returningDefaults() comes after values(), defaultValues() or fromSelect()'));
    const plain = table('plain', { a: integer(), b: text() });
    expect(() => insert(plain).values({ a: 1 }).returningDefaults()).toThrow(/nothing to return/);
  });

  test('MySQL 8 reads a single row back by its generated key; Oracle returns into binds; both refuse several rows', () => {
    const one = insert(orders).values({ item: 'pen' }).returningDefaults();
    expect(mysql8.compile(one).sql).toBe('INSERT INTO `orders` (`item`) VALUES (?)');
    expect(mysql8.compile(one).followUp).toBe(
      'SELECT `orders`.`id`, `orders`.`status`, `orders`.`placed_at` AS `placedAt`, `orders`.`stars` FROM `orders` WHERE `orders`.`id` = LAST_INSERT_ID()',
    );
    expect(ora.compile(one).sql).toBe('INSERT INTO ORDERS (ITEM) VALUES (:1) RETURNING ID, STATUS, PLACED_AT, STARS INTO :2, :3, :4, :5');
    const two = insert(orders).values([{ item: 'pen' }, { item: 'ink' }]).returningDefaults();
    expect(() => mysql8.compile(two)).toThrow(UnsupportedFeatureError);
    expect(() => ora.compile(two)).toThrow(UnsupportedFeatureError);
  });
});

for (const db of databases) {
  describeDatabase(db, (engine) => {
    liveTest('returns the generated key and the server defaults of each inserted row, in the order inserted', async () => {
      const t = ordersTable(uniqueName('rd_orders'));
      const members = table(uniqueName('rd_members'), { userId: integer('user_id'), groupId: integer('group_id'), role: text().notNull().default('member') }, { primaryKey: ['userId', 'groupId'] });
      await engine().execute(createTable(t));
      await engine().execute(createTable(members));
      try {
        const before = Date.now() - 60_000;
        const [first, ...none] = await engine().execute(insert(t).values({ item: 'pen' }).returningDefaults());
        expect(none).toEqual([]);
        expect(first).toEqual({ id: 1, status: 'n', placedAt: expect.any(Date), stars: 3 });
        expect(first!.placedAt!.getTime()).toBeGreaterThan(before);
        // A column the row sets is not returned.
        expect(await engine().execute(insert(t).values({ item: 'ink', status: 'x', stars: null }).returningDefaults())).toEqual([{ id: 2, placedAt: expect.any(Date) }]);
        // Several rows: each row's own values, in the order inserted (where the database returns several rows).
        const many = insert(t).values([{ item: 'a', status: 'y' }, { item: 'b' }, { item: 'c', stars: 5 }]).returningDefaults();
        const rows = await engine().execute(many);
        expect(rows.rowsAffected).toBe(3);
        const sorted = [...rows].sort((x, y) => x.id - y.id);
        expect(sorted.map(({ id, status, stars }) => ({ id, status, stars }))).toEqual([
          { id: 3, status: 'y', stars: 3 },
          { id: 4, status: 'n', stars: 3 },
          { id: 5, status: 'n', stars: 5 },
        ]);
        // What was returned is what was stored.
        const stored = await engine().execute(select(t.c.id, t.c.status, t.c.placedAt, t.c.stars).from(t).orderBy(t.c.id));
        expect(stored.slice(0, 1)).toEqual([first]);
        // A key the application gives comes back with the defaults.
        expect(await engine().execute(insert(members).values({ userId: 1, groupId: 2 }).returningDefaults())).toEqual([{ userId: 1, groupId: 2, role: 'member' }]);
      } finally {
        await engine().execute(dropTable(t, { ifExists: true }));
        await engine().execute(dropTable(members, { ifExists: true }));
      }
    });
  });
}
