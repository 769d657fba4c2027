/**
 * Which column changes can lose values (a migration with one is destructive and
 * needs confirming), and the operation that undoes each kind of change (`down`).
 */
import { SqlType, TypeKind, TypeOptions } from '@alkahest/core';
import { inverse, isNarrowing, SchemaOperation } from '@alkahest/migrate';

const column = (kind: TypeKind, options: TypeOptions = {}, name = 'c') => ({ name, type: new SqlType(kind, options), nativeType: kind, nullable: true, autoIncrement: false });
const narrows = (from: ReturnType<typeof column>, to: ReturnType<typeof column>) => isNarrowing(from, to);

describe('isNarrowing', () => {
  test('strings: a shorter length narrows; a longer one, text, or no length does not', () => {
    expect(narrows(column('varchar', { length: 40 }), column('varchar', { length: 20 }))).toBe(true);
    expect(narrows(column('varchar', { length: 20 }), column('varchar', { length: 40 }))).toBe(false);
    expect(narrows(column('varchar'), column('varchar', { length: 255 }))).toBe(true);
    expect(narrows(column('varchar', { length: 255 }), column('varchar'))).toBe(false);
    expect(narrows(column('char', { length: 2 }), column('char', { length: 1 }))).toBe(true);
    expect(narrows(column('char', { length: 2 }), column('varchar', { length: 1 }))).toBe(false);
    expect(narrows(column('varchar', { length: 40 }), column('text'))).toBe(false);
    expect(narrows(column('text'), column('varchar', { length: 4000 }))).toBe(true);
  });

  test('decimals: fewer digits before the point, or fewer after it, narrow', () => {
    expect(narrows(column('numeric', { precision: 10, scale: 2 }), column('numeric', { precision: 12, scale: 2 }))).toBe(false);
    expect(narrows(column('numeric', { precision: 10, scale: 2 }), column('numeric', { precision: 9, scale: 2 }))).toBe(true);
    // Same precision, more scale: one digit fewer before the point.
    expect(narrows(column('numeric', { precision: 10, scale: 2 }), column('numeric', { precision: 10, scale: 3 }))).toBe(true);
    expect(narrows(column('numeric', { precision: 10, scale: 2 }), column('numeric', { precision: 11, scale: 1 }))).toBe(true);
    expect(narrows(column('numeric'), column('numeric', { precision: 38, scale: 0 }))).toBe(true);
    expect(narrows(column('numeric', { precision: 38, scale: 4 }), column('numeric'))).toBe(true);
    expect(narrows(column('numeric', { precision: 38 }), column('numeric'))).toBe(false);
  });

  test('enums: dropping a value narrows, adding one does not', () => {
    expect(narrows(column('enum', { values: ['a', 'b'] }), column('enum', { values: ['a', 'b', 'c'] }))).toBe(false);
    expect(narrows(column('enum', { values: ['a', 'b'] }), column('enum', { values: ['a'] }))).toBe(true);
    expect(narrows(column('enum', { values: ['a'] }), column('varchar', { length: 10 }))).toBe(false);
  });

  test('numbers and other kinds: only a change to a wider kind keeps every value', () => {
    expect(narrows(column('smallint'), column('integer'))).toBe(false);
    expect(narrows(column('integer'), column('bigint'))).toBe(false);
    expect(narrows(column('integer'), column('double'))).toBe(false);
    expect(narrows(column('bigint'), column('numeric'))).toBe(false);
    expect(narrows(column('bigint'), column('double'))).toBe(true);
    expect(narrows(column('bigint'), column('integer'))).toBe(true);
    expect(narrows(column('real'), column('double'))).toBe(false);
    expect(narrows(column('double'), column('real'))).toBe(true);
    expect(narrows(column('date'), column('timestamp'))).toBe(false);
    expect(narrows(column('timestamp'), column('date'))).toBe(true);
    expect(narrows(column('json'), column('text'))).toBe(true);
    expect(narrows(column('boolean'), column('boolean'))).toBe(false);
  });
});

describe('inverse', () => {
  const table = { name: 'users' };
  const full = { name: 'users', columns: [column('integer', {}, 'id')], primaryKey: { columns: ['id'] }, uniques: [], foreignKeys: [], checks: [], indexes: [] };
  const ops: SchemaOperation[] = [
    { kind: 'create-table', table: full as never },
    { kind: 'drop-table', table: full as never },
    { kind: 'rename-table', table: { name: 'people', schema: 'app' }, to: 'users' },
    { kind: 'add-column', table, column: column('text', {}, 'bio') },
    { kind: 'drop-column', table, column: column('text', {}, 'bio') },
    { kind: 'rename-column', table, from: 'bio', to: 'about' },
    { kind: 'add-primary-key', table, key: { columns: ['id'] } },
    { kind: 'drop-primary-key', table, key: { columns: ['id'] } },
    { kind: 'add-unique', table, key: { name: 'uq_users_email', columns: ['email'] } },
    { kind: 'drop-unique', table, key: { name: 'uq_users_email', columns: ['email'] } },
    { kind: 'add-foreign-key', table, foreignKey: { name: 'fk_users_team', columns: ['team_id'], references: { table: 'teams', columns: ['id'] } } as never },
    { kind: 'drop-foreign-key', table, foreignKey: { name: 'fk_users_team', columns: ['team_id'], references: { table: 'teams', columns: ['id'] } } as never },
    { kind: 'add-check', table, check: { name: 'ck_users_age', sql: 'age >= 0' } as never },
    { kind: 'drop-check', table, check: { name: 'ck_users_age', sql: 'age >= 0' } as never },
    { kind: 'add-index', table, index: { name: 'ix_users_name', columns: ['name'], unique: false } as never },
    { kind: 'drop-index', table, index: { name: 'ix_users_name', columns: ['name'], unique: false } as never },
  ];

  test.each(ops.map((op) => [op.kind, op] as const))('%s: undoing the undo gives it back', (_, op) => {
    expect(inverse(inverse(op))).toEqual(op);
  });

  test('the opposites, by kind', () => {
    expect(ops.map((op) => inverse(op).kind)).toEqual([
      'drop-table', 'create-table', 'rename-table', 'drop-column', 'add-column', 'rename-column',
      'drop-primary-key', 'add-primary-key', 'drop-unique', 'add-unique', 'drop-foreign-key', 'add-foreign-key',
      'drop-check', 'add-check', 'drop-index', 'add-index',
    ]);
    expect(inverse(ops[2]!)).toEqual({ kind: 'rename-table', table: { name: 'users', schema: 'app' }, to: 'people' });
    expect(inverse(ops[5]!)).toEqual({ kind: 'rename-column', table, from: 'about', to: 'bio' });
  });

  test('undoing a widening narrows, and is marked so', () => {
    const from = column('varchar', { length: 20 }, 'name');
    const to = column('varchar', { length: 40 }, 'name');
    const widen: SchemaOperation = { kind: 'alter-column', table, from, to, narrowing: false };
    expect(inverse(widen)).toEqual({ kind: 'alter-column', table, from: to, to: from, narrowing: true });
    expect(inverse(inverse(widen))).toEqual(widen);
  });
});
