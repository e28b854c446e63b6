/**
 * "Now" comes from here, never from Date.now() in business code, so tests and the demo can
 * travel in time.
 */
export interface Clock {
  now(): number;
  /** Calendar date `YYYY-MM-DD` in UTC of the current instant. */
  today(): string;
}

export function toIsoDate(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

export const systemClock: Clock = {
  now: () => Date.now(),
  today: () => toIsoDate(Date.now()),
};

/** A clock that stands still until told to move; for tests. */
export class ManualClock implements Clock {
  constructor(private current: number) {}
  now(): number {
    return this.current;
  }
  today(): string {
    return toIsoDate(this.current);
  }
  set(epochMs: number): void {
    this.current = epochMs;
  }
  advance(ms: number): void {
    this.current += ms;
  }
}
