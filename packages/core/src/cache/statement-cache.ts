/**
 * A bounded (least recently used) map from statement shapes to compiled SQL.
 */
import { sameShape, Shape } from './shape';
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

/** One cached shape. */
interface Entry {
  readonly codes: readonly number[];
  readonly generation: number;
  readonly template: StatementTemplate;
  used: number;
}

/**
 * A least-recently-used map of compiled shapes, looked up by the shape's hash
 * and confirmed by comparing its codes (so a hash collision can never give
 * another statement's SQL). A hit only stamps the entry with a use counter; a
 * miss with the cache full drops the entry used longest ago.
 */
export class StatementCache {
  private readonly buckets = new Map<number, Entry[]>();
  private size = 0;
  private clock = 0;
  private hits = 0;
  private misses = 0;

  constructor(readonly capacity: number = DEFAULT_STATEMENT_CACHE_SIZE) {}

  /** The template of a shape, or compiles and keeps it. */
  get(shape: Shape, compile: () => StatementTemplate): StatementTemplate {
    const bucket = this.buckets.get(shape.hash);
    if (bucket !== undefined) {
      for (const entry of bucket) {
        if (sameShape(shape, entry)) {
          this.hits++;
          entry.used = ++this.clock;
          return entry.template;
        }
      }
    }
    this.misses++;
    const template = compile();
    if (this.capacity > 0) {
      if (this.size >= this.capacity) this.evict();
      const entry: Entry = { codes: shape.codes, generation: shape.generation, template, used: ++this.clock };
      const list = this.buckets.get(shape.hash);
      if (list === undefined) this.buckets.set(shape.hash, [entry]);
      else list.push(entry);
      this.size++;
    }
    return template;
  }

  private evict(): void {
    let oldest: { hash: number; entry: Entry } | undefined;
    for (const [hash, bucket] of this.buckets) {
      for (const entry of bucket) if (oldest === undefined || entry.used < oldest.entry.used) oldest = { hash, entry };
    }
    if (oldest === undefined) return;
    const bucket = this.buckets.get(oldest.hash)!;
    bucket.splice(bucket.indexOf(oldest.entry), 1);
    if (bucket.length === 0) this.buckets.delete(oldest.hash);
    this.size--;
  }

  stats(): StatementCacheStats {
    return { hits: this.hits, misses: this.misses, size: this.size, capacity: this.capacity };
  }
}
