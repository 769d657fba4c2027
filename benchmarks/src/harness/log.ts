/** Progress lines, on stderr so that stdout holds the report alone. */
const started = performance.now();

export function progress(message: string): void {
  const seconds = ((performance.now() - started) / 1000).toFixed(1).padStart(6);
  process.stderr.write(`[bench ${seconds}s] ${message}\n`);
}

/** A variant the library cannot run yet: reported with its message alone, never as a crash. */
export class Unavailable extends Error {}

/** An error's message on one line, for notes in the report. */
export function oneLine(error: unknown): string {
  const text = error instanceof Unavailable ? error.message : error instanceof Error ? `${error.constructor.name}: ${error.message}` : String(error);
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

/** The note of a variant that produced no number. */
export function failureNote(error: unknown): string {
  return error instanceof Unavailable ? oneLine(error) : `failed: ${oneLine(error)}`;
}
