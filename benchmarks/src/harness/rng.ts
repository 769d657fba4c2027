/** A small deterministic generator, so every variant reads the same ids in the same order. */
export class Rng {
  private state: number;
  constructor(seed = 0x2545f491) {
    this.state = seed >>> 0 || 1;
  }
  /** The next integer in [0, 2^32). */
  next(): number {
    let x = this.state;
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    this.state = x;
    return x;
  }
  /** An integer in [1, n]. */
  upTo(n: number): number {
    return (this.next() % n) + 1;
  }
}

/** A fixed cycle of ids in [1, n], read round-robin by the benchmarks. */
export function idCycle(n: number, length = 4096): () => number {
  const rng = new Rng();
  const ids = Array.from({ length }, () => rng.upTo(n));
  let i = 0;
  return () => {
    const id = ids[i]!;
    i = (i + 1) % length;
    return id;
  };
}
