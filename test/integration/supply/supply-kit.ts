import { systemActor } from '../../../src/platform/authz.js';
import type { Caller, World } from '../../kit/world.js';

/** A small bought-parts world: a lot-tracked chip, a serial-tracked PSU and an untracked fan. */
export async function partsWorld(w: World) {
  const actor = systemActor('test');
  const catalog = w.system.modules.catalog.catalog;
  const chip = await catalog.createPart(actor, {
    partNumber: 'T-CHIP',
    name: 'Test ASIC',
    kind: 'asic_chip',
    tracking: 'lot',
    htsCode: '8542.31.0000',
    defaultOrigin: 'TW',
    standardCostCents: 300,
  });
  const psu = await catalog.createPart(actor, {
    partNumber: 'T-PSU',
    name: 'Test PSU',
    kind: 'psu',
    tracking: 'serial',
    htsCode: '8504.40.9580',
    defaultOrigin: 'CN',
    standardCostCents: 9000,
  });
  const fan = await catalog.createPart(actor, {
    partNumber: 'T-FAN',
    name: 'Test fan',
    kind: 'fan',
    tracking: 'none',
    htsCode: '8414.59.6590',
    defaultOrigin: 'CN',
    standardCostCents: 800,
  });
  return { chip, psu, fan };
}

export async function post(w: World, caller: Caller, url: string, payload?: unknown) {
  return w.app.inject({
    method: 'POST',
    url,
    headers: caller.headers,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

export async function get(w: World, caller: Caller, url: string) {
  return w.app.inject({ method: 'GET', url, headers: caller.headers });
}

/** A supplier in `country` with prices for the three parts, and a sent PO for them. */
export async function sentPo(
  w: World,
  buyer: Caller,
  options: { country?: string; restricted?: boolean; quantities?: [number, number, number] } = {},
) {
  const [chips, psus, fans] = options.quantities ?? [1000, 3, 10];
  const code = `SUP-${Math.random().toString(36).slice(2, 8)}`;
  const s = await post(w, buyer, '/api/v1/suppliers', {
    code,
    name: `Supplier ${code}`,
    country: options.country ?? 'CN',
    leadTimeDays: 30,
    minOrderCents: 100_000,
    ...(options.restricted
      ? {
          restrictedList: 'Entity List',
          restrictedSince: '2025-03-25',
          restrictedNote: 'Added for test',
        }
      : {}),
  });
  if (s.statusCode !== 201) throw new Error(s.body);
  for (const [part, price] of [
    ['T-CHIP', 250],
    ['T-PSU', 10_000],
    ['T-FAN', 700],
  ] as const) {
    const r = await w.app.inject({
      method: 'PUT',
      url: `/api/v1/suppliers/${code}/price-breaks`,
      headers: buyer.headers,
      payload: { part, minQuantity: 1, unitPriceCents: price },
    });
    if (r.statusCode !== 200) throw new Error(r.body);
  }
  const po = await post(w, buyer, '/api/v1/purchase-orders', {
    supplier: code,
    lines: [
      { part: 'T-CHIP', quantity: chips },
      { part: 'T-PSU', quantity: psus },
      { part: 'T-FAN', quantity: fans },
    ],
  });
  if (po.statusCode !== 201) throw new Error(po.body);
  const { number, warnings } = po.json() as { number: string; warnings: string[] };
  const approved = await post(w, buyer, `/api/v1/purchase-orders/${number}/approve`);
  if (approved.statusCode !== 200) throw new Error(approved.body);
  const sent = await post(
    w,
    buyer,
    `/api/v1/purchase-orders/${number}/send`,
    options.restricted ? { acknowledgeRestricted: true } : {},
  );
  if (sent.statusCode !== 200) throw new Error(sent.body);
  return { supplier: code, number, warnings };
}
