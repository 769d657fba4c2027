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

/**
 * A least-recently-used map of compiled shapes. A hit only stamps the entry
 * with a use counter (re-inserting it on every hit would cost more than the
 * lookup); a miss with the cache full drops the entry used longest ago.
 */
export class StatementCache {
  private readonly entries = new Map<string, { template: StatementTemplate; used: number }>();
  private clock = 0;
  private hits = 0;
  private misses = 0;

  constructor(readonly capacity: number = DEFAULT_STATEMENT_CACHE_SIZE) {}

  /** The template of a shape, or compiles and keeps it. */
  get(key: string, compile: () => StatementTemplate): StatementTemplate {
    const found = this.entries.get(key);
    if (found !== undefined) {
      this.hits++;
      found.used = ++this.clock;
      return found.template;
    }
    this.misses++;
    const template = compile();
    if (this.capacity > 0) {
      if (this.entries.size >= this.capacity) this.evict();
      this.entries.set(key, { template, used: ++this.clock });
    }
    return template;
  }

  private evict(): void {
    let oldest: string | undefined;
    let oldestUse = Infinity;
    for (const [key, entry] of this.entries) {
      if (entry.used < oldestUse) {
        oldestUse = entry.used;
        oldest = key;
      }
    }
    if (oldest !== undefined) this.entries.delete(oldest);
  }

  stats(): StatementCacheStats {
    return { hits: this.hits, misses: this.misses, size: this.entries.size, capacity: this.capacity };
  }
}
