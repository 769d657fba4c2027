/**
 * A bounded (least recently used) map from statement shapes to compiled SQL.
 */
import type { StatementTemplate } from './template';

/** How a statement cache is doing. */
export interface StatementCacheStats {
  /** Statements whose SQL came from the cache. */
  readonly hits: number;
  /** Statements compiled because their shape was not cached. */
  readonly misses: number;
  /** Shapes held now. */
  readonly size: number;
  /** Most shapes held; the least recently used is dropped past it. */
  readonly capacity: number;
}

/** The default number of statement shapes a dialect keeps compiled. */
export const DEFAULT_STATEMENT_CACHE_SIZE = 500;

export class StatementCache {
  private readonly entries = new Map<string, StatementTemplate>();
  private hits = 0;
  private misses = 0;

  constructor(readonly capacity: number = DEFAULT_STATEMENT_CACHE_SIZE) {}

  /** The template of a shape, or compiles and keeps it. */
  get(key: string, compile: () => StatementTemplate): StatementTemplate {
    const found = this.entries.get(key);
    if (found !== undefined) {
      this.hits++;
      // Most recently used last: re-insert.
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    this.misses++;
    const made = compile();
    if (this.capacity > 0) {
      this.entries.set(key, made);
      if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    }
    return made;
  }

  stats(): StatementCacheStats {
    return { hits: this.hits, misses: this.misses, size: this.entries.size, capacity: this.capacity };
  }
}
