/**
 * Where a catalog loses information, the rule each dialect applies, and
 * Oracle's catalog (no server here): golden SQL, and rows shaped as oracledb
 * gives them decoded into a table that diffs empty against its definition.
 */
import { boolean, integer, literalDefault, SqlType, table, text, timestamp, varchar } from '@alkahest/core';
import { SqliteTypeCompiler } from '@alkahest/sqlite';
import { MysqlCompiler } from '@alkahest/mysql';
import { postgresDialect, PostgresTypeCompiler, stripPostgresCast } from '@alkahest/postgres';
import { alkahestDialect as oracle, decodeOracleTable, OracleCompiler, reflectedName } from '@alkahest/oracle';
import { describeTable, diffTables, pullSource } from '@alkahest/migrate';

const d = (t: SqlType) => t.describe();
// Each dialect's reverse mapping is its type compiler's reflect().
const sqliteTypes = new SqliteTypeCompiler();
const sqliteTypeOf = (native: string) => sqliteTypes.reflect(native);
const mysqlTypes = new MysqlCompiler().types;
const mysqlTypeOf = (native: string) => mysqlTypes.reflect(native);
const postgresTypes = new PostgresTypeCompiler();
const postgresTypeOf = (native: string) => postgresTypes.reflect(native);
const oracleTypes = new OracleCompiler().types;
const oracleTypeOf = (native: Parameters<typeof oracleTypes.reflect>[0]) => oracleTypes.reflect(native);

test('SQLite: declared types as written, else the affinity rules', () => {
  expect(d(sqliteTypeOf('VARCHAR(40)'))).toBe('varchar(40)');
  expect(d(sqliteTypeOf('numeric(10, 2)'))).toBe('numeric(10, 2)');
  expect(d(sqliteTypeOf('TIMESTAMP WITH TIME ZONE'))).toBe('timestamp with time zone');
  expect(d(sqliteTypeOf('MEDIUMINT'))).toBe('integer');
  expect(d(sqliteTypeOf('NATIVE CHARACTER(70)'))).toBe('text');
  expect(d(sqliteTypeOf(''))).toBe('blob');
  // SQLite's own example: "FLOATING POINT" holds INT, so it has integer affinity.
  expect(d(sqliteTypeOf('FLOATING POINT'))).toBe('integer');
  expect(d(sqliteTypeOf('FLOAT8'))).toBe('double');
  expect(d(sqliteTypeOf('MONEY'))).toBe('numeric');
});

test('MySQL / MariaDB: TINYINT(1) is a boolean, DECIMAL(65, 30) an unbounded numeric', () => {
  expect(d(mysqlTypeOf('tinyint(1)'))).toBe('boolean');
  expect(d(mysqlTypeOf('tinyint(4)'))).toBe('smallint');
  expect(d(mysqlTypeOf('decimal(65,30)'))).toBe('numeric');
  expect(d(mysqlTypeOf('decimal(10,2)'))).toBe('numeric(10, 2)');
  expect(d(mysqlTypeOf("enum('draft','it''s')"))).toBe("enum(draft, it's)");
  expect(d(mysqlTypeOf('int(10) unsigned'))).toBe('integer');
  expect(d(mysqlTypeOf('datetime(3)'))).toBe('timestamp');
  expect(d(mysqlTypeOf('char(36)'))).toBe('char(36)');
});

test('PostgreSQL: format_type names; unknown types read as text', () => {
  expect(d(postgresTypeOf('character varying(40)'))).toBe('varchar(40)');
  expect(d(postgresTypeOf('numeric(10,2)'))).toBe('numeric(10, 2)');
  // The precision is kept (a timestamp({ precision: 3 }) column); 6 is the default and reflects as none.
  expect(d(postgresTypeOf('timestamp(3) with time zone'))).toBe('timestamp(3) with time zone');
  expect(d(postgresTypeOf('timestamp(6) with time zone'))).toBe('timestamp with time zone');
  expect(d(postgresTypeOf('jsonb'))).toBe('json');
  expect(d(postgresTypeOf('money'))).toBe('text');
  expect(stripPostgresCast("'draft'::character varying")).toBe("'draft'");
  expect(stripPostgresCast("'{}'::jsonb")).toBe("'{}'");
  expect(stripPostgresCast('(-1)')).toBe('-1');
});

test('Oracle: NUMBER(1) is a boolean, NUMBER(10) an integer; upper-case names come back lower-case', () => {
  expect(d(oracleTypeOf({ dataType: 'NUMBER', precision: 1, scale: 0 }))).toBe('boolean');
  expect(d(oracleTypeOf({ dataType: 'NUMBER', precision: 10, scale: 0 }))).toBe('integer');
  expect(d(oracleTypeOf({ dataType: 'NUMBER', precision: 12, scale: 2 }))).toBe('numeric(12, 2)');
  expect(d(oracleTypeOf({ dataType: 'VARCHAR2', charLength: 36 }))).toBe('varchar(36)');
  expect(d(oracleTypeOf({ dataType: 'TIMESTAMP(6) WITH TIME ZONE' }))).toBe('timestamp with time zone');
  expect(reflectedName('USERS')).toBe('users');
  expect(reflectedName('userId')).toBe('userId');
});

test('literal defaults become values of the column type; anything else stays an expression', () => {
  expect(literalDefault("'it''s'", new SqlType('varchar', { length: 9 }))).toEqual({ value: "it's" });
  expect(literalDefault("'9'", new SqlType('bigint'))).toEqual({ value: 9n });
  expect(literalDefault('1', new SqlType('boolean'))).toEqual({ value: true });
  expect(literalDefault('1.50', new SqlType('numeric'))).toEqual({ value: '1.50' });
  expect('expr' in literalDefault('CURRENT_TIMESTAMP', new SqlType('timestamp'))).toBe(true);
});

describe('Oracle catalog', () => {
  const dialect = oracle.createDialect();
  const catalog = dialect.catalog!;
  const teams = table('teams', { id: integer().primaryKey() });
  const users = table('users', {
    id: integer().primaryKey(),
    name: varchar({ length: 40 }).notNull().unique(),
    active: boolean().notNull().default(true),
    teamId: integer('team_id').references(() => teams.c.id, { onDelete: 'cascade', name: 'fk_users_team' }),
    bio: text(),
    createdAt: timestamp('created_at', { withTimeZone: true }),
  }, { indexes: [{ name: 'ix_users_name', columns: ['name', 'active'] }] });

  test('golden SQL: ALL_* views, names bound in their stored form', () => {
    const [columns, constraints, indexes, comment] = catalog.table('users').statements.map((s) => dialect.compile(s));
    expect(columns!.sql).toBe(
      'SELECT c.COLUMN_NAME AS "name", c.DATA_TYPE AS "data_type", c.CHAR_LENGTH AS "char_length", c.DATA_PRECISION AS "data_precision", c.DATA_SCALE AS "data_scale", c.NULLABLE AS "nullable", c.DATA_DEFAULT AS "data_default", c.IDENTITY_COLUMN AS "identity", m.COMMENTS AS "comment" FROM ALL_TAB_COLUMNS c LEFT JOIN ALL_COL_COMMENTS m ON m.OWNER = c.OWNER AND m.TABLE_NAME = c.TABLE_NAME AND m.COLUMN_NAME = c.COLUMN_NAME WHERE c.OWNER = COALESCE(:1, SYS_CONTEXT(\'USERENV\', \'CURRENT_SCHEMA\')) AND c.TABLE_NAME = :2 ORDER BY c.COLUMN_ID',
    );
    expect(columns!.params).toEqual([null, 'USERS']);
    expect(constraints!.sql).toContain("FROM ALL_CONSTRAINTS c LEFT JOIN ALL_CONS_COLUMNS cc ON cc.OWNER = c.OWNER AND cc.CONSTRAINT_NAME = c.CONSTRAINT_NAME");
    expect(indexes!.sql).toContain("AND NOT EXISTS (SELECT 1 FROM ALL_CONSTRAINTS k WHERE k.OWNER = i.TABLE_OWNER AND k.INDEX_NAME = i.INDEX_NAME AND k.CONSTRAINT_TYPE IN ('P', 'U'))");
    expect(comment!.sql).toBe('SELECT COMMENTS AS "comment" FROM ALL_TAB_COMMENTS WHERE OWNER = COALESCE(:1, SYS_CONTEXT(\'USERENV\', \'CURRENT_SCHEMA\')) AND TABLE_NAME = :2');
    expect(dialect.compile(catalog.tableNames('app').statements[0]!).params).toEqual(['APP', 'APP']);
  });

  test('rows as oracledb gives them decode into the table alkahest created: the diff is empty', () => {
    const col = (name: string, dataType: string, extra: Record<string, unknown> = {}) => ({ name, data_type: dataType, char_length: 0, data_precision: null, data_scale: null, nullable: 'Y', data_default: null, identity: 'NO', comment: null, ...extra });
    const reflected = decodeOracleTable('users', undefined, false, [
      [
        col('ID', 'NUMBER', { data_precision: 10, data_scale: 0, nullable: 'N', identity: 'YES', data_default: '"ALKAHEST"."ISEQ$$_1".nextval' }),
        col('NAME', 'VARCHAR2', { char_length: 40, nullable: 'N' }),
        col('ACTIVE', 'NUMBER', { data_precision: 1, data_scale: 0, nullable: 'N', data_default: '1 ' }),
        col('TEAM_ID', 'NUMBER', { data_precision: 10, data_scale: 0 }),
        col('BIO', 'CLOB'),
        col('CREATED_AT', 'TIMESTAMP(6) WITH TIME ZONE'),
      ],
      [
        { name: 'FK_USERS_TEAM', type: 'R', generated: 'USER NAME', delete_rule: 'CASCADE', condition: null, column_name: 'TEAM_ID', ref_owner: 'ALKAHEST', ref_table: 'TEAMS', ref_column: 'ID' },
        { name: 'SYS_C008001', type: 'P', generated: 'GENERATED NAME', delete_rule: null, condition: null, column_name: 'ID', ref_owner: null, ref_table: null, ref_column: null },
        { name: 'SYS_C008002', type: 'U', generated: 'GENERATED NAME', delete_rule: null, condition: null, column_name: 'NAME', ref_owner: null, ref_table: null, ref_column: null },
        { name: 'SYS_C008003', type: 'C', generated: 'GENERATED NAME', delete_rule: null, condition: '"NAME" IS NOT NULL', column_name: 'NAME', ref_owner: null, ref_table: null, ref_column: null },
        { name: 'SYS_C008004', type: 'C', generated: 'GENERATED NAME', delete_rule: null, condition: 'ACTIVE IN (0, 1)', column_name: 'ACTIVE', ref_owner: null, ref_table: null, ref_column: null },
      ],
      [
        { name: 'IX_USERS_NAME', uniqueness: 'NONUNIQUE', column_name: 'NAME', expression: null },
        { name: 'IX_USERS_NAME', uniqueness: 'NONUNIQUE', column_name: 'ACTIVE', expression: null },
      ],
      [{ comment: null }],
    ], oracleTypes);
    expect(reflected.columns.map((c) => `${c.name} ${c.type.describe()}${c.nullable ? '' : ' not null'}${c.autoIncrement ? ' generated' : ''}`)).toEqual([
      'id integer not null generated',
      'name varchar(40) not null',
      'active boolean not null',
      'team_id integer',
      'bio text',
      'created_at timestamp with time zone',
    ]);
    expect(reflected.checks).toEqual([]);
    const result = diffTables([describeTable(users as never, catalog)], [reflected], catalog, 'oracle');
    expect(result.operations).toEqual([]);
  });

  test('rows of a table in a schema: a foreign key into another owner with SET NULL, NO ACTION, a check of its own, comments, a function-based index', () => {
    const col = (name: string, dataType: string, extra: Record<string, unknown> = {}) => ({ name, data_type: dataType, char_length: 0, data_precision: 10, data_scale: 0, nullable: 'Y', data_default: null, identity: 'NO', comment: null, ...extra });
    const constraint = (name: string, type: string, extra: Record<string, unknown>) => ({ name, type, generated: 'USER NAME', delete_rule: null, condition: null, column_name: null, ref_owner: null, ref_table: null, ref_column: null, ...extra });
    const reflected = decodeOracleTable('orders', 'shop', false, [
      [col('ID', 'NUMBER', { nullable: 'N' }), col('OWNER_ID', 'NUMBER', { comment: 'who placed it' }), col('TEAM_ID', 'NUMBER', { comment: '' }), col('Note', 'VARCHAR2', { char_length: 20, data_precision: null, data_scale: null })],
      [
        constraint('FK_ORDERS_OWNER', 'R', { delete_rule: 'SET NULL', column_name: 'OWNER_ID', ref_owner: 'AUTH', ref_table: 'USERS', ref_column: 'ID' }),
        constraint('FK_ORDERS_TEAM', 'R', { delete_rule: 'NO ACTION', column_name: 'TEAM_ID', ref_owner: 'SHOP', ref_table: 'TEAMS', ref_column: 'ID' }),
        constraint('CK_ORDERS_ID', 'C', { condition: 'ID > 0', column_name: 'ID' }),
      ],
      [
        // A function-based index: Oracle names the hidden column it indexes, and gives the expression.
        { name: 'IX_ORDERS_NOTE', uniqueness: 'UNIQUE', column_name: 'SYS_NC00005$', expression: 'LOWER("Note")' },
        { name: 'IX_ORDERS_NOTE', uniqueness: 'UNIQUE', column_name: 'ID', expression: null },
      ],
      [{ comment: 'orders placed' }],
    ], oracleTypes);
    expect(reflected.schema).toBe('shop');
    expect(reflected.comment).toBe('orders placed');
    expect(reflected.columns.map((c) => [c.name, c.comment])).toEqual([['id', undefined], ['owner_id', 'who placed it'], ['team_id', undefined], ['Note', undefined]]);
    expect(reflected.foreignKeys).toEqual([
      { name: 'fk_orders_owner', columns: ['owner_id'], references: { table: 'users', schema: 'auth', columns: ['id'] }, onDelete: 'set null' },
      // The same owner as the table: no schema; NO ACTION is the default, so no action is named.
      { name: 'fk_orders_team', columns: ['team_id'], references: { table: 'teams', columns: ['id'] } },
    ]);
    expect(reflected.checks).toEqual([{ name: 'ck_orders_id', sql: 'ID > 0' }]);
    expect(reflected.indexes).toEqual([{ name: 'ix_orders_note', columns: ['sys_nc00005$', 'id'], unique: true, expressions: ['LOWER("Note")', undefined] }]);
  });

  test('table names decode with views marked; a check is written as the condition alone', () => {
    expect(catalog.tableNames().decode([[{ name: 'USERS', kind: 'TABLE' }, { name: 'Active Users', kind: 'VIEW' }]])).toEqual([
      { name: 'users', view: false },
      { name: 'Active Users', view: true },
    ]);
    expect(catalog.table('users').decode([[], [], [], []]).columns).toEqual([]);
    expect(catalog.checkSql(teams.c.id.gt(0), teams)).toBe('ID > 0');
  });
});

test('pull writes a timestamp precision the catalog holds, with its time zone', () => {
  const catalog = postgresDialect().catalog!;
  const column = (name: string, nativeType: string) => ({ name, type: postgresTypeOf(nativeType), nativeType, nullable: true, autoIncrement: false });
  const source = pullSource(
    [{ name: 'events', view: false, columns: [column('at', 'timestamp(3) without time zone'), column('seen', 'timestamp(0) with time zone'), column('plain', 'timestamp without time zone')], uniques: [], foreignKeys: [], indexes: [], checks: [] }],
    catalog,
    'postgres',
    new Date(0),
  );
  expect(source).toContain("at: timestamp({ precision: 3 })");
  expect(source).toContain("seen: timestamp({ withTimeZone: true, precision: 0 })");
  expect(source).toContain('plain: timestamp()');
});
