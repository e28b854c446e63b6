import { describe, expect, it } from 'vitest';
import { canMove, clockAfter, TRANSITIONS, slaView, summaryStatus } from './rma.states.js';

describe('RMA states and SLA clock', () => {
  it('allows only the moves of the table', () => {
    expect(canMove('requested', 'approved')).toBe(true);
    expect(canMove('requested', 'received')).toBe(false);
    expect(canMove('in_transit', 'cancelled')).toBe(false);
    expect(canMove('testing', 'repairing')).toBe(true);
    expect(canMove('closed', 'requested')).toBe(false);
    // Every state is reachable from `requested`.
    const seen = new Set<string>(['requested']);
    const todo = ['requested'] as (keyof typeof TRANSITIONS)[];
    while (todo.length)
      for (const next of TRANSITIONS[todo.pop()!])
        if (!seen.has(next)) {
          seen.add(next);
          todo.push(next);
        }
    expect(seen.size).toBe(Object.keys(TRANSITIONS).length);
  });

  it('pauses while the customer has the ball and stops when shipped', () => {
    const h = 3_600_000;
    let clock = { slaUsedMs: 0, slaRunningSince: 0 as number | null };
    clock = clockAfter(clock, 'approved', 2 * h); // 2 h of desk time, then paused
    expect(clock).toEqual({ slaUsedMs: 2 * h, slaRunningSince: null });
    clock = clockAfter(clock, 'in_transit', 50 * h);
    clock = clockAfter(clock, 'received', 100 * h); // transit does not count
    expect(clock).toEqual({ slaUsedMs: 2 * h, slaRunningSince: 100 * h });
    const running = slaView({ ...clock, slaTargetHours: 10, status: 'received' }, 105 * h);
    expect(running).toMatchObject({ usedHours: 7, remainingHours: 3, breached: false });
    expect(running.dueAt).toBe(108 * h);
    const late = slaView({ ...clock, slaTargetHours: 10, status: 'received' }, 111 * h);
    expect(late).toMatchObject({ breached: true, remainingHours: -3, dueAt: null });
    clock = clockAfter(clock, 'shipped', 104 * h);
    expect(slaView({ ...clock, slaTargetHours: 10, status: 'shipped' }, 999 * h)).toMatchObject({
      usedHours: 6,
      state: 'stopped',
    });
  });

  it('sums up an RMA by its least advanced machine still in play', () => {
    expect(summaryStatus(['repairing', 'received', 'rejected'])).toBe('received');
    expect(summaryStatus(['rejected', 'cancelled'])).toBe('rejected');
    expect(summaryStatus(['cancelled'])).toBe('cancelled');
    expect(summaryStatus(['closed', 'cancelled'])).toBe('closed');
  });
});
