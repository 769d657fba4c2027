import { shapeOf } from '../cache/shape';
import { StatementCache, StatementCacheStats } from '../cache/statement-cache';
import { fillTemplate, listValue, ParamValues, StatementTemplate } from '../cache/template';
import type { Dialect, PreparedStatement } from '../dialect';
import type { CatalogReader } from '../schema/reflection';
import { CompileError, InvalidValueError } from '../errors';
import type { Node } from '../expr/expression';
import { makeRowDecoder } from '../result';
import type { Insert } from '../statements/dml';
import type { CompiledQuery, ResultColumn } from './compiled';
import type { PrintedSql } from './printed-sql';
import type { ExplainOptions, ExplainQuery } from './explain';
import type { SqlCompiler, Statement } from './sql-compiler';
import { loadColumns, LoadPlan, makeLoadPlan } from '../load/plan';
import type { Table } from '../schema/table';

/** Statement kinds whose compiled SQL is cached by shape. DDL is rare and not worth a key. */
const CACHED_KINDS: ReadonlySet<string> = new Set(['select', 'compound', 'insert', 'update', 'delete']);

/** Rows past which an INSERT is compiled directly: its key would be as long as its SQL, and it rarely repeats. */
const BULK_ROWS = 100;

function isBulkInsert(statement: Statement | Node): boolean {
  if (statement.kind !== 'insert') return false;
  const source = (statement as Insert).source;
  return source?.kind === 'values' && source.length > BULK_ROWS;
}

function checkSchemaMap(map: Readonly<Record<string, string | null>>): Readonly<Record<string, string | null>> {
  if (map === null || typeof map !== 'object' || Array.isArray(map)) throw new CompileError('schemaMap takes an object of schema names');
  for (const [from, to] of Object.entries(map)) {
    if (to !== null && (typeof to !== 'string' || to === '')) throw new CompileError(`schemaMap: the schema for ${JSON.stringify(from)} must be a non-empty string or null`);
  }
  return Object.freeze({ ...map });
}

/** Options of a {@link CompilingDialect}. */
export interface CompilingDialectOptions {
  /** Statement shapes kept compiled (default 500; 0 turns the cache off). */
  readonly statementCacheSize?: number;
  /**
   * Tables' schemas translated when compiling: `{ '': 'tenant_a' }` puts
   * tables defined without a schema in `tenant_a`, `{ shop: 'shop_test' }`
   * moves `shop`'s, `null` writes no schema (SQLAlchemy's schema_translate_map).
   */
  readonly schemaMap?: Readonly<Record<string, string | null>>;
}

/**
 * A {@link Dialect} made of a compiler, with a statement cache: the SQL of a
 * statement shape is compiled once and reused for every statement of that
 * shape, whatever its values (see cache/shape.ts).
 */
export class CompilingDialect implements Dialect {
  private readonly decoders = new WeakMap<readonly ResultColumn[], (row: readonly unknown[]) => Record<string, unknown>>();
  private readonly cache: StatementCache;
  private readonly toDriver: (value: unknown, type: import('../types/sql-type').SqlType) => unknown;

  constructor(
    readonly compiler: SqlCompiler,
    options: CompilingDialectOptions = {},
  ) {
    this.cache = new StatementCache(options.statementCacheSize);
    if (options.schemaMap !== undefined) compiler.schemaMap = checkSchemaMap(options.schemaMap);
    this.toDriver = (value, type) => compiler.toDriver(value, type);
  }

  get name(): string {
    return this.compiler.dialect;
  }

  /** The compiler's catalog statements, for reflection. */
  get catalog(): CatalogReader | undefined {
    return this.compiler.catalogReader();
  }

  get maxParameters(): number {
    return this.compiler.maxParameters;
  }

  split(statement: Statement | Node): readonly Statement[] | undefined {
    return this.compiler.split(statement);
  }

  compile(statement: Statement | Node): CompiledQuery {
    if (!CACHED_KINDS.has(statement.kind) || isBulkInsert(statement)) return this.compiler.compile(statement);
    const shape = shapeOf(statement);
    if (shape.params.length > 0) {
      throw new CompileError(
        `this statement has named parameters (${shape.params.map((p) => `:${p}`).join(', ')}): run it with engine.prepare(statement).execute(values)`,
      );
    }
    const template = this.cache.get(shape, () => this.compiler.compileTemplate(statement, shape));
    return fillTemplate(template, shape.values, undefined, this.toDriver);
  }

  prepare(statement: Statement | Node): PreparedStatement {
    if (!CACHED_KINDS.has(statement.kind)) throw new CompileError(`only SELECT, INSERT, UPDATE and DELETE can be prepared, not ${statement.kind}`);
    const shape = shapeOf(statement);
    const templates = new Map<string, StatementTemplate>();
    const compiler = this.compiler;
    const toDriver = this.toDriver;
    return {
      params: shape.params,
      bind(values: ParamValues = {}): CompiledQuery {
        let lengths: Map<string, number> | undefined;
        let key = '';
        // Where a list is one array value (PostgreSQL), one template serves every length.
        const listParams = compiler.listParamsByLength ? shape.listParams : [];
        for (const name of listParams) {
          if (!Object.prototype.hasOwnProperty.call(values, name)) throw new InvalidValueError(`no value for parameter :${name}`);
          // A value of the wrong kind, as the template says it for one array parameter (PostgreSQL).
          const list = listValue(name, values[name]);
          (lengths ??= new Map()).set(name, list.length);
          key += `${list.length},`;
        }
        let template = templates.get(key);
        if (template === undefined) {
          template = compiler.compileTemplate(statement, shape, lengths);
          // Lists of many lengths must not grow this without bound.
          if (templates.size >= 64) templates.clear();
          templates.set(key, template);
        }
        return fillTemplate(template, shape.values, values, toDriver);
      },
    };
  }

  /** Load plans by table and columns: their INSERTs are compiled once, however many loads run. */
  private readonly loadPlans = new WeakMap<Table, Map<string, LoadPlan>>();

  loadPlan(table: Table, columns: readonly string[]): LoadPlan {
    let plans = this.loadPlans.get(table);
    if (plans === undefined) this.loadPlans.set(table, (plans = new Map()));
    const key = columns.join('\u0000');
    let plan = plans.get(key);
    if (plan === undefined) {
      plan = makeLoadPlan(this.compiler, (statement) => this.prepare(statement), table, loadColumns(table, columns));
      // A few column sets per table at most, in practice; never without bound.
      if (plans.size >= 16) plans.clear();
      plans.set(key, plan);
    }
    return plan;
  }

  explain(statement: Statement, options: ExplainOptions = {}): ExplainQuery {
    if (options.format !== undefined && options.format !== 'text' && options.format !== 'json') {
      throw new CompileError(`explain(): format must be 'text' or 'json', got ${JSON.stringify(options.format)}`);
    }
    return this.compiler.explain(this.compile(statement), options);
  }

  printSql(statement: Statement | Node): PrintedSql {
    return this.compiler.printSql(statement);
  }

  cacheStats(): StatementCacheStats {
    return this.cache.stats();
  }

  rowDecoder(columns: readonly ResultColumn[]): (row: readonly unknown[]) => Record<string, unknown> {
    let decoder = this.decoders.get(columns);
    if (decoder === undefined) {
      decoder = makeRowDecoder(columns, this.compiler.codecs);
      this.decoders.set(columns, decoder);
    }
    return decoder;
  }
}
