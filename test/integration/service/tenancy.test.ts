import { expect, it } from 'vitest';
import { describeEachDialect } from '../../kit/world.js';
import { customerWithSite } from '../sales/sales-kit.js';
import { deliveredMiners, get, post } from './service-kit.js';

/**
 * Every service route, asked by another customer about LSH's machines, RMA, attachment and
 * visit: reads answer as unknown (404) or not allowed (403), writes change nothing.
 */
describeEachDialect('service: tenancy on every route', (world) => {
  it("a customer reaches none of another customer's service records", async () => {
    const w = world();
    const { serials, customerUser, sales } = await deliveredMiners(w);
    const rma = (
      await post(w, customerUser, '/api/v1/rmas', { units: [{ serial: serials[0], fault: 'fan' }] })
    ).json().rmas[0].number as string;
    const file = await w.app.inject({
      method: 'POST',
      url: `/api/v1/rmas/${rma}/attachments?name=log.txt`,
      headers: { ...customerUser.headers, 'content-type': 'text/plain' },
      payload: 'chain 1 ok',
    });
    expect(file.statusCode, file.body).toBe(201);
    const visit = (
      await post(w, sales, '/api/v1/field/visits', {
        customer: 'LSH',
        site: 'TX1',
        units: [{ serial: serials[1], fault: 'psu' }],
      })
    ).json().items[0].number as string;
    const unit = (await get(w, sales, `/api/v1/rmas/${rma}`)).json().units[0].id as string;
    const rival = await customerWithSite(w, sales, 'RIV');
    const stranger = await w.caller(['customer'], { customerId: rival.id });

    const reads = [
      `/api/v1/rmas/${rma}`,
      `/api/v1/warranty/${serials[0]}`,
      `/api/v1/attachments/${file.json().id}`,
      `/api/v1/field/visits/${visit}`,
      `/api/v1/depot/units/${unit}`,
      '/api/v1/depot/board',
      '/api/v1/service/analytics',
      '/api/v1/service/refurb-pool',
      '/api/v1/field/technicians',
      '/api/v1/field/dispatch/latest',
      '/api/v1/field/onsite-candidates',
      '/api/v1/service/settings',
      '/api/v1/warranty/policies',
      '/api/v1/service/customers/LSH/tier',
    ];
    for (const url of reads) {
      const r = await get(w, stranger, url);
      expect([403, 404], `${url}: ${r.statusCode} ${r.body}`).toContain(r.statusCode);
    }
    const writes: [string, object][] = [
      [`/api/v1/rmas/${rma}/approve`, {}],
      [`/api/v1/rmas/${rma}/reject`, { reason: 'x' }],
      [`/api/v1/rmas/${rma}/cancel`, {}],
      [`/api/v1/rmas/${rma}/inbound`, { carrier: 'X' }],
      [`/api/v1/rmas/${rma}/ship-back`, { carrier: 'X' }],
      [`/api/v1/rmas/${rma}/delivered`, {}],
      [`/api/v1/rmas/${rma}/advance-replacement`, { carrier: 'X' }],
      [`/api/v1/depot/units/${unit}/quote-decision`, { approve: true }],
      [`/api/v1/depot/units/${unit}/start-diagnosis`, {}],
      ['/api/v1/depot/receive', { serial: serials[0] }],
      [`/api/v1/warranty/${serials[0]}/voids`, { reason: 'Overclocking', evidence: 'x' }],
      [`/api/v1/field/visits/${visit}/check-in`, {}],
      [`/api/v1/field/visits/${visit}/complete`, { signoffName: 'x' }],
      [`/api/v1/field/visits/${visit}/cancel`, { reason: 'x' }],
      ['/api/v1/field/dispatch', {}],
      [
        '/api/v1/field/visits',
        { customer: 'LSH', site: 'TX1', units: [{ serial: serials[1], fault: 'fan' }] },
      ],
      ['/api/v1/service/refurb-pool', { serial: 'X', model: 'Test Miner', grade: 'A' }],
    ];
    for (const [url, body] of writes) {
      const r = await post(w, stranger, url, body);
      expect([403, 404], `${url}: ${r.statusCode} ${r.body}`).toContain(r.statusCode);
    }
    // The owner still sees its RMA as it was.
    const mine = (await get(w, customerUser, `/api/v1/rmas/${rma}`)).json();
    expect(mine.units[0].status).toBe('requested');
    expect(mine.attachments).toHaveLength(1);
  });
});
