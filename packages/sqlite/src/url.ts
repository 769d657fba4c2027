import { AlkahestError } from '@alkahest/core/dialect';
import type { SqliteDriverOptions } from './driver';

/**
 * Reads `sqlite::memory:`, `sqlite:path/to/file.db`, `sqlite:///abs/path.db`
 * and `sqlite://relative.db` (query options: `readonly`, `busyTimeout`,
 * `enforceLengths`).
 *
 * @example
 * ```ts
 * parseSqliteUrl('sqlite::memory:');
 * parseSqliteUrl('sqlite:///var/lib/shop.db?readonly=true&busyTimeout=2000');
 * parseSqliteUrl('sqlite:dev.db?enforceLengths=true');
 * ```
 */
export function parseSqliteUrl(url: string): SqliteDriverOptions {
  const match = /^sqlite:(.*)$/i.exec(url);
  if (!match) throw new AlkahestError(`not a SQLite URL: ${url}`);
  let rest = match[1]!;
  let query = '';
  const q = rest.indexOf('?');
  if (q >= 0) {
    query = rest.slice(q + 1);
    rest = rest.slice(0, q);
  }
  if (rest.startsWith('//')) rest = rest.slice(2);
  const filename = rest === '' || rest === ':memory:' ? ':memory:' : decodeURIComponent(rest);
  const params = new URLSearchParams(query);
  const options: { -readonly [K in keyof SqliteDriverOptions]: SqliteDriverOptions[K] } = { filename };
  for (const [key, value] of params) {
    const flag = value === '' || value === 'true' || value === '1';
    if (key === 'readonly') options.readonly = flag;
    else if (key === 'enforceLengths') options.enforceLengths = flag;
    else if (key === 'busyTimeout') options.busyTimeout = Number(value);
    else throw new AlkahestError(`unknown SQLite URL option ${JSON.stringify(key)}`);
  }
  return options;
}
