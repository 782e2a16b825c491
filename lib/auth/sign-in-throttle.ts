/**
 * Failed sign-ins per key (an email, a client address) in a sliding window. Once a key has
 * `maxFailures` failures in the window, attempts for it are refused until the oldest failure
 * leaves the window, before any password is hashed, so guessing and CPU exhaustion both stop.
 * It keeps state in memory: one app process, as the launcher runs it.
 */
export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly options: { maxFailures: number; windowMs: number },
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether any of `keys` is locked out now. */
  isLocked(keys: string[]): boolean {
    return keys.some((key) => this.recent(key).length >= this.options.maxFailures);
  }

  recordFailure(keys: string[]): void {
    for (const key of keys) this.failures.set(key, [...this.recent(key), this.now()]);
  }

  /** A successful sign-in clears the account's failures (not the address's). */
  recordSuccess(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string): number[] {
    const cutoff = this.now() - this.options.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((at) => at > cutoff);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }
}
