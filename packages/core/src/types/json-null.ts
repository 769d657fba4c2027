/**
 * The JSON literal `null`, as a value distinct from SQL NULL.
 *
 * A json column can hold SQL NULL (no value) or a JSON document that is the
 * literal `null`. JavaScript has one `null` for both, so `null` means SQL
 * NULL everywhere in alkahest, and {@link jsonNull} is the JSON one.
 */

/**
 * The type of {@link jsonNull}. It serializes (`JSON.stringify`) as `null`,
 * which is how every dialect's json codec writes it.
 *
 * @example
 * ```ts
 * JSON.stringify(jsonNull); // 'null'
 * jsonNull instanceof JsonNull; // true
 * ```
 */
export class JsonNull {
  declare private readonly __jsonNull: true;
  /** Serializes as the JSON literal `null`. */
  toJSON(): null {
    return null;
  }
  toString(): string {
    return 'jsonNull';
  }
}

/**
 * The JSON literal `null`, for json columns: `{ doc: jsonNull }` stores the
 * JSON document `null`, while `{ doc: null }` stores SQL NULL. Any other
 * column refuses it. Read back, a JSON `null` is JavaScript `null`, like SQL
 * NULL: tell them apart in SQL with `json.isJsonNull(col)` and `col.isNull()`.
 *
 * @example
 * ```ts
 * insert(docs).values([{ id: 1, body: jsonNull }, { id: 2, body: null }]);
 * select(docs.c.id).from(docs).where(json.isJsonNull(docs.c.body)); // id 1 only
 * select(docs.c.id).from(docs).where(docs.c.body.isNull());        // id 2 only
 * ```
 */
export const jsonNull: JsonNull = Object.freeze(new JsonNull()) as JsonNull;
