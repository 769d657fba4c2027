/**
 * Suite 5: the Star Schema Benchmark's 13 queries (src/ssb/), built with
 * alkahest and executed by `engine.execute`, against the same queries as
 * hand-written SQL through the raw driver, on SQLite, PostgreSQL and MariaDB.
 * Each database is loaded once; every round then runs all 26 variants (13
 * queries × 2 ways) in turn, so the ratio of a query is the median of its
 * per-round ratios, alkahest's time over raw's in the same round.
 */
import { mysqlUrl, pgUrl, prefix, ssbRounds, ssbRows, ssbSampleMs } from '../config';
import { consume } from '../harness/measure';
import { oneLine, progress } from '../harness/log';
import { outcomeRows, RoundVariant, runRounds, VariantOutcome } from '../harness/rounds';
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

/** Milliseconds per execution: one untimed run (so neither way meets a colder cache), then runs for at least `ssbSampleMs`. */
async function sampleMs(run: () => Promise<unknown>): Promise<number> {
  consume(await run());
  const start = performance.now();
  let count = 0;
  let elapsed = 0;
  do {
    consume(await run());
    count++;
    elapsed = performance.now() - start;
  } while (elapsed < ssbSampleMs);
  return elapsed / count;
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

type Way = 'raw' | 'alkahest';
interface Opened {
  readonly run: () => Promise<unknown>;
  readonly close: () => Promise<void>;
}

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
    const variants: RoundVariant<Opened>[] = [];
    for (const id of ssbQueryIds) {
      for (const way of ['raw', 'alkahest'] as const satisfies readonly Way[]) {
        variants.push({
          name: `${id} ${way}`,
          open: async () => {
            if (way === 'alkahest' && wrong.has(id)) throw new Error(wrong.get(id));
            return { run: () => t[way](id), close: async () => undefined };
          },
        });
      }
    }
    const outcomes = await runRounds(`ssb ${d.label}`, variants, {
      runs: ssbRounds,
      open: 'once',
      sample: (opened) => sampleMs(opened.run),
      format: (ms) => `${ms.toFixed(1)} ms`,
    });
    return ssbQueryIds.flatMap((id) => {
      const named = new Map<string, VariantOutcome>([
        [d.raw, outcomes.get(`${id} raw`)!],
        ['alkahest', outcomes.get(`${id} alkahest`)!],
      ]);
      const rows = outcomeRows(SUITE, caseOf(id), 'ms/op', [{ name: d.raw }, { name: 'alkahest' }], named, (v) => (v === 'alkahest' ? target : undefined));
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
      `The ratio is the median of ${ssbRounds} per-round ratios (alkahest over raw in the same round; lower is better), with their min – max. ` +
      `Before timing, every query's rows are checked equal both ways.`,
    rows,
  };
}
