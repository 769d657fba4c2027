/**
 * The chaos run (`npm run test:chaos`, about a minute): on PostgreSQL and on
 * MariaDB, callers with random timeouts and aborts while sessions are killed
 * and the network misbehaves; then the invariants, printed with the figures:
 * every acknowledged write is present, every write reported failed (not
 * "outcome unknown") is absent, no statement was cancelled that did not ask
 * to be, no connection leaked, no transaction was left open, nothing went
 * unhandled. CHAOS_SECONDS (default 25 per database) and CHAOS_SEED vary it.
 */
import { databases, describeLive } from '../support/databases';
import { ChaosReport, runChaos } from './chaos-run';

const SECONDS = Number(process.env.CHAOS_SECONDS ?? 25);

/** The report as a few lines of figures. */
function describeReport(r: ChaosReport): string {
  const lines = [`\n=== chaos on ${r.database}: ${r.seconds} s, seed ${r.seed} ===`];
  lines.push(`faults: ${Object.entries(r.faults).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  for (const [kind, outcomes] of Object.entries(r.operations)) {
    lines.push(`${kind.padEnd(12)} ${Object.entries(outcomes).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
  const w = r.writes;
  lines.push(`writes: acknowledged ${w.acknowledged.total} (present ${w.acknowledged.present}), failed ${w.failed.total} (present ${w.failed.present}), outcome unknown ${w.unknown.total} (present ${w.unknown.present})`);
  lines.push(
    `invariants: acknowledged writes missing ${w.acknowledged.total - w.acknowledged.present}; failed writes present ${w.failed.present}; innocent statements cancelled ${r.innocentsCancelled}; ` +
      `connections in use after ${r.inUseAfter}; transactions left open ${r.openTransactions}; sessions left after close ${r.sessionsAfterClose}; unhandled rejections ${r.unhandledRejections}; unexpected errors ${r.unexpectedErrors.length}`,
  );
  for (const e of [...new Set(r.unexpectedErrors)].slice(0, 10)) lines.push(`  unexpected: ${e}`);
  return lines.join('\n') + '\n';
}

for (const db of databases.filter((d) => d.name !== 'sqlite')) {
  describeLive(db, `chaos on ${db.name}`, () => {
    test(
      'the invariants hold under killed sessions, network faults, timeouts and aborts',
      async () => {
        const seed = Number(process.env.CHAOS_SEED ?? Date.now() % 2 ** 31);
        const report = await runChaos(db, SECONDS, seed);
        process.stdout.write(describeReport(report));
        // The run did something of each kind, or it proves nothing.
        expect(report.writes.acknowledged.total).toBeGreaterThan(0);
        expect(Object.values(report.faults).every((n) => n > 0)).toBe(true);
        expect(report.writes.acknowledged.present).toBe(report.writes.acknowledged.total);
        expect(report.writes.failed.present).toBe(0);
        expect(report.innocentsCancelled).toBe(0);
        expect(report.inUseAfter).toBe(0);
        expect(report.openTransactions).toBe(0);
        expect(report.sessionsAfterClose).toBe(0);
        expect(report.unhandledRejections).toBe(0);
        expect(report.unexpectedErrors).toEqual([]);
      },
      (SECONDS + 30) * 1_000,
    );
  });
}
