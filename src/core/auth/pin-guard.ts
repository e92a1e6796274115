/** Slows PIN guessing: after 5 wrong tries an operator is locked for 5 minutes. */
export class PinGuard {
  private failures = new Map<string, { count: number; lockedUntil: number }>();
  constructor(
    private readonly maxTries = 5,
    private readonly lockMs = 5 * 60_000,
  ) {}

  lockedMinutes(operatorId: string, now: number): number {
    const f = this.failures.get(operatorId);
    if (!f || f.lockedUntil <= now) return 0;
    return Math.ceil((f.lockedUntil - now) / 60_000);
  }

  fail(operatorId: string, now: number): void {
    const f = this.failures.get(operatorId) ?? { count: 0, lockedUntil: 0 };
    f.count++;
    if (f.count >= this.maxTries) {
      f.lockedUntil = now + this.lockMs;
      f.count = 0;
    }
    this.failures.set(operatorId, f);
  }

  succeed(operatorId: string): void {
    this.failures.delete(operatorId);
  }
}
