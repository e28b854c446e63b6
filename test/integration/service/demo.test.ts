import { expect, it } from 'vitest';
import { RMA_STATUSES } from '../../../src/modules/service/service.tables.js';
import { describeEachDialect } from '../../kit/world.js';
import { get } from './service-kit.js';

describeEachDialect('service: demo world', (world) => {
  it('has RMAs in every state, some past their SLA, depot spares and planned field visits', async () => {
    const w = world();
    await w.system.prepareDemo(() => {});
    const tech = await w.caller(['technician']);
    const rmas = (await get(w, tech, '/api/v1/rmas?limit=1000')).json().items;
    const detail = await Promise.all(
      rmas.map(async (r: { number: string }) =>
        (await get(w, tech, `/api/v1/rmas/${r.number}`)).json(),
      ),
    );
    const states = new Set(detail.flatMap((r) => r.units.map((u: { status: string }) => u.status)));
    expect(states).toEqual(new Set(RMA_STATUSES));
    expect(rmas.some((r: { breached: number }) => r.breached > 0)).toBe(true);
    const board = (await get(w, tech, '/api/v1/depot/board')).json().items;
    expect(board.some((u: { sla: { breached: boolean } }) => u.sla.breached)).toBe(true);

    const spares = (
      await get(w, tech, '/api/v1/inventory/balances?location=DEPOT&nonZero=true')
    ).json();
    expect((spares.items ?? spares).length).toBeGreaterThan(2);
    const crew = (await get(w, tech, '/api/v1/field/technicians')).json().items;
    expect(crew.length).toBeGreaterThanOrEqual(4);
    const visits = (await get(w, tech, '/api/v1/field/visits')).json().items;
    const byStatus = new Set(visits.map((v: { status: string }) => v.status));
    expect(byStatus).toContain('scheduled');
    expect(byStatus).toContain('completed');
    const plan = (await get(w, tech, '/api/v1/field/dispatch/latest')).json();
    expect(plan.applied).toBe(true);
    expect(plan.objective.total).toBeLessThanOrEqual(plan.nearestFirst.total);
    const stats = (await get(w, tech, '/api/v1/service/analytics')).json();
    expect(stats.turnaround.count).toBeGreaterThan(0);
    expect(stats.pareto.faultCode.length).toBeGreaterThan(3);
  });
});
