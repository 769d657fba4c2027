/**
 * The migration generator: a diff's operations written as a TypeScript
 * migration file, `up` and `down` made of builder calls (no SQL strings but
 * the conditions and default expressions the catalog holds), typed and
 * reviewable. Destructive migrations say so, and the runner asks for a flag.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CatalogReader, ReflectedTable } from '@alkahest/core';
import type { Engine } from '@alkahest/pool';
import { columnCode, tsString as str, tableRefCode } from './code';
import { diff, DiffOptions, inverse, isNarrowing, SchemaDiff, SchemaOperation } from './diff';
import { catalogOf } from './reflect';

const ALTER = 'alterTable';

class Imports {
  readonly core = new Set<string>();
  add(...names: string[]): void {
    for (const n of names) this.core.add(n);
  }
}

function createTableCode(t: ReflectedTable, catalog: CatalogReader, imports: Imports): string[] {
  imports.add('createTable', 'table');
  const pk = t.primaryKey;
  const singlePk = pk !== undefined && pk.columns.length === 1 && pk.name === undefined ? pk.columns[0] : undefined;
  const columns = t.columns.map((c) => {
    const code = columnCode(catalog, t.name, c, { primaryKey: c.name === singlePk });
    imports.add(...code.factories);
    return `    ${str(c.name)}: ${code.code},`;
  });
  const options: string[] = [];
  if (t.schema !== undefined) options.push(`schema: ${str(t.schema)}`);
  if (pk !== undefined && singlePk === undefined) options.push(`primaryKey: { ${pk.name === undefined ? '' : `name: ${str(pk.name)}, `}columns: [${pk.columns.map(str).join(', ')}] }`);
  if (t.uniques.length > 0) options.push(`unique: [${t.uniques.map((u) => `{ ${u.name === undefined ? '' : `name: ${str(u.name)}, `}columns: [${u.columns.map(str).join(', ')}] }`).join(', ')}]`);
  if (t.checks.length > 0) {
    imports.add('sql');
    options.push(`checks: () => [${t.checks.map((ch) => `{ ${ch.name === undefined ? '' : `name: ${str(ch.name)}, `}condition: sql<boolean>\`\${sql.unsafe(${str(ch.sql)})}\` }`).join(', ')}]`);
  }
  const lines = [`  await m.execute(createTable(table(${str(t.name)}, {`, ...columns, `  }${options.length === 0 ? '' : `, { ${options.join(', ')} }`})));`];
  for (const i of t.indexes) lines.push(...indexCode(t, i, imports));
  return lines;
}

function indexCode(t: { name: string; schema?: string }, i: ReflectedTable['indexes'][number], imports: Imports): string[] {
  if (i.expressions !== undefined) return [`  // Index ${i.name} is over expressions (${i.expressions.filter(Boolean).join(', ')}): write it by hand.`];
  imports.add(ALTER);
  return [`  await m.execute(alterTable(${tableRefCode(t)}).addIndex(${str(i.name)}, [${i.columns.map(str).join(', ')}]${i.unique ? ', { unique: true }' : ''}));`];
}

/** One operation as statements in a migration body. */
function operationCode(op: SchemaOperation, catalog: CatalogReader, imports: Imports): string[] {
  const alter = (call: string) => {
    imports.add(ALTER);
    return [`  await m.execute(alterTable(${tableRefCode(op.kind === 'create-table' || op.kind === 'drop-table' ? op.table : op.table)}).${call});`];
  };
  switch (op.kind) {
    case 'create-table':
      return createTableCode(op.table, catalog, imports);
    case 'drop-table':
      imports.add('dropTable');
      return [`  await m.execute(dropTable(tableNamed(${tableRefCode(op.table)})));`];
    case 'rename-table':
      return alter(`renameTo(${str(op.to)})`);
    case 'add-column': {
      const code = columnCode(catalog, op.table.name, op.column);
      imports.add(...code.factories);
      return alter(`addColumn(${str(op.column.name)}, ${code.code})`);
    }
    case 'drop-column':
      return alter(`dropColumn(${str(op.column.name)})`);
    case 'rename-column':
      return alter(`renameColumn(${str(op.from)}, ${str(op.to)})`);
    case 'alter-column': {
      const to = columnCode(catalog, op.table.name, op.to);
      const from = columnCode(catalog, op.table.name, op.from);
      imports.add(...to.factories, ...from.factories);
      const comment = op.narrowing ? [`  // DESTRUCTIVE: ${op.table.name}.${op.to.name} narrows from ${op.from.nativeType || op.from.type.describe()}: values that do not fit fail or are cut.`] : [];
      return [...comment, ...alter(`alterColumn(${str(op.to.name)}, ${to.code}, { from: ${from.code} })`)];
    }
    case 'add-primary-key':
      return alter(`addPrimaryKey([${op.key.columns.map(str).join(', ')}]${op.key.name === undefined ? '' : `, ${str(op.key.name)}`})`);
    case 'drop-primary-key':
      return alter(`dropPrimaryKey(${op.key.name === undefined ? '' : str(op.key.name)})`);
    case 'add-unique':
      return alter(`addUnique(${str(op.key.name)}, [${op.key.columns.map(str).join(', ')}])`);
    case 'drop-unique':
      return alter(`dropConstraint(${str(op.key.name)}, 'unique')`);
    case 'add-foreign-key': {
      const fk = op.foreignKey;
      const target = `{ table: ${str(fk.references.table)}${fk.references.schema === undefined ? '' : `, schema: ${str(fk.references.schema)}`}, columns: [${fk.references.columns.map(str).join(', ')}] }`;
      const actions = [fk.onDelete && `onDelete: ${str(fk.onDelete)}`, fk.onUpdate && `onUpdate: ${str(fk.onUpdate)}`].filter(Boolean);
      return alter(`addForeignKey(${str(fk.name)}, [${fk.columns.map(str).join(', ')}], ${target}${actions.length === 0 ? '' : `, { ${actions.join(', ')} }`})`);
    }
    case 'drop-foreign-key':
      return alter(`dropConstraint(${str(op.foreignKey.name)}, 'foreign-key')`);
    case 'add-check':
      imports.add('sql');
      return alter(`addCheck(${str(op.check.name)}, sql<boolean>\`\${sql.unsafe(${str(op.check.sql)})}\`)`);
    case 'drop-check':
      return alter(`dropConstraint(${str(op.check.name)}, 'check')`);
    case 'add-index':
      return indexCode(op.table, op.index, imports);
    case 'drop-index':
      return alter(`dropIndex(${str(op.index.name)})`);
  }
}

function isDestructive(ops: readonly SchemaOperation[]): boolean {
  return ops.some((o) => o.kind === 'drop-table' || o.kind === 'drop-column' || (o.kind === 'alter-column' && isNarrowing(o.from, o.to)));
}

/**
 * The text of a migration file for a diff.
 *
 * @example
 * ```ts
 * const text = migrationSource(await diff(metadata, engine), engine.dialect.catalog!);
 * ```
 */
export function migrationSource(result: SchemaDiff, catalog: CatalogReader, options: { readonly title?: string; readonly generatedAt?: Date } = {}): string {
  const imports = new Imports();
  const up = result.operations.flatMap((op) => operationCode(op, catalog, imports));
  const downOps = [...result.operations].reverse().map(inverse);
  const down = downOps.flatMap((op) => operationCode(op, catalog, imports));
  const destructiveUp = isDestructive(result.operations);
  const destructiveDown = isDestructive(downOps);
  const usesTableNamed = [...up, ...down].some((l) => l.includes('tableNamed('));
  const header = [
    `// ${options.title ?? 'Migration'}: generated by alkahest migrate generate${options.generatedAt ? ` on ${options.generatedAt.toISOString()}` : ''}.`,
    '// Review it before applying: it is yours to edit until it has run anywhere.',
    ...result.warnings.map((w) => `// WARNING: ${w}`),
  ];
  const core = [...imports.core].sort();
  return [
    ...header,
    core.length === 0 ? '' : `import { ${core.join(', ')} } from '@alkahest/core';`,
    `import ${usesTableNamed ? '{ tableNamed, type MigrationContext }' : 'type { MigrationContext }'} from '@alkahest/migrate';`,
    '',
    ...(destructiveUp ? ['/** DESTRUCTIVE: up drops data (a table, a column or a narrowed type); the runner asks for allowDestructive. */'] : []),
    `export const destructive = ${destructiveUp};`,
    `export const destructiveDown = ${destructiveDown};`,
    '',
    'export async function up(m: MigrationContext): Promise<void> {',
    ...(up.length === 0 ? ['  // No changes.'] : up),
    '}',
    '',
    'export async function down(m: MigrationContext): Promise<void> {',
    ...(down.length === 0 ? ['  // No changes.'] : down),
    '}',
    '',
  ]
    .filter((l, i, all) => !(l === '' && all[i - 1] === ''))
    .join('\n');
}

/** A file-name-safe id: UTC time, then the title. @internal */
export function migrationId(title: string, at: Date = new Date()): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, '');
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '').slice(0, 60);
  return slug === '' ? stamp : `${stamp}_${slug}`;
}

/** Options of {@link generateMigration}. */
export interface GenerateOptions extends DiffOptions {
  /** The directory migration files go to. */
  readonly directory: string;
  readonly title?: string;
  /** Write a file even when nothing changed. */
  readonly empty?: boolean;
  readonly now?: Date;
}

/**
 * Compares the application's tables with the database and writes the
 * migration that makes up the difference. Gives undefined when there is none.
 *
 * @example
 * ```ts
 * const written = await generateMigration(new MetaData(users, posts), engine, { directory: 'migrations', title: 'add age' });
 * if (written) console.log(`wrote ${written.path}`, written.diff.warnings);
 * ```
 */
export async function generateMigration(
  metadata: Parameters<typeof diff>[0],
  engine: Engine,
  options: GenerateOptions,
): Promise<{ readonly id: string; readonly path: string; readonly diff: SchemaDiff } | undefined> {
  const result = await diff(metadata, engine, options);
  if (result.operations.length === 0 && options.empty !== true) return undefined;
  const at = options.now ?? new Date();
  const id = migrationId(options.title ?? 'migration', at);
  await mkdir(options.directory, { recursive: true });
  const path = join(options.directory, `${id}.ts`);
  await writeFile(path, migrationSource(result, catalogOf(engine), { title: options.title ?? id, generatedAt: at }), { flag: 'wx' });
  return { id, path, diff: result };
}
