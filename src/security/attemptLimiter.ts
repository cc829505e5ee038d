/**
 * Counts attempts per key over a sliding window: after `max` within the window, further
 * ones are refused until the oldest has aged out. Used against password guessing on the
 * staff console, one-time-code abuse and Direct Line token minting.
 *
 * The counts live in an AttemptStore: the database in the assistant
 * (src/security/prismaAttemptStore.ts), so that a crash or a restart forgets nothing,
 * and several processes share them; memory in unit tests.
 */

/** Where attempts are counted. */
export interface AttemptStore {
  /** Attempts recorded under `key` since `since` (inclusive). */
  count(key: string, since: Date): Promise<number>;
  /** Records one attempt at `at` under each key. */
  add(keys: readonly string[], at: Date): Promise<void>;
  /** Forgets every attempt under these keys (a successful log-in). */
  clear(keys: readonly string[]): Promise<void>;
  /** Deletes what no window can count any more (older than `before`). */
  purge(before: Date): Promise<number>;
}

export interface AttemptLimit {
  max: number;
  windowMs: number;
}

/** The longest window of any limit: records older than this can be purged. */
export const LONGEST_WINDOW_MS = 24 * 3_600_000;

export class AttemptLimiter {
  constructor(
    private readonly store: AttemptStore,
    private readonly limit: AttemptLimit,
  ) {}

  /** True when every key is under its limit at `now`. */
  async allows(keys: readonly string[], now: Date): Promise<boolean> {
    const since = new Date(now.getTime() - this.limit.windowMs + 1);
    for (const key of keys) {
      if ((await this.store.count(key, since)) >= this.limit.max) return false;
    }
    return true;
  }

  record(keys: readonly string[], now: Date): Promise<void> {
    return this.store.add(keys, now);
  }

  clear(keys: readonly string[]): Promise<void> {
    return this.store.clear(keys);
  }
}

/** In memory: for unit tests and single-use tools. */
export class MemoryAttemptStore implements AttemptStore {
  private readonly attempts = new Map<string, number[]>();

  async count(key: string, since: Date): Promise<number> {
    return (this.attempts.get(key) ?? []).filter((at) => at >= since.getTime()).length;
  }

  async add(keys: readonly string[], at: Date): Promise<void> {
    for (const key of keys) this.attempts.set(key, [...(this.attempts.get(key) ?? []), at.getTime()]);
  }

  async clear(keys: readonly string[]): Promise<void> {
    for (const key of keys) this.attempts.delete(key);
  }

  async purge(before: Date): Promise<number> {
    let deleted = 0;
    for (const [key, times] of this.attempts) {
      const kept = times.filter((at) => at >= before.getTime());
      deleted += times.length - kept.length;
      if (kept.length === 0) this.attempts.delete(key);
      else this.attempts.set(key, kept);
    }
    return deleted;
  }
}
