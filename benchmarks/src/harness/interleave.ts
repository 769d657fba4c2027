/**
 * Runs the variants of an execution suite in rounds: each round opens every
 * variant in turn, warms it up, takes one timed sample and closes it. Load or
 * drift on the machine (the database servers share its cores) then spreads
 * over every variant instead of favouring whichever ran at a quiet moment.
 */
import { checkRow, ExecVariant, OpenVariant } from './exec-variant';
import { failureNote, oneLine, progress } from './log';
import { summarize, Summary } from './stats';

export type VariantOutcome = { readonly summary: Summary } | { readonly failure: string };

export async function runInterleaved(
  label: string,
  variants: readonly ExecVariant[],
  runs: number,
  sample: (opened: OpenVariant) => Promise<number>,
  format: (value: number) => string,
): Promise<Map<string, VariantOutcome>> {
  const samples = new Map<string, number[]>(variants.map((v) => [v.name, []]));
  const failures = new Map<string, string>();
  for (let round = 1; round <= runs; round++) {
    const line: string[] = [];
    for (const variant of variants) {
      if (failures.has(variant.name)) continue;
      let opened: OpenVariant | undefined;
      try {
        opened = await variant.open();
        checkRow(await opened.byId(7), 7);
        const value = await sample(opened);
        samples.get(variant.name)!.push(value);
        line.push(`${variant.name} ${format(value)}`);
      } catch (error) {
        failures.set(variant.name, failureNote(error));
        progress(`${label}: ${variant.name}: ${oneLine(error)}`);
      } finally {
        await opened?.close().catch(() => undefined);
      }
    }
    progress(`${label}: round ${round}/${runs}: ${line.join(', ')}`);
  }
  const outcomes = new Map<string, VariantOutcome>();
  for (const variant of variants) {
    const failure = failures.get(variant.name);
    const values = samples.get(variant.name)!;
    outcomes.set(variant.name, failure !== undefined || values.length === 0 ? { failure: failure ?? 'no result' } : { summary: summarize(values) });
  }
  return outcomes;
}
