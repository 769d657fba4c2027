/**
 * Suite 5: the Star Schema Benchmark's 13 queries (src/ssb/), built with
 * alkahest and executed by `engine.execute`, against the same queries as
 * hand-written SQL through the raw driver, on SQLite, PostgreSQL and MariaDB.
 * Each database is loaded once; every round then runs all its variants (13
 * queries × 2 ways, and on PostgreSQL a third: unnamed statements) in turn,
 * so the ratio of a query is the median of its per-round ratios, alkahest's
 * time over raw's in the same round.
 */
import { mysqlUrl, pgUrl, prefix, ssbMinPasses, ssbRounds, ssbRows, ssbSampleMs } from '../config';
import { consume } from '../harness/measure';
import { oneLine, progress } from '../harness/log';
import { outcomeRows, VariantOutcome } from '../harness/rounds';
import { summarize } from '../harness/stats';
import { applyTarget, failedRow, ratioTarget, ResultRow, setRatios, SuiteResult } from '../harness/results';
import { rowsDiffer } from '../ssb/compare';
import { generateSsb, SsbData, ssbSizes } from '../ssb/generate';
import { ssbQueryIds, SsbQueryId } from '../ssb/queries-sql';
import { SsbDialect, ssbTableNames } from '../ssb/schema';
import { openSsbTarget, SsbTarget } from '../ssb/targets';

const SUITE = 'ssb';
const target = ratioTarget(1.05, 'raw time', 'ms/op');
const dialects: readonly { readonly dialect: SsbDialect; readonly label: string; readonly raw: string }[] = [
  { dialect: 'sqlite', label: 'SQLite', raw: 'raw better-sqlite3' },
  { dialect: 'postgres', label: 'PostgreSQL', raw: 'raw pg' },
  { dialect: 'mysql', label: 'MariaDB', raw: 'raw mysql2 execute' },
];

/**
 * One round's sample of one query: its ways (raw, alkahest, …) run in turn,
 * the order rotating by one each pass and starting `rotation` places on (the
 * round's number, for queries slower than one pass), one untimed run of each first, then
 * passes for at least `ssbSampleMs` per way and at least `ssbMinPasses` passes. Gives milliseconds per execution
 * of each way. Alternating run by run puts a swing of the machine's load on
 * every way alike, which timing one way after the other does not.
 */
async function samplePaired(runs: readonly (() => Promise<unknown>)[], rotation: number): Promise<number[]> {
  for (const run of runs) consume(await run());
  const totals = runs.map(() => 0);
  const start = performance.now();
  let passes = 0;
  do {
    for (let k = 0; k < runs.length; k++) {
      const i = (k + passes + rotation) % runs.length;
      const t0 = performance.now();
      consume(await runs[i]!());
      totals[i]! += performance.now() - t0;
    }
    passes++;
  } while (passes < ssbMinPasses || performance.now() - start < ssbSampleMs * runs.length);
  return totals.map((t) => t / passes);
}

/** Checks alkahest's rows against raw's for every query; gives the failure note of each query that differs. */
async function verify(t: SsbTarget): Promise<Map<SsbQueryId, string>> {
  const failures = new Map<SsbQueryId, string>();
  for (const id of ssbQueryIds) {
    try {
      const raw = await t.raw(id);
      const built = await t.alkahest(id);
      const difference = raw.length === 0 ? 'the query selected no rows' : rowsDiffer(raw, built);
      if (difference !== undefined) failures.set(id, `rows differ from raw: ${difference}`);
    } catch (error) {
      failures.set(id, oneLine(error));
    }
  }
  return failures;
}

type Way = 'raw' | 'alkahest' | 'alkahestUnnamed';
/** The row name of PostgreSQL's extra variant (see SsbTarget.alkahestUnnamed). */
const UNNAMED = 'alkahest, prepared_statements=false';

async function runDialect(data: SsbData, d: (typeof dialects)[number]): Promise<ResultRow[]> {
  const caseOf = (id: SsbQueryId): string => `${id} · ${d.label}`;
  let t: SsbTarget;
  const loadStart = performance.now();
  try {
    t = await openSsbTarget(d.dialect, { postgres: pgUrl, mysql: mysqlUrl }, ssbTableNames(`${prefix}_ssb`), data);
  } catch (error) {
    progress(`ssb ${d.label}: ${oneLine(error)}`);
    return ssbQueryIds.flatMap((id) => [failedRow(SUITE, caseOf(id), d.raw, 'ms/op', oneLine(error)), failedRow(SUITE, caseOf(id), 'alkahest', 'ms/op', oneLine(error), target)]);
  }
  try {
    progress(`ssb ${d.label}: loaded in ${((performance.now() - loadStart) / 1000).toFixed(1)} s`);
    const wrong = await verify(t);
    const ways: readonly Way[] = t.alkahestUnnamed === undefined ? ['raw', 'alkahest'] : ['raw', 'alkahest', 'alkahestUnnamed'];
    const samples = new Map<string, number[]>();
    const failures = new Map<string, string>();
    for (const id of ssbQueryIds) {
      const reason = wrong.get(id);
      if (reason !== undefined) for (const way of ways) if (way !== 'raw') failures.set(`${id} ${way}`, reason);
    }
    for (let round = 1; round <= ssbRounds; round++) {
      const line: string[] = [];
      for (const id of ssbQueryIds) {
        const live = ways.filter((way) => !failures.has(`${id} ${way}`));
        try {
          const ms = await samplePaired(live.map((way) => () => t[way]!(id)), round);
          live.forEach((way, i) => (samples.get(`${id} ${way}`) ?? samples.set(`${id} ${way}`, []).get(`${id} ${way}`)!).push(ms[i]!));
          line.push(`${id} ${ms.map((m) => m.toFixed(1)).join('/')} ms`);
        } catch (error) {
          for (const way of live) failures.set(`${id} ${way}`, oneLine(error));
          progress(`ssb ${d.label}: ${id}: ${oneLine(error)}`);
        }
      }
      progress(`ssb ${d.label}: round ${round}/${ssbRounds} (${ways.join('/')}): ${line.join(', ')}`);
    }
    const outcome = (key: string): VariantOutcome => {
      const values = samples.get(key);
      return failures.has(key) || values === undefined || values.length < ssbRounds ? { failure: failures.get(key) ?? 'no result' } : { summary: summarize(values, true) };
    };
    const outcomes = new Map<string, VariantOutcome>();
    for (const id of ssbQueryIds) for (const way of ways) outcomes.set(`${id} ${way}`, outcome(`${id} ${way}`));
    return ssbQueryIds.flatMap((id) => {
      const named = new Map<string, VariantOutcome>([
        [d.raw, outcomes.get(`${id} raw`)!],
        ['alkahest', outcomes.get(`${id} alkahest`)!],
      ]);
      const unnamed = outcomes.get(`${id} alkahestUnnamed`);
      if (unnamed !== undefined) named.set(UNNAMED, unnamed);
      const rowNames = [{ name: d.raw }, { name: 'alkahest' }, ...(unnamed === undefined ? [] : [{ name: UNNAMED }])];
      const rows = outcomeRows(SUITE, caseOf(id), 'ms/op', rowNames, named, (v) => (v === 'alkahest' ? target : undefined));
      setRatios(rows, { variant: d.raw });
      for (const row of rows) if (row.variant === 'alkahest') applyTarget(row, target);
      return rows;
    });
  } finally {
    await t.close().catch((error: unknown) => progress(`ssb ${d.label}: closing: ${oneLine(error)}`));
  }
}

export async function runSsbSuite(): Promise<SuiteResult> {
  const start = performance.now();
  const data = generateSsb(ssbRows);
  const sizes = ssbSizes(ssbRows);
  progress(`ssb: generated ${ssbRows.toLocaleString('en-US')} lineorder rows in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  const rows: ResultRow[] = [];
  for (const d of dialects) rows.push(...(await runDialect(data, d)));
  return {
    id: SUITE,
    title: '5. Star Schema Benchmark',
    description:
      `The 13 SSB queries (Q1.1–Q4.3) on ${sizes.lineorders.toLocaleString('en-US')} lineorder rows ` +
      `(${sizes.customers.toLocaleString('en-US')} customers, ${sizes.suppliers} suppliers, ${sizes.parts.toLocaleString('en-US')} parts, 2,557 dates), ` +
      `milliseconds per execution: alkahest's statement built afresh and run by \`engine.execute\` against the same SQL written by hand through the raw driver ` +
      `(better-sqlite3 \`prepare().all()\`, pg \`client.query\`, mysql2 \`execute\`), one connection each. ` +
      `In each of ${ssbRounds} rounds every query is sampled once, its ways run alternately (the order rotating) for at least ${ssbSampleMs} ms each and at least ${ssbMinPasses} times; ` +
      `the ratio is the median of the per-round ratios (alkahest over raw in the same round; lower is better), with their min – max. ` +
      `Before timing, every query's rows are checked equal both ways. ` +
      `On PostgreSQL, alkahest runs a statement it has run before as a named prepared statement; after five runs the server may switch it to a generic plan, ` +
      `chosen without the bound values (for Q3.1 a parallel plan joining the date table first), so a statement whose first five runs all take 5 ms or more runs unnamed from the sixth; ` +
      `\`${UNNAMED}\` is the same engine with unnamed statements from the first run, a custom plan on every run as raw \`client.query\` gets.`,
    rows,
  };
}
