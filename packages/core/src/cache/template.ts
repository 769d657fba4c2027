/**
 * A compiled statement shape: SQL with the recipe for its parameter values.
 */
import type { CompiledQuery } from '../compiler/compiled';
import type { ParamSource } from '../compiler/context';
import { InvalidValueError } from '../errors';
import type { SqlType } from '../types/sql-type';
import { checkBindValue } from '../types/validate';

/** Values of named parameters, by name. */
export type ParamValues = Readonly<Record<string, unknown>>;

/** Converts a value for the driver (the compiler's `toDriver`). */
export type ToDriver = (value: unknown, type: SqlType) => unknown;

/** SQL compiled once for a shape: a compiled query without its values, with where each one comes from. */
export interface StatementTemplate extends Omit<CompiledQuery, 'params'> {
  readonly sources: readonly ParamSource[];
}

/** One checked, converted value of a named parameter. */
function checked(source: Extract<ParamSource, { from: 'param' }>, value: unknown, where: string, toDriver: ToDriver): unknown {
  checkBindValue(source.type, value, where);
  return toDriver(value, source.type);
}

/** A list parameter's element, or for a list of rows, the element's value at the source's field. */
function listItem(source: Extract<ParamSource, { from: 'param' }>, element: unknown, index: number, where: string): unknown {
  if (source.field === undefined) return element;
  if (!Array.isArray(element) || element.length !== source.width) {
    throw new InvalidValueError(`${where} is a list of rows of ${source.width} values: row #${index + 1} is ${Array.isArray(element) ? `an array of ${element.length}` : element === null ? 'null' : typeof element}`);
  }
  return element[source.field];
}

/**
 * The value given for a list parameter (`x.in(param('ids'))`), refused unless
 * it is an array: the one check and message for every dialect, whether the
 * list is expanded into placeholders or sent as one array value.
 * @internal
 */
export function listValue(name: string, value: unknown): readonly unknown[] {
  if (!Array.isArray(value)) throw new InvalidValueError(`parameter :${name} stands for a list: give an array, got ${value === null ? 'null' : typeof value}`);
  return value;
}

/** The value of a named parameter, checked like a bound value. */
function namedValue(source: Extract<ParamSource, { from: 'param' }>, values: ParamValues | undefined, toDriver: ToDriver): unknown {
  if (values === undefined || !Object.prototype.hasOwnProperty.call(values, source.name)) {
    throw new InvalidValueError(`no value for parameter :${source.name}`);
  }
  const value = values[source.name];
  const where = `parameter :${source.name}`;
  if (source.element !== undefined || source.array) {
    const list = listValue(source.name, value);
    if (source.array) return list.map((element: unknown, i) => checked(source, listItem(source, element, i, where), where, toDriver));
    return checked(source, listItem(source, list[source.element!], source.element!, where), where, toDriver);
  }
  return checked(source, value, where, toDriver);
}

/** The parameters of a template for one statement's bound values and named parameter values. */
export function fillTemplate(template: StatementTemplate, bound: readonly unknown[], values: ParamValues | undefined, toDriver: ToDriver): CompiledQuery {
  const params = new Array<unknown>(template.sources.length);
  for (let i = 0; i < params.length; i++) {
    const source = template.sources[i]!;
    if (source.from === 'bind') {
      const value = bound[source.slot];
      params[i] = value === null ? null : toDriver(value, source.type);
    } else if (source.from === 'constant') {
      params[i] = source.value;
    } else {
      params[i] = namedValue(source, values, toDriver);
    }
  }
  const compiled = { sql: template.sql, params, columns: template.columns, statementKind: template.statementKind, dialect: template.dialect };
  return template.followUp === undefined ? compiled : { ...compiled, followUp: template.followUp };
}
