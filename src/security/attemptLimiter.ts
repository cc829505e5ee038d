/**
 * Counts attempts per key over a sliding window: after `maxFailures` within the window,
 * further ones are refused until the oldest has aged out. Used against password guessing
 * on the staff console and against one-time-code abuse. In memory: one server process
 * serves the conversations and the console (a restart forgets the counts).
 */
export class AttemptLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = 5,
    private readonly windowMs = 15 * 60_000,
  ) {}

  /** True when a login for these keys may be tried now. */
  allows(keys: readonly string[], now: number): boolean {
    return keys.every((key) => this.recent(key, now).length < this.maxFailures);
  }

  recordFailure(keys: readonly string[], now: number): void {
    for (const key of keys) this.failures.set(key, [...this.recent(key, now), now]);
  }

  recordSuccess(keys: readonly string[]): void {
    for (const key of keys) this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((at) => now - at < this.windowMs);
  }
}
