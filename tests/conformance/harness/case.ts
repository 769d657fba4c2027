/**
 * The shape of a conformance case: small declarative data. A case names the
 * tables it needs (a fixture), the rows it inserts, the statement under test,
 * the rows that statement must give (hand-written), and the SQL each dialect
 * must produce (hand-written golden strings).
 */
import type { ColumnMap, Insert, Select, Statement, Table } from '@alkahest/core';

/** The four dialects every case speaks to. */
export const DIALECTS = ['sqlite', 'postgres', 'mysql', 'oracle'] as const;
export type DialectName = (typeof DIALECTS)[number];

/** An error class a case expects (`UnsupportedFeatureError`, `DatabaseError` …). */
export type ErrorClass = new (...args: never[]) => Error;

/** A result row as the engine returns it; values may be jest asymmetric matchers. */
export type Row = Readonly<Record<string, unknown>>;

/** Where in a case's run an expected error must happen. */
export type Step = 'build' | 'then' | 'check';

/** What running a case must give. */
export type Outcome =
  | { readonly rows: readonly Row[]; readonly ordered: boolean }
  | { readonly error: ErrorClass; readonly at: Step };

/** A per-dialect outcome, with the reason the dialect legitimately differs. */
export type DialectOutcome = Outcome & { readonly why: string };

/** The golden SQL of a dialect: one statement, several (createAll), or a compile error. */
export type Golden = string | readonly string[] | { readonly error: ErrorClass };

/** Gives every table of a run its unique name: `people` becomes `ak_123_x1y2z3_people`. */
export type Namer = (base: string) => string;

/** Any table, as a fixture holds it. */
export type AnyTable = Table<string, ColumnMap>;

/** Tables made under a namer, so that golden SQL sees plain names and live runs unique ones. */
export interface Fixture<T> {
  readonly make: (name: Namer) => T;
  /** The tables to create, in any order (MetaData sorts them by foreign key). */
  readonly tables: (t: T) => readonly AnyTable[];
}

/** What a case author writes. */
/** How a dialect does a feature, for the feature matrix (docs/features.md). */
export type Support = 'native' | 'emulated' | 'not available';

export interface CaseSpec<T> {
  readonly name: string;
  /** The construct of the foundation issue this case covers, in its words. */
  readonly covers: string;
  /**
   * The row of the feature matrix this case stands for (`Window functions`,
   * `Upsert` …). Cases without one are not in the matrix. A dialect whose
   * outcome is an UnsupportedFeatureError is `not available`; others are
   * `native` unless listed in `emulatedOn`.
   */
  readonly feature?: string;
  /** Dialects that emulate the feature (rewrite it into other SQL), with how, for the matrix. */
  readonly emulatedOn?: Partial<Record<DialectName, string>>;
  /** A remark for a dialect's cell of the matrix where it supports the feature (e.g. where MySQL and MariaDB differ). */
  readonly noteOn?: Partial<Record<DialectName, string>>;
  readonly fixture: Fixture<T>;
  /** Create the fixture's tables with MetaData.createAll before the case (default true). */
  readonly createTables?: boolean;
  /** INSERTs that put the case's rows in place. */
  readonly seed?: (t: T) => readonly Insert<ColumnMap>[];
  /** Statements run after seeding and before the statement under test (not golden-checked). */
  readonly prepare?: (t: T) => readonly Statement[];
  /** The statement under test (or, for createAll, the statements it runs). */
  readonly build: (t: T) => Statement | readonly Statement[];
  /**
   * Values of named parameters (`param()`): the statement under test is then
   * prepared and run with them (`engine.prepare(s).execute(params)`).
   */
  readonly params?: Readonly<Record<string, unknown>>;
  /** Statements run after it (e.g. an INSERT that a new unique index must refuse). */
  readonly then?: (t: T) => readonly Statement[];
  /** For statements that return no rows: the SELECT whose rows are compared. */
  readonly check?: (t: T) => Select;
  /** Rows affected by a DML statement under test, where every database agrees. */
  readonly affected?: number;
  readonly expect: Outcome;
  /** Where a dialect legitimately differs, its own outcome and why. */
  readonly expectOn?: Partial<Record<DialectName, DialectOutcome>>;
  readonly sql: Readonly<Record<DialectName, Golden>>;
  /**
   * A failure caused by a bug in a dialect or core, routed to its owner. The
   * runner reports it loudly and fails if the case starts passing.
   */
  readonly knownFailure?: readonly { readonly dialect: DialectName; readonly reason: string }[];
}

/** A case with its table type closed over, so cases of different fixtures share one list. */
export interface ConformanceCase {
  readonly name: string;
  readonly covers: string;
  readonly feature: string | undefined;
  readonly emulatedOn: Partial<Record<DialectName, string>>;
  readonly noteOn: Partial<Record<DialectName, string>>;
  readonly params: Readonly<Record<string, unknown>> | undefined;
  readonly createTables: boolean;
  readonly affected: number | undefined;
  readonly sql: Readonly<Record<DialectName, Golden>>;
  outcomeFor(dialect: DialectName): Outcome;
  knownFailureFor(dialect: DialectName): string | undefined;
  /** Builds the case's tables and statements under a namer. */
  instantiate(name: Namer): CaseInstance;
}

/** One case's tables and statements under one namer. */
export interface CaseInstance {
  readonly tables: readonly AnyTable[];
  readonly seed: readonly Statement[];
  readonly prepare: readonly Statement[];
  readonly statements: readonly Statement[];
  readonly then: readonly Statement[];
  readonly check: Select | undefined;
}

/** Declares a case. */
export function defineCase<T>(spec: CaseSpec<T>): ConformanceCase {
  return {
    name: spec.name,
    covers: spec.covers,
    feature: spec.feature,
    emulatedOn: spec.emulatedOn ?? {},
    noteOn: spec.noteOn ?? {},
    params: spec.params,
    createTables: spec.createTables !== false,
    affected: spec.affected,
    sql: spec.sql,
    outcomeFor: (dialect) => spec.expectOn?.[dialect] ?? spec.expect,
    knownFailureFor: (dialect) => spec.knownFailure?.find((k) => k.dialect === dialect)?.reason,
    instantiate: (name) => {
      const t = spec.fixture.make(name);
      const built = spec.build(t);
      return {
        tables: spec.fixture.tables(t),
        seed: spec.seed?.(t) ?? [],
        prepare: spec.prepare?.(t) ?? [],
        statements: isStatementList(built) ? built : [built],
        then: spec.then?.(t) ?? [],
        check: spec.check?.(t),
      };
    },
  };
}

function isStatementList(value: Statement | readonly Statement[]): value is readonly Statement[] {
  return Array.isArray(value);
}

/** Declares a fixture: tables built under a namer. */
export function defineFixture<T extends Readonly<Record<string, AnyTable>>>(make: (name: Namer) => T): Fixture<T> {
  return { make, tables: (t) => Object.values(t) };
}

/** The cases of one area (one file). */
export interface Area {
  readonly name: string;
  readonly cases: readonly ConformanceCase[];
}
