/**
 * The closed union of node kinds and the compiler's dispatch table typed over
 * it: a kind without a visit function, or a node class with a kind outside
 * the union, does not type-check (each `@ts-expect-error` below is a test
 * that `npm run typecheck` runs). At run time, kinds that were once rendered
 * inline are visit methods a dialect can override.
 */
import { builtinTypes, expressionVisitors, Expression, integer, select, sql, table } from '@alkahest/core/dialect';
import type { Binary, CompileContext, ExpressionKind, ExpressionVisitors, LabelRef, SqlType, Traversal } from '@alkahest/core/dialect';
import { SqliteCompiler } from '@alkahest/sqlite';

// @ts-expect-error a table missing the 'logical' kind is not a dispatch table
const missing: ExpressionVisitors = { ...expressionVisitors, logical: undefined };
void missing;

export class NotAKind extends Expression<number> {
  // @ts-expect-error a node kind outside the closed union does not compile
  readonly kind = 'not-a-kind';
  readonly type: SqlType = builtinTypes.integer;
}

// @ts-expect-error a declaration of a node's fields that leaves one out does not compile
const partial: Traversal<Binary> = { op: 'value', left: 'child', type: 'value' };
void partial;

// @ts-expect-error 'plus' is an operator, not a node kind
const notAKind: ExpressionKind = 'plus';
void notAKind;

const people = table('people', { id: integer().primaryKey(), age: integer() });

describe('dispatch table', () => {
  test('every kind of the union has a visit function', () => {
    const kinds = Object.keys(expressionVisitors).sort();
    // Written out by hand: a kind added without a table entry fails typecheck; this keeps the list honest at run time.
    expect(kinds).toEqual(
      [
        'aggregate-filter', 'between', 'binary', 'bind', 'case', 'cast', 'column', 'concat', 'current-date', 'custom-call', 'date-add', 'date-extract',
        'date-trunc', 'excluded', 'exists', 'function', 'grouping', 'identifier', 'in', 'is-null', 'json-contains', 'json-extract',
        'json-is-null', 'label-ref', 'like', 'logical', 'not', 'over', 'param', 'quantified', 'raw', 'row-comparison',
        'row-number-over', 'row-value', 'scalar-subquery', 'string-agg', 'typed', 'unsafe-text',
        'bit-not', 'bitwise', 'distinct-from', 'regex-match', 'regex-replace', 'literal',
      ].sort(),
    );
  });

  test('a kind once rendered inline (label reference, identifier) is a method a dialect overrides', () => {
    class Shouting extends SqliteCompiler {
      override visitLabelRef(node: LabelRef, ctx: CompileContext): string {
        return super.visitLabelRef(node, ctx).toUpperCase();
      }
    }
    const q = select(people.c.age.as('years')).from(people).orderBy(people.c.age.as('years').desc());
    expect(new Shouting().compile(q).sql).toBe('SELECT "people"."age" AS "years" FROM "people" ORDER BY "YEARS" DESC');
    expect(new SqliteCompiler().compile(sql`SELECT ${sql.id('a', 'b')}`).sql).toBe('SELECT "a"."b"');
  });

  test('a node built outside the typed API is refused with a CompileError naming its kind', () => {
    const forged = { kind: 'forged', type: builtinTypes.integer } as unknown as Expression;
    expect(() => new SqliteCompiler().compile(select(people.c.id).from(people).where(forged as Expression<boolean>))).toThrow(/expression kind "forged"/);
  });
});
