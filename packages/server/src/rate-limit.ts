/** How many requests a token may make: a burst, refilled at a steady rate. */
export interface RateLimitSettings {
  /** Requests allowed at once (the bucket's size); default 60. */
  readonly burst: number;
  /** Requests added back each second; default 10. */
  readonly perSecond: number;
}

/** The default limit per token: bursts of 60 requests, 10 a second after that. */
export const DEFAULT_RATE_LIMIT: RateLimitSettings = { burst: 60, perSecond: 10 };

/** The most keys kept at once; full buckets are dropped first (they hold nothing). */
const MAX_KEYS = 100_000;

/**
 * A token bucket per key (a token's subject and scope), in this process's memory: with
 * several server instances each holds its own, so the limit is per instance.
 * `take(key)` returns 0 when the request may go, or the seconds to wait before the next one.
 */
export class RateLimiter {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  /** @param settings - the limit; `now` - a clock in milliseconds, for tests. */
  constructor(
    private readonly settings: RateLimitSettings,
    private readonly now: () => number = () => performance.now(),
  ) {
    if (!(settings.burst >= 1 && settings.perSecond > 0)) {
      throw new RangeError('A rate limit needs a burst of at least 1 and a positive rate');
    }
  }

  /** Takes one request from `key`'s bucket: 0 when allowed, else the seconds to wait. */
  take(key: string): number {
    const { burst, perSecond } = this.settings;
    const now = this.now();
    const bucket = this.#buckets.get(key) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
    bucket.at = now;
    this.#buckets.delete(key);
    this.#buckets.set(key, bucket);
    if (this.#buckets.size > MAX_KEYS) this.#prune(now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond));
  }

  #prune(now: number): void {
    const { burst, perSecond } = this.settings;
    for (const [key, bucket] of this.#buckets) {
      if (bucket.tokens + ((now - bucket.at) / 1000) * perSecond >= burst)
        this.#buckets.delete(key);
    }
    // Still too many (all busy): drop the least recently used.
    for (const key of this.#buckets.keys()) {
      if (this.#buckets.size <= MAX_KEYS) break;
      this.#buckets.delete(key);
    }
  }
}
