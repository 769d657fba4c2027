/**
 * The application's tables in the shape reflection gives the database's
 * (`ReflectedTable`), so that one comparison serves both sides.
 */
import { Column, Table } from '@alkahest/core';
import { columnSpec } from '@alkahest/core/dialect';
import type { AnyColumn, CatalogReader, ReflectedCheck, ReflectedColumn, ReflectedForeignKey, ReflectedKey, ReflectedTable } from '@alkahest/core';

/** A check the application declares, with its condition written by the dialect. */
export interface ModelCheck extends ReflectedCheck {
  readonly name?: string;
}

function targetOf(column: AnyColumn): ReflectedForeignKey['references'] {
  const source = column.source;
  if (!(source instanceof Table)) throw new Error(`a foreign key must reference a table's column, not ${column.describe()}`);
  return { table: source.name, ...(source.schema === undefined ? {} : { schema: source.schema }), columns: [column.name] };
}

/**
 * An application table as the catalog would describe it.
 *
 * @example
 * ```ts
 * describeTable(users, engine.dialect.catalog!).columns.map((c) => c.name);
 * ```
 */
export function describeTable(table: Table, catalog: CatalogReader): ReflectedTable {
  const nameOf = (key: string): string => table.c[key]!.name;
  const columns: ReflectedColumn[] = table.columns.map((c) => ({
    name: c.name,
    type: c.type,
    nativeType: catalog.columnTypeSql(c),
    nullable: !c.spec.notNull,
    ...(c.spec.default === undefined ? {} : { default: c.spec.default }),
    autoIncrement: c.spec.autoIncrement,
  }));
  const def = table.definition;
  const single = table.columns.find((c) => c.spec.primaryKey);
  const primaryKey: ReflectedKey | undefined = single
    ? { columns: [single.name] }
    : def.primaryKey && { ...(def.primaryKey.name === undefined ? {} : { name: def.primaryKey.name }), columns: def.primaryKey.columns.map(nameOf) };
  const uniques: ReflectedKey[] = [
    ...table.columns.filter((c) => c.spec.unique !== false).map((c) => ({ ...((c.spec.unique as { name?: string }).name === undefined ? {} : { name: (c.spec.unique as { name: string }).name }), columns: [c.name] })),
    ...def.unique.map((u) => ({ ...(u.name === undefined ? {} : { name: u.name }), columns: u.columns.map(nameOf) })),
  ];
  const foreignKeys: ReflectedForeignKey[] = [];
  for (const c of table.columns) {
    const ref = c.spec.references;
    if (ref === undefined) continue;
    foreignKeys.push({ ...(ref.name === undefined ? {} : { name: ref.name }), columns: [c.name], references: targetOf(ref.target() as AnyColumn), ...(ref.onDelete ? { onDelete: ref.onDelete } : {}), ...(ref.onUpdate ? { onUpdate: ref.onUpdate } : {}) });
  }
  for (const fk of def.foreignKeys) {
    const targets = fk.references();
    const first = targetOf(targets[0]!);
    foreignKeys.push({
      ...(fk.name === undefined ? {} : { name: fk.name }),
      columns: fk.columns.map(nameOf),
      references: { ...first, columns: targets.map((t) => t.name) },
      ...(fk.onDelete ? { onDelete: fk.onDelete } : {}),
      ...(fk.onUpdate ? { onUpdate: fk.onUpdate } : {}),
    });
  }
  const checks: ModelCheck[] = [];
  for (const c of table.columns) for (const ch of c.spec.checks) if (ch.name !== undefined) checks.push({ name: ch.name, sql: catalog.checkSql(ch.build(c), table) });
  for (const ch of def.checks) if (ch.name !== undefined) checks.push({ name: ch.name, sql: catalog.checkSql(ch.condition, table) });
  return {
    name: table.name,
    ...(table.schema === undefined ? {} : { schema: table.schema }),
    view: false,
    columns,
    ...(primaryKey ? { primaryKey } : {}),
    uniques,
    foreignKeys,
    indexes: def.indexes.map((i) => ({ name: i.name, columns: i.columns.map(nameOf), unique: i.unique === true })),
    checks,
  };
}

/** A reflected column as a column object, for the dialect's DDL hooks. @internal */
export function columnFrom(tableName: string, c: ReflectedColumn): Column {
  const spec = { ...columnSpec(c.type, c.name), notNull: !c.nullable, ...(c.default === undefined ? {} : { default: c.default }) };
  return new Column({ kind: 'table', referenceName: tableName }, c.name, c.name, spec);
}
