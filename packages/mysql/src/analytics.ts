/**
 * MySQL / MariaDB analytics helpers: LAG / LEAD with a default value, which
 * MariaDB does not take. (CAST target names are in type-compiler.ts.)
 */
import { CompileContext, Expression, Over, WindowCall, WindowSpec } from '@alkahest/core/dialect';


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
