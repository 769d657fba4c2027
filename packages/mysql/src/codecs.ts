/**
 * How values cross mysql2. Connections are opened with `dateStrings`,
 * `supportBigNumbers` and `bigNumberStrings`, so dates, BIGINT and DECIMAL
 * arrive as text that these codecs convert exactly.
 */
import { baseCodecs, CodecTable, InvalidValueError, microsText, parseUtcTimestamp, readJsonText, SqlType, timestampWriter, withMicros, writeSignedZero } from '@alkahest/core/dialect';

/** A microsecond timestamp as DATETIME text (no offset: the session runs in UTC), from the year 1000. */
function writeMicros(type: SqlType, value: unknown): string {
  const text = microsText(type, value);
  if (text < '1000') throw new InvalidValueError(`${text}: MySQL/MariaDB DATETIME holds the years 1000 to 9999`);
  return text;
}

/** MySQL/MariaDB codecs: timestamps are UTC DATETIME(3) text; JSON is sent as text. */
export const mysqlCodecs: CodecTable = {
  ...baseCodecs,
  // mysql2 sends a bigint as an exact integer; a numeric string would be compared as a double.
  bigint: { toDriver: (v) => (typeof v === 'string' ? BigInt(v) : v), fromDriver: baseCodecs.bigint!.fromDriver! },
  real: { toDriver: writeSignedZero, fromDriver: baseCodecs.real!.fromDriver! },
  double: { toDriver: writeSignedZero, fromDriver: baseCodecs.double!.fromDriver! },
  // DATETIME holds the years 1000 to 9999 (Reference Manual, "The DATE, DATETIME, and TIMESTAMP Types").
  timestamp: withMicros({ toDriver: timestampWriter(1000, 9999, 'MySQL/MariaDB DATETIME'), fromDriver: parseUtcTimestamp }, writeMicros),
  json: { toDriver: (v) => JSON.stringify(v), fromDriver: readJsonText },
};
