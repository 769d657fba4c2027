/**
 * The named prepared statements of one PostgreSQL session, and what keeps
 * them right across schema changes. A statement is planned once; after
 * `ALTER TABLE … TYPE`, or a table dropped and created again with other
 * types, its plan is stale: the server then fails it ("cached plan must not
 * change result type", values sent in the old types). A stale statement is
 * forgotten (and deallocated once no transaction is open) so that the next
 * run prepares it afresh; DDL run through alkahest forgets the statements of
 * its table on every session of the driver before they can fail.
 */
import type { CompiledQuery } from '@alkahest/core/dialect';

/**
 * The tables changed by DDL run through one driver, in order: each session
 * forgets its statements on a table it has not yet seen changed.
 */
export class SchemaChanges {
  readonly tables: string[] = [];

  /** Records the table a DDL statement changes (CREATE, DROP or ALTER TABLE), if it names one. */
  record(ddl: string): void {
    const table = tableOfDdl(ddl);
    if (table !== undefined) this.tables.push(table);
  }
}

/**
 * The table (its quoted name, as alkahest writes it in every statement) of a
 * `CREATE`, `DROP` or `ALTER TABLE`, or undefined for other DDL (an index
 * changes no statement's types).
 */
export function tableOfDdl(ddl: string): string | undefined {
  const match = /^\s*(?:CREATE|DROP|ALTER)\s+TABLE\s+(?:IF\s+(?:NOT\s+)?EXISTS\s+)?(?:"(?:[^"]|"")+"\.)?("(?:[^"]|"")+")/i.exec(ddl);
  return match?.[1];
}

/**
 * Whether an error of a statement the session had prepared before means its
 * plan is stale, so that preparing it again can succeed: a result type that
 * changed (0A000 from RevalidateCachedQuery), values bound in a type the
 * column no longer has (42804, 22P03, 08P01 "insufficient data left in
 * message" as an ERROR, not a FATAL), or a statement the server no longer
 * has (26000: DISCARD ALL).
 */
export function isStalePlan(error: unknown): boolean {
  const e = error as { code?: unknown; routine?: unknown; severity?: unknown };
  switch (e?.code) {
    case '0A000':
      return e.routine === 'RevalidateCachedQuery';
    case '42804':
    case '22P03':
    case '26000':
      return true;
    case '08P01':
      return e.severity === 'ERROR';
    default:
      return false;
  }
}

/** Runs PostgreSQL plans for their values before it may switch a named statement to a generic plan (plancache.c). */
export const CUSTOM_PLAN_RUNS = 5;
/** Runs after those that are timed to judge the plan the server then uses. */
export const JUDGED_RUNS = 5;
/**
 * A statement whose quickest custom-planned run took at least this long
 * loses its name before the server may switch it to a generic plan: a generic
 * plan saves only planning (well under a millisecond for a join of five
 * tables: 0.2–0.5 ms for the SSB's), a few percent of such a run at best,
 * while a plan chosen without the values can cost several times the run (the
 * SSB's Q3.1: 90 ms against 17 ms).
 */
export const LONG_RUN_MILLIS = 5;
/** How much slower than its quickest custom-planned run a statement must stay to lose its name: by this factor… */
export const SLOWER_FACTOR = 1.5;
/** …and by at least this many milliseconds (so that noise on sub-millisecond statements never counts). */
export const SLOWER_MILLIS = 1;

/**
 * The named statements of one session, by SQL text.
 *
 * A named statement saves parsing and planning on each run. PostgreSQL plans
 * its first five runs for their values; from the sixth it may use one generic
 * plan for all values, which is as fast for a lookup by key but can be many
 * times slower for an analytical query (a join order chosen without knowing
 * the filters' selectivity). So each statement's runs are timed: when the
 * quickest of the five runs after the fifth is still clearly slower than the
 * quickest of the first five, the statement is forgotten (deallocated) and
 * runs unnamed from then on, on every session of the driver, planned for its
 * values every time. A statement (not an INSERT, whose name saves parsing
 * its values) whose first five runs all took `LONG_RUN_MILLIS` or more is
 * forgotten after the fifth, before a generic plan can run at all: the most a
 * generic plan could save it is its planning time, a small share of such a
 * run, against a loss of several times the run.
 */
export class PreparedStatements {
  private readonly names = new Map<string, string>();
  /** Per named statement: runs timed so far, the quickest custom-planned one and the quickest after. */
  private readonly timings = new Map<string, { runs: number; custom: number; later: number }>();
  private counter = 0;
  /** Names forgotten but still on the server, to deallocate once no transaction is open. */
  private stale: string[] = [];
  /** How many of the driver's schema changes this session has applied. */
  private seenChanges = 0;

  constructor(
    /** Most statements kept; 0 turns named statements off. */
    private readonly max: number,
    private readonly changes: SchemaChanges,
    /** Whether runs are timed to drop a statement whose named plan proves slower (default true). */
    private readonly judgePlans = true,
    /**
     * Statements whose named plan proved slower, which run unnamed: shared by
     * the driver's sessions, so that one session's verdict serves them all
     * (bounded: cleared when it outgrows the limit of named statements).
     */
    private readonly unnamed = new Set<string>(),
  ) {}

  /** Whether the statement was prepared on this session before (so that a stale plan can be the cause of its failure). */
  has(sql: string): boolean {
    return this.names.has(sql);
  }

  /**
   * The name to prepare a statement under, or undefined to run it unnamed:
   * SELECT/INSERT/UPDATE/DELETE only (DDL and raw SQL are not reused), at most
   * `max` per session. Names are never reused, so a forgotten statement's
   * name cannot meet a new one.
   */
  nameFor(query: CompiledQuery): string | undefined {
    if (this.max === 0 || query.statementKind === 'ddl' || query.statementKind === 'raw' || this.unnamed.has(query.sql)) return undefined;
    let name = this.names.get(query.sql);
    if (name === undefined && this.names.size < this.max) {
      name = `alkahest_${++this.counter}`;
      this.names.set(query.sql, name);
    }
    return name;
  }

  /**
   * Records how long a run of a named statement took. A statement (other than
   * an INSERT) whose custom-planned runs all took `LONG_RUN_MILLIS` or more is
   * forgotten after them; after its judged runs, one whose later plan stayed clearly slower
   * than its custom plans is. Either runs unnamed from then on.
   */
  ran(query: CompiledQuery, millis: number): void {
    const sql = query.sql;
    if (!this.judgePlans || !this.names.has(sql)) return;
    let timing = this.timings.get(sql);
    if (timing === undefined) this.timings.set(sql, (timing = { runs: 0, custom: Infinity, later: Infinity }));
    if (timing.runs >= CUSTOM_PLAN_RUNS + JUDGED_RUNS) return;
    timing.runs += 1;
    if (timing.runs <= CUSTOM_PLAN_RUNS) timing.custom = Math.min(timing.custom, millis);
    else timing.later = Math.min(timing.later, millis);
    // An INSERT's name saves parsing its rows of values, whatever its plan: it keeps its name unless judged slower.
    if (timing.runs === CUSTOM_PLAN_RUNS && timing.custom >= LONG_RUN_MILLIS && query.statementKind !== 'insert') return this.runUnnamed(sql);
    if (timing.runs < CUSTOM_PLAN_RUNS + JUDGED_RUNS) return;
    if (timing.later < timing.custom * SLOWER_FACTOR || timing.later - timing.custom < SLOWER_MILLIS) return;
    this.runUnnamed(sql);
  }

  /** Forgets a statement and runs it unnamed from then on, on every session of the driver. */
  private runUnnamed(sql: string): void {
    if (this.unnamed.size >= this.max) this.unnamed.clear();
    this.unnamed.add(sql);
    this.forget(sql);
  }

  /** Forgets a statement: the next run prepares it again. */
  forget(sql: string): void {
    const name = this.names.get(sql);
    if (name === undefined) return;
    this.names.delete(sql);
    this.timings.delete(sql);
    this.stale.push(name);
  }

  /** Forgets every statement that mentions a table changed by DDL since this session last looked. */
  sync(): void {
    if (this.seenChanges === this.changes.tables.length) return;
    const tables = this.changes.tables.slice(this.seenChanges);
    this.seenChanges = this.changes.tables.length;
    for (const sql of [...this.names.keys()]) if (tables.some((table) => sql.includes(table))) this.forget(sql);
  }

  /** The names to deallocate on the server, taken out of the list. */
  takeStale(): string[] {
    const names = this.stale;
    this.stale = [];
    return names;
  }

  /** Whether forgotten statements wait to be deallocated. */
  get hasStale(): boolean {
    return this.stale.length > 0;
  }
}
