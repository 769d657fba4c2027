import type { Dialect } from '../dialect';
import type { Node } from '../expr/expression';
import { makeRowDecoder } from '../result';
import type { CompiledQuery, ResultColumn } from './compiled';
import type { SqlCompiler, Statement } from './sql-compiler';

/**
 * A {@link Dialect} made of a compiler. Statements are immutable, so the
 * compiled form of a statement object is kept (weakly) and reused when the
 * same object is executed again.
 */
export class CompilingDialect implements Dialect {
  private readonly compiled = new WeakMap<object, CompiledQuery>();
  private readonly decoders = new WeakMap<readonly ResultColumn[], (row: readonly unknown[]) => Record<string, unknown>>();

  constructor(readonly compiler: SqlCompiler) {}

  get name(): string {
    return this.compiler.dialect;
  }

  compile(statement: Statement | Node): CompiledQuery {
    let result = this.compiled.get(statement);
    if (result === undefined) {
      result = this.compiler.compile(statement);
      this.compiled.set(statement, result);
    }
    return result;
  }

  rowDecoder(columns: readonly ResultColumn[]): (row: readonly unknown[]) => Record<string, unknown> {
    let decoder = this.decoders.get(columns);
    if (decoder === undefined) {
      decoder = makeRowDecoder(columns, this.compiler.codecs);
      this.decoders.set(columns, decoder);
    }
    return decoder;
  }
}
