import { expect, it } from 'vitest';
import { describeEachDialect } from '../../kit/world.js';
import { healthy } from '../production/production-kit.js';
import { deliveredMiners, get, post } from './service-kit.js';

describeEachDialect('service: advance replacement from the refurbished pool', (world) => {
  it('ships a replacement ahead by the tier, and the repaired machine joins the pool', async () => {
    const w = world();
    const { serials, customerUser, sales, tech } = await deliveredMiners(w);
    const [failed, other] = serials as [string, string];
    const opened = await post(w, customerUser, '/api/v1/rmas', {
      units: [
        { serial: failed, fault: 'firmware' },
        { serial: other, fault: 'fan' },
      ],
    });
    const rma = opened.json().rmas[0].number as string;
    const ahead = (body: object = {}) =>
      post(w, sales, `/api/v1/rmas/${rma}/advance-replacement`, { carrier: 'LSF', ...body });
    expect((await ahead()).json().code).toBe('SERVICE_RMA_ILLEGAL_TRANSITION');
    await post(w, sales, `/api/v1/rmas/${rma}/approve`, {});
    expect((await ahead({ serials: [failed] })).json().code).toBe('SERVICE_POOL_EMPTY');
    const added = await post(w, tech, '/api/v1/service/refurb-pool', {
      serial: 'RF-0001',
      model: 'Test Miner',
      grade: 'A',
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(
      (
        await post(w, tech, '/api/v1/service/refurb-pool', {
          serial: failed,
          model: 'Test Miner',
          grade: 'A',
        })
      ).json().code,
    ).toBe('SERVICE_SERIAL_INSTALLED');

    // The standard tier replaces dead-on-arrival machines ahead: both are (shipped yesterday).
    const shipped = await ahead({ serials: [failed] });
    expect(shipped.statusCode, shipped.body).toBe(200);
    expect(shipped.json().units[0]).toMatchObject({ serial: failed, replacementSerial: 'RF-0001' });
    expect(shipped.json().parcels).toEqual([
      expect.objectContaining({ direction: 'to_customer', units: 1 }),
    ]);
    // The replacement is the customer's now, with the cover of the machine it replaces.
    const cover = (await get(w, customerUser, '/api/v1/warranty/RF-0001')).json();
    const original = (await get(w, customerUser, `/api/v1/warranty/${failed}`)).json();
    expect(cover).toMatchObject({ shippedOn: original.shippedOn, endsOn: original.endsOn });
    expect((await ahead({ serials: [other] })).json().code).toBe('SERVICE_POOL_EMPTY');
    // Replaced ahead: the machine must come in; it cannot be withdrawn and kept.
    const keep = await post(w, customerUser, `/api/v1/rmas/${rma}/cancel`, { serials: [failed] });
    expect(keep.json().code).toBe('SERVICE_REPLACED_AHEAD');

    // A tier without advance replacement refuses.
    const put = (url: string, body: object) =>
      w.app.inject({ method: 'PUT', url, headers: sales.headers, payload: body });
    await put('/api/v1/service/tiers/basic', {
      name: 'Basic',
      targetHours: 480,
      advanceReplacement: 'never',
      note: null,
    });
    const rma2 = await post(w, customerUser, '/api/v1/rmas', {
      units: [{ serial: 'RF-0001', fault: 'fan' }],
    });
    expect(rma2.statusCode, rma2.body).toBe(201);

    // The failed machine comes in, is repaired, and joins the pool instead of going back.
    await post(w, customerUser, `/api/v1/rmas/${rma}/inbound`, {
      carrier: 'UPS',
      serials: [failed],
    });
    const received = await post(w, tech, '/api/v1/depot/receive', { serial: failed });
    const step = (path: string, body: object = {}) =>
      post(w, tech, `/api/v1/depot/units/${received.json().unitId}/${path}`, body);
    await step('start-diagnosis');
    await step('diagnosis', { codes: ['firmware'], note: 'Reflashed' });
    const early = await step('to-pool', { grade: 'A' });
    expect(early.json().code).toBe('SERVICE_RMA_ILLEGAL_TRANSITION');
    await step('start-test');
    expect((await step('tests', healthy(['B1', 'B2', 'B3']))).json().status).toBe('ready_to_ship');
    const back = await post(w, tech, `/api/v1/rmas/${rma}/ship-back`, {
      carrier: 'X',
      serials: [failed],
    });
    expect(back.json().code).toBe('SERVICE_REPLACED_AHEAD');
    const none = await post(w, tech, `/api/v1/rmas/${rma}/ship-back`, { carrier: 'X' });
    expect(none.json().code).toBe('SERVICE_NOTHING_TO_SHIP');
    const pooled = await step('to-pool', { grade: 'B' });
    expect(pooled.statusCode, pooled.body).toBe(200);
    expect(pooled.json()).toMatchObject({ status: 'closed', pool: true });
    const pool = (await get(w, tech, '/api/v1/service/refurb-pool')).json().items;
    expect(pool).toEqual([
      expect.objectContaining({ serial: 'RF-0001', status: 'shipped' }),
      expect.objectContaining({ serial: failed, status: 'available', grade: 'B' }),
    ]);
    // The customer no longer owns the failed machine; it keeps the replacement.
    expect((await get(w, customerUser, `/api/v1/warranty/${failed}`)).statusCode).toBe(404);
    const base = (await get(w, customerUser, '/api/v1/installed-base')).json();
    expect(base.items.map((i: { serial: string }) => i.serial).sort()).toEqual(
      ['RF-0001', other].sort(),
    );
  });
});
