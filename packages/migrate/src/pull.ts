/**
 * `pull`: a live database's tables written as a TypeScript file of
 * `table()` definitions, ready to import: columns keyed in camelCase (with
 * their SQL names where those differ), keys, foreign keys as `references`,
 * unique constraints, indexes and checks.
 */
import type { CatalogReader, ReflectedTable } from '@alkahest/core';
import { columnCode, tsString } from './code';

const RESERVED = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await'.split(' '),
);

/** What the pulled module imports (table(), sql, AnyColumn, the column factories): a table's variable never takes one of these names. */
const IMPORTED = new Set('table sql AnyColumn integer bigint smallint real double numeric text varchar char boolean date time timestamp json uuid blob enumOf'.split(' '));

/** `user_accounts` → `userAccounts`; a name that is no identifier gets a prefix. @internal */
export function camelCase(name: string): string {
  const camel = name.replace(/[^A-Za-z0-9]+([A-Za-z0-9])/g, (_, c: string) => c.toUpperCase()).replace(/[^A-Za-z0-9_$]/g, '');
  const id = /^[A-Za-z_$]/.test(camel) ? camel : `_${camel}`;
  return id.charAt(0).toLowerCase() + id.slice(1);
}

function variableName(name: string, taken: Set<string>): string {
  let v = camelCase(name);
  if (RESERVED.has(v) || IMPORTED.has(v)) v = `${v}Table`;
  while (taken.has(v)) v = `${v}_`;
  taken.add(v);
  return v;
}

/**
 * The source of a module defining every reflected table.
 *
 * @example
 * ```ts
 * writeFileSync('src/schema.ts', pullSource(await reflectTables(engine), engine.dialect.catalog!, 'postgres'));
 * ```
 */
export function pullSource(tables: readonly ReflectedTable[], catalog: CatalogReader, dialect: string, generatedAt: Date = new Date()): string {
  const factories = new Set<string>(['table']);
  let usesSql = false;
  let usesColumnType = false;
  const taken = new Set<string>();
  const variables = new Map(tables.map((t) => [t.name, variableName(t.name, taken)]));
  const keysOf = new Map(tables.map((t) => [t.name, new Map(t.columns.map((c) => [c.name, camelCase(c.name)]))]));
  const blocks = tables.map((t) => {
    const keys = keysOf.get(t.name)!;
    const pk = t.primaryKey;
    const singlePk = pk !== undefined && pk.columns.length === 1 && pk.name === undefined ? pk.columns[0] : undefined;
    const singleFks = new Map(t.foreignKeys.filter((fk) => fk.columns.length === 1 && variables.has(fk.references.table)).map((fk) => [fk.columns[0]!, fk]));
    const lines = t.columns.map((c) => {
      const key = keys.get(c.name)!;
      const code = columnCode(catalog, t.name, c, { primaryKey: c.name === singlePk, ...(key === c.name ? {} : { name: c.name }) });
      code.factories.forEach((f) => factories.add(f));
      let text = code.code;
      if (c.default !== undefined && 'expr' in c.default) usesSql = true;
      const fk = singleFks.get(c.name);
      if (fk !== undefined) {
        usesColumnType = true;
        const target = `${variables.get(fk.references.table)}.c.${keysOf.get(fk.references.table)!.get(fk.references.columns[0]!)}`;
        const options = [fk.name && `name: ${tsString(fk.name)}`, fk.onDelete && `onDelete: ${tsString(fk.onDelete)}`, fk.onUpdate && `onUpdate: ${tsString(fk.onUpdate)}`].filter(Boolean);
        text += `.references((): AnyColumn => ${target}${options.length === 0 ? '' : `, { ${options.join(', ')} }`})`;
      }
      const comment = c.comment === undefined ? '' : ` // ${c.comment.replace(/\n/g, ' ')}`;
      return `  ${key}: ${text},${comment}`;
    });
    const k = (names: readonly string[]) => `[${names.map((n) => tsString(keys.get(n) ?? n)).join(', ')}]`;
    const options: string[] = [];
    if (t.schema !== undefined) options.push(`schema: ${tsString(t.schema)}`);
    if (pk !== undefined && singlePk === undefined) options.push(`primaryKey: { ${pk.name === undefined ? '' : `name: ${tsString(pk.name)}, `}columns: ${k(pk.columns)} }`);
    if (t.uniques.length > 0) options.push(`unique: [${t.uniques.map((u) => `{ ${u.name === undefined ? '' : `name: ${tsString(u.name)}, `}columns: ${k(u.columns)} }`).join(', ')}]`);
    const indexes = t.indexes.filter((i) => i.expressions === undefined);
    if (indexes.length > 0) options.push(`indexes: [${indexes.map((i) => `{ name: ${tsString(i.name)}, columns: ${k(i.columns)}${i.unique ? ', unique: true' : ''} }`).join(', ')}]`);
    const composite = t.foreignKeys.filter((fk) => !(fk.columns.length === 1 && variables.has(fk.references.table)) && variables.has(fk.references.table));
    if (composite.length > 0) {
      usesColumnType = true;
      options.push(
        `foreignKeys: [${composite
          .map((fk) => {
            const target = variables.get(fk.references.table)!;
            const targetKeys = keysOf.get(fk.references.table)!;
            return `{ ${fk.name === undefined ? '' : `name: ${tsString(fk.name)}, `}columns: ${k(fk.columns)}, references: (): AnyColumn[] => [${fk.references.columns.map((c) => `${target}.c.${targetKeys.get(c)}`).join(', ')}]${fk.onDelete ? `, onDelete: ${tsString(fk.onDelete)}` : ''}${fk.onUpdate ? `, onUpdate: ${tsString(fk.onUpdate)}` : ''} }`;
          })
          .join(', ')}]`,
      );
    }
    if (t.checks.length > 0) {
      usesSql = true;
      options.push(`checks: () => [${t.checks.map((ch) => `{ ${ch.name === undefined ? '' : `name: ${tsString(ch.name)}, `}condition: sql<boolean>\`\${sql.unsafe(${tsString(ch.sql)})}\` }`).join(', ')}]`);
    }
    const outside = t.foreignKeys.filter((fk) => !variables.has(fk.references.table));
    const notes = [
      ...(t.view ? ['/** A view: read from it only. */'] : t.comment === undefined ? [] : [`/** ${t.comment.replace(/\*\//g, '* /')} */`]),
      ...outside.map((fk) => `// Foreign key ${fk.name ?? ''} (${fk.columns.join(', ')}) references ${fk.references.table}, which was not pulled.`),
      ...t.indexes.filter((i) => i.expressions !== undefined).map((i) => `// Index ${i.name} is over expressions: declare it in a migration.`),
    ];
    return [...notes, `export const ${variables.get(t.name)} = table(${tsString(t.name)}, {`, ...lines, `}${options.length === 0 ? '' : `, { ${options.join(', ')} }`});`].join('\n');
  });
  const core = [...factories, ...(usesSql ? ['sql'] : [])].sort();
  return [
    `// Generated by alkahest pull from a ${dialect} database on ${generatedAt.toISOString()}.`,
    `import { ${core.join(', ')} } from '@alkahest/core';`,
    ...(usesColumnType ? ["import type { AnyColumn } from '@alkahest/core';"] : []),
    '',
    blocks.join('\n\n'),
    '',
  ].join('\n');
}
