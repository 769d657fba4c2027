/**
 * Suite 1, compile-only: building a statement and compiling it to
 * driver-ready SQL for PostgreSQL, with no database. Every iteration builds a
 * fresh statement from new values, so nothing is served from a cache.
 */
import { postgresDialect, PostgresCompiler } from '@alkahest/postgres';
import { compileTiming, quick } from '../config';
import { userRows } from '../fixtures/data';
import { failureNote, progress } from '../harness/log';
import { measureSyncOpsInterleaved } from '../harness/measure';
import { applyTarget, failedRow, ratioTarget, ResultRow, setRatios, SuiteResult } from '../harness/results';
import { alkahestCompileCases } from '../peers/alkahest';
import { CompileCases, compileCaseNames, CompileInput } from '../peers/compile-cases';
import { drizzleCompileCases } from '../peers/drizzle';
import { knexCompileCases } from '../peers/knex';
import { kyselyCompileCases } from '../peers/kysely';

const SUITE = 'compile';
const peers = ['knex', 'kysely', 'drizzle'] as const;

/** 1024 inputs, read round-robin: ids, filters and rows differ from one iteration to the next. */
function makeInputs(): CompileInput[] {
  return Array.from({ length: 1024 }, (_, i) => ({
    id: i + 1,
    age: 18 + (i % 50),
    pattern: `%term${i % 97}%`,
    limit: 10 + (i % 20),
    offset: (i % 10) * 20,
    rows: userRows(10, i * 10),
    minPosts: 1 + (i % 5),
    minViews: i % 100,
  }));
}

export async function runCompileSuite(): Promise<SuiteResult> {
  const compiler = new PostgresCompiler();
  const cachedDialect = postgresDialect();
  const libraries: readonly (readonly [string, CompileCases])[] = [
    ['alkahest', alkahestCompileCases((statement) => compiler.compile(statement))],
    // For information: the engine's path, whose statement cache reuses the SQL of a statement shape.
    ['alkahest (shape cache)', alkahestCompileCases((statement) => cachedDialect.compile(statement))],
    ['knex', knexCompileCases()],
    ['kysely', kyselyCompileCases()],
    ['drizzle', drizzleCompileCases()],
  ];
  const inputs = makeInputs();
  const rows: ResultRow[] = [];
  const target = ratioTarget(2.5, 'fastest peer', 'ops/s');
  for (const key of Object.keys(compileCaseNames) as (keyof CompileCases)[]) {
    const caseName = compileCaseNames[key];
    const group: ResultRow[] = [];
    const runnable: { readonly library: string; readonly op: () => unknown }[] = [];
    for (const [library, cases] of libraries) {
      const build = cases[key];
      if (typeof build !== 'function') {
        group.push(failedRow(SUITE, caseName, library, 'ops/s', build.unsupported, library === 'alkahest' ? target : undefined));
        continue;
      }
      let i = 0;
      const op = (): unknown => build(inputs[i++ & 1023]!);
      try {
        op(); // fails fast, before timing, when the library rejects the statement
        if (process.env.BENCH_SHOW_SQL === '1') progress(`  ${library}: ${(op() as { sql?: string }).sql ?? ''}`);
        runnable.push({ library, op });
      } catch (error) {
        group.push(failedRow(SUITE, caseName, library, 'ops/s', failureNote(error), library === 'alkahest' ? target : undefined));
      }
    }
    const summaries = measureSyncOpsInterleaved(
      runnable.map((r) => r.op),
      compileTiming,
    );
    runnable.forEach(({ library }, n) => group.push({ suite: SUITE, caseName, variant: library, unit: 'ops/s', summary: summaries[n]! }));
    const order = libraries.map(([library]) => library);
    group.sort((a, b) => order.indexOf(a.variant) - order.indexOf(b.variant));
    setRatios(group, { fastestOf: peers });
    for (const row of group) if (row.variant === 'alkahest') applyTarget(row, target);
    const alk = group.find((r) => r.variant === 'alkahest');
    progress(`compile: ${caseName}: alkahest ${alk?.ratio === undefined ? alk?.note ?? 'n/a' : `${alk.ratio.toFixed(2)}× fastest peer`}`);
    rows.push(...group);
  }
  return {
    id: SUITE,
    title: '1. Compile only (build + compile, PostgreSQL SQL, no database)',
    description:
      'Operations per second of building a fresh statement and compiling it to driver-ready SQL and parameters: alkahest ' +
      '`new PostgresCompiler().compile(stmt)` (uncached; the target applies to this row), "alkahest (shape cache)" ' +
      '`postgresDialect().compile(stmt)` (what the engine does: SQL reused per statement shape, for information), knex `.toSQL().toNative()`, kysely `.compile()` (DummyDriver + PostgresAdapter), ' +
      'drizzle `.toSQL()` (pg-core, `drizzle.mock()`). All variants of a statement are measured in interleaved rounds; ratio: the median over rounds of ops/s over the fastest peer\'s in the same round (higher is better).' +
      (quick ? ' Quick mode: short runs.' : ''),
    rows,
  };
}
