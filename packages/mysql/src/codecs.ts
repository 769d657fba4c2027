/**
 * How values cross mysql2. Connections are opened with `dateStrings`,
 * `supportBigNumbers` and `bigNumberStrings`, so dates, BIGINT and DECIMAL
 * arrive as text that these codecs convert exactly.
 */
import { baseCodecs, CodecTable, parseUtcTimestamp, readJsonText, timestampWriter, writeSignedZero } from '@alkahest/core/dialect';

/** MySQL/MariaDB codecs: timestamps are UTC DATETIME(3) text; JSON is sent as text. */
export const mysqlCodecs: CodecTable = {
  ...baseCodecs,
  // mysql2 sends a bigint as an exact integer; a numeric string would be compared as a double.
  bigint: { toDriver: (v) => (typeof v === 'string' ? BigInt(v) : v), fromDriver: baseCodecs.bigint!.fromDriver! },
  real: { toDriver: writeSignedZero, fromDriver: baseCodecs.real!.fromDriver! },
  double: { toDriver: writeSignedZero, fromDriver: baseCodecs.double!.fromDriver! },
  // DATETIME holds the years 1000 to 9999 (Reference Manual, "The DATE, DATETIME, and TIMESTAMP Types").
  timestamp: { toDriver: timestampWriter(1000, 9999, 'MySQL/MariaDB DATETIME'), fromDriver: parseUtcTimestamp },
  json: { toDriver: (v) => JSON.stringify(v), fromDriver: readJsonText },
};
