/**
 * Tables: `table(name, columns, options)`, with columns reached as `t.c.key`.
 */
import { SchemaError } from '../errors';
import { Expression } from '../expr/expression';
import { checkIdentifier } from '../expr/sql-template';
import { Column, ColumnBuilder, ColumnSource, ReferentialAction } from './column';
import { FromItem } from './from';
import { setOwnProperty } from './own-property';

/** Any column definition. */
export type AnyColumnBuilder = ColumnBuilder<unknown, boolean, boolean, boolean>;
/** Any column. */
export type AnyColumn = Column<unknown, string, string, boolean>;
/** The columns of a table, by key. */
export type ColumnMap = { readonly [key: string]: AnyColumn };

type Brand<B> = B extends { readonly __brand: infer X } ? X : never;
type Value<B> = Brand<B> extends { value: infer T; notNull: infer N } ? (N extends true ? T : T | null) : never;
type Optional<B> = Brand<B> extends { notNull: infer N; hasDefault: infer D } ? (N extends true ? D : true) : never;
type ServerValueOf<B> = Brand<B> extends { primaryKey: true } ? 'key' : Brand<B> extends { hasDefault: true } ? 'default' : 'none';

/** The column a definition becomes in table `TName` under key `K`. */
export type ColumnFor<B, TName extends string, K extends string> = Column<Value<B>, TName, K, Optional<B> extends true ? true : false, ServerValueOf<B>>;

/** The columns `table()` makes from definitions. */
export type ColumnsFrom<Defs, TName extends string> = { readonly [K in keyof Defs & string]: ColumnFor<Defs[K], TName, K> };

/** The same columns, re-bound to another name (an alias). */
export type Rebound<C, A extends string> = {
  readonly [K in keyof C]: C[K] extends Column<infer T, string, infer Key, infer O, infer G> ? Column<T, A, Key, O, G> : never;
};

/** A named constraint over several columns. */
export interface ColumnsConstraint<K extends string> {
  readonly name?: string;
  readonly columns: readonly K[];
}

/** An index over columns of a table. */
export interface IndexDefinition<K extends string = string> {
  readonly name: string;
  readonly columns: readonly K[];
  readonly unique?: boolean;
}

/** A (possibly composite) foreign key declared on the table. */
export interface ForeignKeyDefinition<K extends string = string> {
  readonly name?: string;
  readonly columns: readonly K[];
  /** The referenced columns, given lazily so that tables may be declared in any order. */
  readonly references: () => readonly AnyColumn[];
  readonly onDelete?: ReferentialAction;
  readonly onUpdate?: ReferentialAction;
}

/** A CHECK constraint declared on the table. */
export interface CheckDefinition {
  readonly name?: string;
  readonly condition: Expression<boolean>;
}

/** Options of `table()`: schema, and constraints that span columns. */
export interface TableOptions<C extends ColumnMap> {
  /** The schema (PostgreSQL schema, MySQL database, Oracle user) the table lives in. */
  readonly schema?: string;
  /** A composite primary key, by column keys. */
  readonly primaryKey?: readonly (keyof C & string)[] | ColumnsConstraint<keyof C & string>;
  /** UNIQUE constraints over several columns. */
  readonly unique?: readonly (readonly (keyof C & string)[] | ColumnsConstraint<keyof C & string>)[];
  /** Indexes, created with the table by `createAll`. */
  readonly indexes?: readonly IndexDefinition<keyof C & string>[];
  /** Foreign keys over several columns. */
  readonly foreignKeys?: readonly ForeignKeyDefinition<keyof C & string>[];
  /** CHECK constraints, built from the table's columns. */
  readonly checks?: (c: C) => readonly (CheckDefinition | Expression<boolean>)[];
}

/** The run-time description shared by a table and its aliases. */
export interface TableDefinition {
  readonly name: string;
  readonly schema: string | undefined;
  readonly columns: readonly AnyColumn[];
  readonly primaryKey: ColumnsConstraint<string> | undefined;
  readonly unique: readonly ColumnsConstraint<string>[];
  readonly indexes: readonly IndexDefinition[];
  readonly foreignKeys: readonly ForeignKeyDefinition[];
  readonly checks: readonly CheckDefinition[];
}

/**
 * A table (or an alias of one). Columns are in `.c`, so that a column called
 * `name` or `as` never collides with the table's own members.
 *
 * @example
 * ```ts
 * const users = table('users', { id: integer().primaryKey(), name: text().notNull() });
 * const u = users.as('u');
 * select(u.c.name).from(u).where(u.c.id.eq(1));
 * ```
 */
export class Table<TName extends string = string, C extends ColumnMap = ColumnMap> extends FromItem<TName> implements ColumnSource {
  readonly kind = 'table';
  /** The columns, by key. */
  readonly c: C;
  /** The columns in declaration order. */
  readonly columns: readonly AnyColumn[];

  constructor(
    readonly definition: TableDefinition,
    /** The alias, when this is `table.as(alias)`. */
    readonly alias: string | undefined,
  ) {
    super();
    const c: Record<string, AnyColumn> = {};
    const columns = definition.columns.map((col) => new Column(this, col.key, col.name, col.spec) as AnyColumn);
    for (const col of columns) setOwnProperty(c, col.key, col);
    this.c = Object.freeze(c) as unknown as C;
    this.columns = columns;
  }

  /** The table's name in SQL. */
  get name(): string {
    return this.definition.name;
  }
  /** Its schema, if any. */
  get schema(): string | undefined {
    return this.definition.schema;
  }
  /** The name columns are qualified with: the alias, else the table name. */
  get referenceName(): string {
    return this.alias ?? this.definition.name;
  }

  /** The same table under an alias: `FROM users AS u`. */
  as<A extends string>(alias: A): Table<A, Rebound<C, A>> {
    return new Table<A, Rebound<C, A>>(this.definition, checkIdentifier(alias, 'table alias'));
  }
}

function constraintOf<K extends string>(value: readonly K[] | ColumnsConstraint<K>): ColumnsConstraint<K> {
  return Array.isArray(value) ? { columns: value as readonly K[] } : (value as ColumnsConstraint<K>);
}

/**
 * Declares a table.
 *
 * @param name The table's SQL name.
 * @param columns Column definitions by key; a key is also the SQL name unless the definition gives one.
 * @param options Schema and multi-column constraints.
 *
 * @example
 * ```ts
 * const memberships = table('memberships', {
 *   userId: integer('user_id').notNull().references(() => users.c.id, { onDelete: 'cascade' }),
 *   groupId: integer('group_id').notNull(),
 * }, { primaryKey: ['userId', 'groupId'], indexes: [{ name: 'ix_memberships_group', columns: ['groupId'] }] });
 * ```
 */
export function table<N extends string, Defs extends Record<string, AnyColumnBuilder>>(
  name: N,
  columns: Defs,
  options: TableOptions<ColumnsFrom<Defs, N>> = {},
): Table<N, ColumnsFrom<Defs, N>> {
  checkIdentifier(name, 'table name');
  if (options.schema !== undefined) checkIdentifier(options.schema, 'schema name');
  const keys = Object.keys(columns);
  if (keys.length === 0) throw new SchemaError(`table ${name} needs at least one column`);
  const placeholder = { kind: 'table', referenceName: name };
  const seen = new Set<string>();
  const cols = keys.map((key) => {
    const builder = columns[key];
    if (!(builder instanceof ColumnBuilder)) throw new SchemaError(`table ${name}: column ${key} is not a column definition`);
    const sqlName = builder.spec.sqlName ?? checkIdentifier(key, 'column name');
    if (seen.has(sqlName)) throw new SchemaError(`table ${name}: two columns are named ${sqlName}`);
    seen.add(sqlName);
    return new Column(placeholder, key, sqlName, builder.spec) as AnyColumn;
  });
  const keySet = new Set(keys);
  const checkKeys = (what: string, list: readonly string[]): void => {
    if (list.length === 0) throw new SchemaError(`table ${name}: ${what} needs at least one column`);
    for (const k of list) if (!keySet.has(k)) throw new SchemaError(`table ${name}: ${what} names unknown column ${k}`);
  };
  const primaryKey = options.primaryKey === undefined ? undefined : constraintOf(options.primaryKey);
  if (primaryKey) {
    checkKeys('primary key', primaryKey.columns);
    if (cols.some((c) => c.spec.primaryKey)) throw new SchemaError(`table ${name}: declare the primary key on a column or in options, not both`);
  } else if (cols.filter((c) => c.spec.primaryKey).length > 1) {
    throw new SchemaError(`table ${name}: several columns say primaryKey(); declare a composite key with the primaryKey option`);
  }
  const unique = (options.unique ?? []).map((u) => constraintOf(u));
  unique.forEach((u) => checkKeys('unique constraint', u.columns));
  const indexes = options.indexes ?? [];
  for (const index of indexes) {
    checkIdentifier(index.name, 'index name');
    checkKeys(`index ${index.name}`, index.columns);
  }
  const foreignKeys = options.foreignKeys ?? [];
  foreignKeys.forEach((fk) => checkKeys('foreign key', fk.columns));

  const definition: TableDefinition = {
    name,
    schema: options.schema,
    // Primary-key columns of a composite key are NOT NULL, as SQL makes them.
    columns: primaryKey
      ? cols.map((c) => (primaryKey.columns.includes(c.key) ? (new Column(placeholder, c.key, c.name, { ...c.spec, notNull: true }) as AnyColumn) : c))
      : cols,
    primaryKey,
    unique,
    indexes,
    foreignKeys,
    checks: [],
  };
  const result = new Table<N, ColumnsFrom<Defs, N>>(definition, undefined);
  if (options.checks) {
    const checks = options.checks(result.c).map((ch) => (ch instanceof Expression ? { condition: ch } : ch));
    (definition as { checks: readonly CheckDefinition[] }).checks = checks;
  }
  return result;
}
