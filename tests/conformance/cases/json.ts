/**
 * JSON: extracting a path as JSON and as text, containment, and the JSON
 * literal null kept apart from SQL NULL (on insert, in tests, on read).
 * Rows are in json-dates-fixtures.ts.
 */
import { insert, json, jsonNull, or, select, UnsupportedFeatureError } from '@alkahest/core';
import { Area, defineCase } from '../harness/case';
import { eventsFixture, seedEvents } from './json-dates-fixtures';
import { ids } from './fixtures';

const base = { fixture: eventsFixture, seed: seedEvents } as const;
const ADA = { name: 'Ada', address: { city: 'London', lines: ['1 Main St', 'Flat 2'] }, tags: ['math', 'poetry'], active: true, score: 1.5 };
const ALAN = { name: 'Alan', address: { city: 'Wilmslow', lines: [] }, tags: ['logic'], active: false, score: 2, parent: null };

/** SQLite's json.text(): booleans as 'true'/'false' like elsewhere, everything else as ->> gives it, as text. */
const sqliteText = (label: string) =>
  `CASE json_type("events"."doc", ?) WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' ELSE CAST("events"."doc" ->> ? AS TEXT) END AS "${label}"`;
/** MySQL's json.text(): JSON_UNQUOTE, with a JSON null as SQL NULL (JSON_UNQUOTE alone gives 'null'). */
const mysqlText = (label: string) =>
  `CASE JSON_TYPE(JSON_EXTRACT(\`events\`.\`doc\`, ?)) WHEN 'NULL' THEN NULL ELSE JSON_UNQUOTE(JSON_EXTRACT(\`events\`.\`doc\`, ?)) END AS \`${label}\``;

export const jsonArea: Area = {
  name: 'json',
  cases: [
    defineCase({
      ...base,
      name: 'json.get extracts nested values as JSON',
      covers: 'JSON path extraction as JSON: object keys and an array index; a missing index is NULL',
      feature: 'JSON path extraction',
      build: ({ events }) =>
        select(events.c.id, {
          city: json.get(events.c.doc, ['address', 'city']),
          line: json.get(events.c.doc, ['address', 'lines', 0]),
          tags: json.get(events.c.doc, ['tags']),
        })
          .from(events)
          .where(events.c.id.in([1, 2]))
          .orderBy(events.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 1, city: 'London', line: '1 Main St', tags: ['math', 'poetry'] },
          { id: 2, city: 'Wilmslow', line: null, tags: ['logic'] },
        ],
      },
      expectOn: {
        oracle: {
          why: 'before Oracle 21c (COMPATIBLE < 20) JSON_QUERY cannot return a scalar and gives NULL; json.text() reads scalars',
          ordered: true,
          rows: [
            { id: 1, city: null, line: null, tags: ['math', 'poetry'] },
            { id: 2, city: null, line: null, tags: ['logic'] },
          ],
        },
      },
      sql: {
        sqlite:
          'SELECT "events"."id", "events"."doc" -> ? AS "city", "events"."doc" -> ? AS "line", "events"."doc" -> ? AS "tags" FROM "events" WHERE "events"."id" IN (?, ?) ORDER BY "events"."id"',
        postgres:
          'SELECT "events"."id", "events"."doc" #> $1 AS "city", "events"."doc" #> $2 AS "line", "events"."doc" #> $3 AS "tags" FROM "events" WHERE "events"."id" IN ($4, $5) ORDER BY "events"."id"',
        mysql:
          'SELECT `events`.`id`, JSON_EXTRACT(`events`.`doc`, ?) AS `city`, JSON_EXTRACT(`events`.`doc`, ?) AS `line`, JSON_EXTRACT(`events`.`doc`, ?) AS `tags` FROM `events` WHERE `events`.`id` IN (?, ?) ORDER BY `events`.`id`',
        oracle:
          'SELECT EVENTS.ID, JSON_QUERY(EVENTS.DOC, \'$."address"."city"\') AS CITY, JSON_QUERY(EVENTS.DOC, \'$."address"."lines"[0]\') AS LINE, JSON_QUERY(EVENTS.DOC, \'$."tags"\') AS TAGS FROM EVENTS WHERE EVENTS.ID IN (:1, :2) ORDER BY EVENTS.ID',
      },
    }),
    defineCase({
      ...base,
      name: 'json.text reads scalars as text',
      covers: 'JSON path extraction as text: strings unquoted, numbers and booleans as written, JSON null and missing keys as NULL',
      feature: 'JSON path extraction',
      emulatedOn: {
        sqlite: "->> with numbers cast to text and booleans written 'true'/'false' (->> gives 1/0)",
        mysql: 'JSON_UNQUOTE(JSON_EXTRACT()), with a JSON null made SQL NULL',
      },
      build: ({ events }) =>
        select(events.c.id, {
          name: json.text(events.c.doc, ['name']),
          score: json.text(events.c.doc, ['score']),
          active: json.text(events.c.doc, ['active']),
          parent: json.text(events.c.doc, ['parent']),
        })
          .from(events)
          .orderBy(events.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 1, name: 'Ada', score: '1.5', active: 'true', parent: null },
          { id: 2, name: 'Alan', score: '2', active: 'false', parent: null },
          { id: 3, name: null, score: null, active: null, parent: null },
          { id: 4, name: null, score: null, active: null, parent: null },
        ],
      },
      sql: {
        sqlite: `SELECT "events"."id", ${sqliteText('name')}, ${sqliteText('score')}, ${sqliteText('active')}, ${sqliteText('parent')} FROM "events" ORDER BY "events"."id"`,
        postgres:
          'SELECT "events"."id", "events"."doc" #>> $1 AS "name", "events"."doc" #>> $2 AS "score", "events"."doc" #>> $3 AS "active", "events"."doc" #>> $4 AS "parent" FROM "events" ORDER BY "events"."id"',
        mysql: `SELECT \`events\`.\`id\`, ${mysqlText('name')}, ${mysqlText('score')}, ${mysqlText('active')}, ${mysqlText('parent')} FROM \`events\` ORDER BY \`events\`.\`id\``,
        oracle:
          'SELECT EVENTS.ID, JSON_VALUE(EVENTS.DOC, \'$."name"\') AS NAME, JSON_VALUE(EVENTS.DOC, \'$."score"\') AS SCORE, JSON_VALUE(EVENTS.DOC, \'$."active"\') AS ACTIVE, JSON_VALUE(EVENTS.DOC, \'$."parent"\') AS PARENT FROM EVENTS ORDER BY EVENTS.ID',
      },
    }),
    defineCase({
      ...base,
      name: 'json.text compared in WHERE',
      covers: 'JSON path extraction in a predicate, compared with a bound value',
      feature: 'JSON path extraction',
      emulatedOn: {
        sqlite: "->> with numbers cast to text and booleans written 'true'/'false' (->> gives 1/0)",
        mysql: 'JSON_UNQUOTE(JSON_EXTRACT()), with a JSON null made SQL NULL',
      },
      build: ({ events }) => select(events.c.id).from(events).where(json.text(events.c.doc, ['address', 'city']).eq('London')),
      expect: { ordered: true, rows: ids(1) },
      sql: {
        sqlite:
          'SELECT "events"."id" FROM "events" WHERE (CASE json_type("events"."doc", ?) WHEN \'true\' THEN \'true\' WHEN \'false\' THEN \'false\' ELSE CAST("events"."doc" ->> ? AS TEXT) END) = ?',
        postgres: 'SELECT "events"."id" FROM "events" WHERE ("events"."doc" #>> $1) = $2',
        mysql:
          "SELECT `events`.`id` FROM `events` WHERE (CASE JSON_TYPE(JSON_EXTRACT(`events`.`doc`, ?)) WHEN 'NULL' THEN NULL ELSE JSON_UNQUOTE(JSON_EXTRACT(`events`.`doc`, ?)) END) = ?",
        oracle: 'SELECT EVENTS.ID FROM EVENTS WHERE (JSON_VALUE(EVENTS.DOC, \'$."address"."city"\')) = :1',
      },
    }),
    defineCase({
      ...base,
      name: 'json.contains finds documents holding a fragment',
      covers: 'JSON containment: an array element, and a nested object with a boolean',
      feature: 'JSON containment',
      build: ({ events }) =>
        select(events.c.id)
          .from(events)
          .where(or(json.contains(events.c.doc, { tags: ['poetry'] }), json.contains(events.c.doc, { address: { city: 'Wilmslow' }, active: false })))
          .orderBy(events.c.id),
      expect: { ordered: true, rows: ids(1, 2) },
      expectOn: {
        sqlite: { why: 'SQLite has no JSON containment test', error: UnsupportedFeatureError, at: 'build' },
        oracle: { why: 'Oracle has no JSON containment test', error: UnsupportedFeatureError, at: 'build' },
      },
      sql: {
        sqlite: { error: UnsupportedFeatureError },
        postgres: 'SELECT "events"."id" FROM "events" WHERE "events"."doc" @> $1 OR "events"."doc" @> $2 ORDER BY "events"."id"',
        mysql: 'SELECT `events`.`id` FROM `events` WHERE JSON_CONTAINS(`events`.`doc`, ?) OR JSON_CONTAINS(`events`.`doc`, ?) ORDER BY `events`.`id`',
        oracle: { error: UnsupportedFeatureError },
      },
    }),
    defineCase({
      ...base,
      name: 'JSON null and SQL NULL read back and test apart',
      covers: 'json.isJsonNull() true only for the JSON literal null, isNull() only for SQL NULL; both read back as null',
      feature: 'JSON null vs SQL NULL',
      build: ({ events }) =>
        select(events.c.id, events.c.doc, { jsonNull: json.isJsonNull(events.c.doc), sqlNull: events.c.doc.isNull() }).from(events).orderBy(events.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 1, doc: ADA, jsonNull: false, sqlNull: false },
          { id: 2, doc: ALAN, jsonNull: false, sqlNull: false },
          { id: 3, doc: null, jsonNull: true, sqlNull: false },
          { id: 4, doc: null, jsonNull: false, sqlNull: true },
        ],
      },
      sql: {
        sqlite:
          'SELECT "events"."id", "events"."doc", COALESCE(json_type("events"."doc") = \'null\', 0) AS "jsonNull", "events"."doc" IS NULL AS "sqlNull" FROM "events" ORDER BY "events"."id"',
        postgres:
          'SELECT "events"."id", "events"."doc", COALESCE(jsonb_typeof("events"."doc") = \'null\', FALSE) AS "jsonNull", "events"."doc" IS NULL AS "sqlNull" FROM "events" ORDER BY "events"."id"',
        mysql:
          "SELECT `events`.`id`, `events`.`doc`, COALESCE(JSON_TYPE(`events`.`doc`) = 'NULL', FALSE) AS `jsonNull`, `events`.`doc` IS NULL AS `sqlNull` FROM `events` ORDER BY `events`.`id`",
        oracle:
          'SELECT EVENTS.ID, EVENTS.DOC, CASE WHEN JSON_VALUE(EVENTS.DOC, \'$.type()\') = \'null\' THEN 1 ELSE 0 END AS "jsonNull", CASE WHEN EVENTS.DOC IS NULL THEN 1 ELSE 0 END AS "sqlNull" FROM EVENTS ORDER BY EVENTS.ID',
      },
    }),
    defineCase({
      ...base,
      name: 'a JSON null inside a document is found by path',
      covers: 'json.isJsonNull(json.get(doc, path)): a key holding null, not a missing key nor a null document',
      feature: 'JSON null vs SQL NULL',
      build: ({ events }) =>
        select(events.c.id)
          .from(events)
          .where(json.isJsonNull(json.get(events.c.doc, ['parent'])))
          .orderBy(events.c.id),
      expect: { ordered: true, rows: ids(2) },
      sql: {
        sqlite: 'SELECT "events"."id" FROM "events" WHERE COALESCE(json_type("events"."doc" -> ?) = \'null\', 0) ORDER BY "events"."id"',
        postgres: 'SELECT "events"."id" FROM "events" WHERE COALESCE(jsonb_typeof("events"."doc" #> $1) = \'null\', FALSE) ORDER BY "events"."id"',
        mysql: "SELECT `events`.`id` FROM `events` WHERE COALESCE(JSON_TYPE(JSON_EXTRACT(`events`.`doc`, ?)) = 'NULL', FALSE) ORDER BY `events`.`id`",
        // The path and the item method in one literal: JSON_QUERY cannot return a scalar null before 21c.
        oracle: 'SELECT EVENTS.ID FROM EVENTS WHERE JSON_VALUE(EVENTS.DOC, \'$."parent".type()\') = \'null\' ORDER BY EVENTS.ID',
      },
    }),
    defineCase({
      fixture: eventsFixture,
      name: 'jsonNull inserts the JSON literal, null inserts SQL NULL',
      covers: 'INSERT of jsonNull and of null into a json column; both bound',
      feature: 'JSON null vs SQL NULL',
      build: ({ events }) =>
        insert(events).values([
          { id: 10, doc: jsonNull },
          { id: 11, doc: null },
        ]),
      check: ({ events }) =>
        select(events.c.id, { jsonNull: json.isJsonNull(events.c.doc), sqlNull: events.c.doc.isNull() }).from(events).orderBy(events.c.id),
      expect: {
        ordered: true,
        rows: [
          { id: 10, jsonNull: true, sqlNull: false },
          { id: 11, jsonNull: false, sqlNull: true },
        ],
      },
      sql: {
        sqlite: 'INSERT INTO "events" ("id", "doc") VALUES (?, ?), (?, ?)',
        postgres: 'INSERT INTO "events" ("id", "doc") VALUES ($1, $2), ($3, $4)',
        mysql: 'INSERT INTO `events` (`id`, `doc`) VALUES (?, ?), (?, ?)',
        // NULL is written, not bound, in Oracle's UNION ALL rows (one type per column); jsonNull is the bound text 'null'.
        oracle: 'INSERT INTO EVENTS (ID, DOC) SELECT :1, :2 FROM DUAL UNION ALL SELECT :3, NULL FROM DUAL',
      },
    }),
  ],
};
