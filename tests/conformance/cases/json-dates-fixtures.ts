/**
 * A table with a json column, a date and two timestamps, for the JSON and
 * date cases. Every row is written by hand; the expected results in json.ts
 * and dates.ts are worked out from it.
 *
 * events
 *  id | doc                                                      | day        | at (UTC)                 | at_tz (UTC)
 *   1 | {name: Ada, address: {city: London, lines: [1 Main St,   | 2024-01-31 | 2024-01-31 10:20:30.456  | 2024-01-31 10:20:30.456
 *     |  Flat 2]}, tags: [math, poetry], active: true, score: 1.5}|            |   (a Wednesday)          |
 *   2 | {name: Alan, address: {city: Wilmslow, lines: []},       | 2024-02-29 | 2024-02-29 23:59:59.999  | 2024-02-29 23:59:59.999
 *     |  tags: [logic], active: false, score: 2, parent: null}   |            |   (a Thursday)           |
 *   3 | the JSON literal null (jsonNull)                         | 2023-12-31 | 1999-12-31 23:00:00.000  | 1999-12-31 23:00:00.000
 *     |                                                          | (a Sunday) |   (a Friday)             |
 *   4 | SQL NULL                                                 | NULL       | NULL                     | NULL
 */
import { date, insert, integer, json, jsonNull, table, timestamp } from '@alkahest/core';
import { defineFixture, Namer } from '../harness/case';

/** The documents of the events table. */
export interface EventDoc {
  readonly name: string;
  readonly address: { readonly city: string; readonly lines: readonly string[] };
  readonly tags: readonly string[];
  readonly active: boolean;
  readonly score: number;
  readonly parent?: null;
}

const eventsTable = (name: Namer) =>
  table(name('events'), {
    id: integer().primaryKey({ autoIncrement: false }),
    doc: json<EventDoc>(),
    day: date(),
    at: timestamp(),
    atTz: timestamp('at_tz', { withTimeZone: true }),
  });

/** The events table alone. */
export const eventsFixture = defineFixture((name) => ({ events: eventsTable(name) }));

type Events = ReturnType<typeof eventsTable>;

const ADA: EventDoc = { name: 'Ada', address: { city: 'London', lines: ['1 Main St', 'Flat 2'] }, tags: ['math', 'poetry'], active: true, score: 1.5 };
const ALAN: EventDoc = { name: 'Alan', address: { city: 'Wilmslow', lines: [] }, tags: ['logic'], active: false, score: 2, parent: null };

/** Seeds the four events (for cases on eventsFixture). */
export const seedEvents = (t: { events: Events }) => [
  insert(t.events).values([
    { id: 1, doc: ADA, day: '2024-01-31', at: new Date('2024-01-31T10:20:30.456Z'), atTz: new Date('2024-01-31T10:20:30.456Z') },
    { id: 2, doc: ALAN, day: '2024-02-29', at: new Date('2024-02-29T23:59:59.999Z'), atTz: new Date('2024-02-29T23:59:59.999Z') },
    { id: 3, doc: jsonNull, day: '2023-12-31', at: new Date('1999-12-31T23:00:00.000Z'), atTz: new Date('1999-12-31T23:00:00.000Z') },
    { id: 4, doc: null, day: null, at: null, atTz: null },
  ]),
];
