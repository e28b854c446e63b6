import { expect } from 'vitest';
import type { MinerReading } from '../../../src/modules/fleet/reading.js';
import { systemActor } from '../../../src/platform/authz.js';
import type { Caller, World } from '../../kit/world.js';
import { customerWithSite } from '../sales/sales-kit.js';

/** A customer with one site, a site collector token for it, and a customer user. */
export async function siteWithCollector(w: World, code = 'LSH') {
  const sales = await w.caller(['sales']);
  const customer = await customerWithSite(w, sales, code);
  const [site] = await w.system.modules.sales.directory.sites({ customerId: customer.id });
  const { secret } = await w.system.platform.tokens.create(systemActor('test'), {
    name: `collector ${code}`,
    scope: 'site',
    siteId: site!.id,
  });
  const customerUser = await w.caller(['customer'], { customerId: customer.id });
  return {
    customer,
    siteId: site!.id,
    collector: { authorization: `Bearer ${secret}` },
    customerUser,
    sales,
  };
}

/** A healthy three-board Antminer S21 reading; `over` replaces any field. */
export function reading(ip: string, at: number, over: Partial<MinerReading> = {}): MinerReading {
  const board = (index: number) => ({
    index,
    serial: null,
    chips: 108,
    chipsExpected: 108,
    rateThs: 66.6,
    idealThs: 66.7,
    pcbTempC: { inlet: 48, outlet: 61 },
    chipTempC: { inlet: 58, outlet: 71 },
    hwErrors: 3,
    freqMhz: 490,
  });
  return {
    ip,
    at,
    online: true,
    make: 'Bitmain',
    model: 'Antminer S21',
    firmware: 'stock',
    firmwareVersion: '2024.01',
    unitSerial: null,
    mac: null,
    hostname: null,
    uptimeS: 86_400,
    hashrate: { ths5s: 199.8, thsAvg: 200.1, thsIdeal: 200 },
    boards: [board(0), board(1), board(2)],
    fansRpm: [5400, 5460, 5380, 5420],
    powerW: null,
    pools: [
      {
        url: 'stratum+tcp://pool.example:3333',
        user: 'lsh.1',
        status: 'alive',
        accepted: 1,
        rejected: 0,
      },
    ],
    problems: [],
    repairs: [],
    ...over,
  };
}

let batchNo = 0;
export async function push(
  w: World,
  headers: Record<string, string>,
  readings: MinerReading[],
  batchId = `test-batch-${++batchNo}-${Date.now()}`,
) {
  return w.app.inject({
    method: 'POST',
    url: '/api/v1/telemetry/batches',
    headers,
    payload: {
      batchId,
      collector: { name: 'test', version: '1' },
      sweepAt: w.clock.now(),
      readings,
    },
  });
}

export async function getJson(w: World, who: Caller, url: string) {
  const r = await w.app.inject({ method: 'GET', url, headers: who.headers });
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
}
