/**
 * The execution suites' rounds (select by primary key): each round opens every
 * variant in turn, checks it returns the right row, warms it up, takes one
 * timed sample and closes it. See `rounds.ts`.
 */
import { checkRow, ExecVariant, OpenVariant } from './exec-variant';
import { runRounds, VariantOutcome } from './rounds';

export type { VariantOutcome } from './rounds';

export async function runInterleaved(
  label: string,
  variants: readonly ExecVariant[],
  runs: number,
  sample: (opened: OpenVariant) => Promise<number>,
  format: (value: number) => string,
): Promise<Map<string, VariantOutcome>> {
  return runRounds(label, variants, {
    runs,
    format,
    sample: async (opened) => {
      checkRow(await opened.byId(7), 7);
      return sample(opened);
    },
  });
}
