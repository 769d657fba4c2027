/**
 * TypeScript source for column definitions and table names: the pieces the
 * migration generator and `pull` write.
 */
import { UnsafeText } from '@alkahest/core';
import type { CatalogReader, ColumnDefault, ReflectedColumn, SqlType } from '@alkahest/core';
import { columnFrom } from './model';

/** A JavaScript string literal. @internal */
export const tsString = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;

/** The column factory call for a type: `varchar({ length: 40 })`, with the SQL name when `name` is given. @internal */
export function typeCode(type: SqlType, name?: string): { factory: string; code: string } {
  const o = type.options;
  const n = name === undefined ? '' : tsString(name);
  const withOptions = (factory: string, options: string) => ({ factory, code: `${factory}(${n === '' ? options : `${n}, ${options}`})` });
  switch (type.kind) {
    case 'varchar':
    case 'char':
      return withOptions(type.kind, `{ length: ${o.length ?? 255} }`);
    case 'numeric':
      if (o.precision === undefined) return { factory: 'numeric', code: `numeric(${n})` };
      return withOptions('numeric', `{ precision: ${o.precision}${o.scale === undefined ? '' : `, scale: ${o.scale}`} }`);
    case 'timestamp': {
      const options = [
        ...(o.withTimeZone ? ['withTimeZone: true'] : []),
        ...(o.mode === undefined ? [] : [`mode: '${o.mode}'`]),
        ...(o.precision === undefined ? [] : [`precision: ${o.precision}`]),
      ];
      return options.length > 0 ? withOptions('timestamp', `{ ${options.join(', ')} }`) : { factory: 'timestamp', code: `timestamp(${n})` };
    }
    case 'enum':
      return { factory: 'enumOf', code: `enumOf([${(o.values ?? []).map(tsString).join(', ')}]${n === '' ? '' : `, ${n}`})` };
    case 'unknown':
      return { factory: 'text', code: `text(${n})` };
    default:
      return { factory: type.kind, code: `${type.kind}(${n})` };
  }
}

function valueCode(value: unknown): string {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'string') return tsString(value);
  if (value instanceof Date) return `new Date(${tsString(value.toISOString())})`;
  if (value instanceof Uint8Array) return `new Uint8Array([${[...value].join(', ')}])`;
  return JSON.stringify(value);
}

/** The SQL text of an expression default, as the dialect writes it (without `DEFAULT` and its outer parentheses). */
function defaultExpressionSql(catalog: CatalogReader, table: string, column: ReflectedColumn, d: ColumnDefault): string {
  if ('expr' in d && d.expr instanceof UnsafeText) return d.expr.text;
  const clause = catalog.defaultSql(columnFrom(table, column)).replace(/^ DEFAULT /, '');
  return /^\(.*\)$/s.test(clause) ? clause.slice(1, -1) : clause;
}

/** A column definition as code: `integer().notNull().default(0)`. @internal */
export function columnCode(catalog: CatalogReader, table: string, c: ReflectedColumn, options: { name?: string; primaryKey?: boolean } = {}): { factories: string[]; code: string } {
  const t = typeCode(c.type, options.name);
  let code = t.code;
  if (options.primaryKey) code += c.autoIncrement || !['integer', 'bigint'].includes(c.type.kind) ? '.primaryKey()' : '.primaryKey({ autoIncrement: false })';
  else if (!c.nullable) code += '.notNull()';
  const d = c.default;
  if (d !== undefined && !(options.primaryKey && c.autoIncrement)) {
    code += 'value' in d ? `.default(${valueCode(d.value)})` : `.default(sql.unsafe(${tsString(defaultExpressionSql(catalog, table, c, d))}))`;
  }
  return { factories: [t.factory], code };
}

/** `{ name: 'x', schema: 's' }` or `'x'`. @internal */
export function tableRefCode(ref: { readonly name: string; readonly schema?: string }): string {
  return ref.schema === undefined ? tsString(ref.name) : `{ name: ${tsString(ref.name)}, schema: ${tsString(ref.schema)} }`;
}
