/**
 * Retrying whole transactions on serialization failures and deadlocks.
 */
import { isRetryable } from '@alkahest/core/dialect';

/** When and how often a transaction is run again. */
export interface RetryOptions {
  /** Attempts in all, the first included (default 5). */
  readonly attempts?: number;
  /** The first wait in milliseconds, doubled on each retry (default 20). */
  readonly baseDelayMillis?: number;
  /** The longest wait (default 1 000). */
  readonly maxDelayMillis?: number;
}

/**
 * Runs `attempt` until it succeeds, fails with an error that retrying cannot
 * fix, or runs out of attempts. Waits grow exponentially with full jitter, so
 * that colliding transactions do not collide again in lockstep.
 * `engine.transaction(work, { retry })` uses it; call it yourself to retry
 * work that spans more than one transaction.
 *
 * @example
 * ```ts
 * const id = await withRetries({ attempts: 3 }, () =>
 *   engine.transaction(async (tx) => (await tx.execute(insert(orders).values({ sku: 'A-1', quantity: 2 }).returning(orders.c.id)))[0]!.id),
 * );
 * ```
 */
export async function withRetries<R>(options: RetryOptions | undefined, attempt: () => Promise<R>): Promise<R> {
  const attempts = Math.max(1, options?.attempts ?? 5);
  const base = options?.baseDelayMillis ?? 20;
  const max = options?.maxDelayMillis ?? 1_000;
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (options === undefined || i >= attempts || !isRetryable(error)) throw error;
      const ceiling = Math.min(max, base * 2 ** (i - 1));
      await new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
    }
  }
}
