/**
 * MySQL / MariaDB analytics helpers: CAST target names, and LAG / LEAD with a
 * default value, which MariaDB does not take.
 */
import { CompileContext, Expression, Over, SqlType, UnsupportedFeatureError, WindowCall, WindowSpec } from '@alkahest/core/dialect';
import type { MysqlFlavor } from './flavor';

/**
 * The CAST target for a type. MySQL's CAST takes only BINARY, CHAR, DATE,
 * DATETIME, DECIMAL, DOUBLE / FLOAT (8.0.17+; MariaDB 10.4+), JSON (MySQL
 * only), SIGNED, UNSIGNED and TIME.
 *
 * @example
 * ```ts
 * mysqlCastType(new SqlType('integer'), 'mysql', 'mysql'); // 'SIGNED'
 * ```
 */
export function mysqlCastType(type: SqlType, flavor: MysqlFlavor, dialect: string): string {
  const o = type.options;
  switch (type.kind) {
    case 'integer':
    case 'bigint':
    case 'smallint':
      return 'SIGNED';
    case 'real':
      return 'FLOAT';
    case 'double':
      return 'DOUBLE';
    case 'numeric':
      return o.precision === undefined ? 'DECIMAL(65, 30)' : `DECIMAL(${whole(o.precision)}, ${whole(o.scale ?? 0)})`;
    case 'varchar':
    case 'char':
      // CAST(x AS CHAR(n)) cuts the value to n characters, as storing it in VARCHAR(n) would refuse to.
      return `CHAR(${whole(o.length)})`;
    case 'uuid':
      return 'CHAR(36)';
    case 'text':
    case 'enum':
      return 'CHAR';
    case 'date':
      return 'DATE';
    case 'time':
      return 'TIME(6)';
    case 'timestamp':
      return 'DATETIME(3)';
    case 'json':
      // MariaDB's JSON is text: CHAR gives the text, which is read back as JSON.
      return flavor === 'mariadb' ? 'CHAR' : 'JSON';
    case 'blob':
      return 'BINARY';
    case 'boolean':
      throw new UnsupportedFeatureError('CAST to boolean', dialect, 'MySQL has no boolean type to cast to: compare instead, e.g. x.ne(0)');
    case 'unknown':
      throw new UnsupportedFeatureError('CAST to an unknown type', dialect);
  }
}

function whole(value: number | undefined): string {
  if (value === undefined || !Number.isSafeInteger(value) || value < 0) throw new RangeError(`not a type size: ${String(value)}`);
  return String(value);
}

/** What the emulation needs of the compiler. */
export interface ShiftHost {
  visitOver(node: Over, ctx: CompileContext): string;
  windowReference(window: WindowSpec | string, spec: WindowSpec, ctx: CompileContext): string;
  windowSpecification(spec: WindowSpec, ctx: CompileContext): string;
  value(node: Expression, ctx: CompileContext): string;
}

/**
 * `LAG(x, n, d)` / `LEAD(x, n, d)` without the default argument, which
 * MariaDB refuses: the default is taken only when there is no row n before
 * (after), which ROW_NUMBER() (and the partition's COUNT(*)) tell, so a NULL
 * value n rows away stays NULL as it should.
 *
 * @example
 * ```ts
 * // CASE WHEN ROW_NUMBER() OVER w > n THEN LAG(x, n) OVER w ELSE d END
 * // CASE WHEN COUNT(*) OVER (PARTITION BY …) - ROW_NUMBER() OVER w >= n THEN LEAD(x, n) OVER w ELSE d END
 * shiftWithDefault(compilerHost, overNode, lagCall, spec, ctx);
 * ```
 */
export function shiftWithDefault(host: ShiftHost, node: Over, call: WindowCall, spec: WindowSpec, ctx: CompileContext): string {
  const n = call.count ?? 1;
  const defaultValue = call.defaultValue;
  if (defaultValue === undefined) return host.visitOver(node, ctx);
  // Compiled in the order they appear in the SQL, so that placeholders and values agree.
  let exists: string;
  if (call.name === 'lag') {
    exists = `ROW_NUMBER() OVER ${host.windowReference(node.window, spec, ctx)} > ${n}`;
  } else {
    const partition = host.windowSpecification(new WindowSpec(spec.partitionBy, [], undefined), ctx);
    exists = `COUNT(*) OVER (${partition}) - ROW_NUMBER() OVER ${host.windowReference(node.window, spec, ctx)} >= ${n}`;
  }
  const shifted = host.visitOver(new Over(new WindowCall(call.name, call.args, n, undefined, call.type), node.window, node.type), ctx);
  return `CASE WHEN ${exists} THEN ${shifted} ELSE ${host.value(defaultValue, ctx)} END`;
}
