import { expect, it } from 'vitest';
import { describeEachDialect } from '../../kit/world.js';
import { customerWithSite } from '../sales/sales-kit.js';
import { deliveredMiners, get, moreInstalled, post } from './service-kit.js';

const range = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(4, '0')}`);

describeEachDialect('service: RMA intake, eligibility, quotes and tenancy', (world) => {
  it('takes many machines at once, judges each, and refuses a bad request whole', async () => {
    const w = world();
    const { serials, customerUser, sales } = await deliveredMiners(w);
    const old = range('IMP-OLD-', 30);
    const fresh = range('IMP-NEW-', 10);
    await moreInstalled(w, serials[0]!, old, '2025-06-01');
    await moreInstalled(w, serials[0]!, fresh, '2026-11-10');

    const bad = await post(w, customerUser, '/api/v1/rmas', {
      units: [
        { serial: old[0], fault: 'fan' },
        { serial: 'NOT-MINE', fault: 'fan' },
        { serial: old[0], fault: 'psu' },
        { serial: old[1], fault: 'smoke' },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('SERVICE_RMA_LINES_INVALID');
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'units.1.serial',
      'units.2.serial',
      'units.3.fault',
    ]);
    expect((await get(w, customerUser, '/api/v1/rmas')).json().items).toEqual([]);

    const csv = [
      'serial,fault_code,note',
      ...old.map((s) => `${s},chips_missing,`),
      ...fresh.map((s) => `${s},fan,"loud, then silent"`),
    ].join('\n');
    const imported = await w.app.inject({
      method: 'POST',
      url: '/api/v1/rmas/import',
      headers: { ...customerUser.headers, 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json()).toMatchObject({
      units: 40,
      eligibility: { out_of_warranty: 30, doa: 10 },
    });
    const rma = imported.json().rmas[0].number as string;
    const detail = (await get(w, sales, `/api/v1/rmas/${rma}`)).json();
    expect(detail.channel).toBe('csv');
    expect(detail.units.find((u: { serial: string }) => u.serial === fresh[0]).note).toBe(
      'loud, then silent',
    );

    // The same machines again: each is already under an open RMA, named by line.
    const twice = await w.app.inject({
      method: 'POST',
      url: '/api/v1/rmas/import',
      headers: { ...customerUser.headers, 'content-type': 'text/csv' },
      payload: `serial,fault_code\n${serials[0]},psu\n${old[5]},fan\n`,
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().code).toBe('CSV_INVALID');
    expect(twice.json().errors).toEqual([
      expect.objectContaining({ line: 3, field: 'serial', message: expect.stringMatching(rma) }),
    ]);
  });

  it('quotes an out-of-warranty repair; a declined quote ships back as is', async () => {
    const w = world();
    const { serials, customerUser, sales, tech } = await deliveredMiners(w);
    const old = range('IMP-OLD-', 2);
    await moreInstalled(w, serials[0]!, old, '2025-06-01');
    const planner = await w.caller(['planner']);
    for (const [part, cents] of [
      ['T-BOARD', 4_000],
      ['T-FAN', 700],
    ] as const) {
      const r = await w.app.inject({
        method: 'PATCH',
        url: `/api/v1/catalog/parts/${part}`,
        headers: planner.headers,
        payload: { standardCostCents: cents },
      });
      expect(r.statusCode, r.body).toBe(200);
    }
    const opened = await post(w, customerUser, '/api/v1/rmas', {
      units: old.map((serial) => ({ serial, fault: 'chips_missing' })),
    });
    const rma = opened.json().rmas[0].number as string;
    // Illegal moves are refused with the machine's state named.
    const early = await post(w, tech, `/api/v1/rmas/${rma}/ship-back`, { carrier: 'X' });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('SERVICE_RMA_ILLEGAL_TRANSITION');
    const byCustomer = await post(w, customerUser, `/api/v1/rmas/${rma}/approve`, {});
    expect(byCustomer.statusCode).toBe(403);
    expect((await post(w, sales, `/api/v1/rmas/${rma}/approve`, {})).statusCode).toBe(200);

    const quotes = [];
    for (const serial of old) {
      const r = await post(w, tech, '/api/v1/depot/receive', { serial });
      expect(r.statusCode, r.body).toBe(200);
      const step = (path: string, body: object = {}) =>
        post(w, tech, `/api/v1/depot/units/${r.json().unitId}/${path}`, body);
      const tooSoon = await step('diagnosis', { codes: ['chips_missing'] });
      expect(tooSoon.statusCode).toBe(409);
      await step('start-diagnosis');
      const unknown = await step('diagnosis', { codes: ['gremlins'] });
      expect(unknown.json().code).toBe('SERVICE_FAULT_CODE_UNKNOWN');
      const d = await step('diagnosis', { codes: ['chips_missing', 'fan'] });
      expect(d.json().status).toBe('awaiting_quote_approval');
      quotes.push({ unit: r.json().unitId as string, quote: d.json().quote });
    }
    // The model's own board and fan at their cost; bench labour 120 + 15 minutes at 85 $/h;
    // under the value cap.
    expect(quotes[0]!.quote).toMatchObject({
      partsCents: 4_000 + 700,
      labourCents: 19_125,
      capped: false,
    });
    expect(quotes[0]!.quote.totalCents).toBe(
      quotes[0]!.quote.partsCents + quotes[0]!.quote.labourCents,
    );
    const paused = (await get(w, customerUser, `/api/v1/rmas/${rma}`)).json();
    expect(paused.units[0].sla.state).toBe('paused');

    const decline = await post(
      w,
      customerUser,
      `/api/v1/depot/units/${quotes[0]!.unit}/quote-decision`,
      { approve: false },
    );
    expect(decline.json().status).toBe('ready_to_ship');
    const accept = await post(
      w,
      customerUser,
      `/api/v1/depot/units/${quotes[1]!.unit}/quote-decision`,
      { approve: true },
    );
    expect(accept.json().status).toBe('repairing');
    const again = await post(
      w,
      customerUser,
      `/api/v1/depot/units/${quotes[1]!.unit}/quote-decision`,
      { approve: false },
    );
    expect(again.json().code).toBe('SERVICE_NO_QUOTE_PENDING');
    const back = await post(w, tech, `/api/v1/rmas/${rma}/ship-back`, {
      carrier: 'LSF',
      serials: [old[0]],
    });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json().units.map((u: { status: string }) => u.status)).toEqual([
      'shipped',
      'repairing',
    ]);
    // Sent back as it came: no repair cover, so a new request is quoted again.
    const cover = (await get(w, customerUser, `/api/v1/warranty/${old[0]}`)).json();
    expect(cover).toMatchObject({ state: 'expired', repairCoverEndsOn: null });
  });

  it('keeps every customer to its own machines, RMAs and files', async () => {
    const w = world();
    const { serials, customerUser, sales } = await deliveredMiners(w);
    const rival = await customerWithSite(w, sales, 'RIV');
    const rivalUser = await w.caller(['customer'], { customerId: rival.id });
    const opened = await post(w, customerUser, '/api/v1/rmas', {
      units: [{ serial: serials[0], fault: 'fan' }],
    });
    const rma = opened.json().rmas[0].number as string;
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(64, 7),
    ]);
    const upload = (who: typeof customerUser, name: string, type: string, body: Buffer) =>
      w.app.inject({
        method: 'POST',
        url: `/api/v1/rmas/${rma}/attachments?name=${encodeURIComponent(name)}`,
        headers: { ...who.headers, 'content-type': type },
        payload: body,
      });
    const photo = await upload(customerUser, 'label.png', 'image/png', png);
    expect(photo.statusCode, photo.body).toBe(201);
    const log = await upload(
      customerUser,
      'kernel.log',
      'text/plain',
      Buffer.from('chain 2: 0 asic\n'),
    );
    expect(log.statusCode, log.body).toBe(201);
    const disguised = await upload(
      customerUser,
      'label.png',
      'image/png',
      Buffer.from('#!/bin/sh\nrm -rf /'),
    );
    expect(disguised.json().code).toBe('SERVICE_ATTACHMENT_TYPE');
    const exe = await upload(
      customerUser,
      'tool.exe',
      'application/x-msdownload',
      Buffer.from('MZ'),
    );
    expect(exe.statusCode).toBe(415);
    await w.system.modules.service.setup.setSetting(
      (await import('../../../src/platform/authz.js')).systemActor('test'),
      'attachment_max_bytes',
      '32',
    );
    const big = await upload(customerUser, 'big.png', 'image/png', png);
    expect(big.json().code).toBe('SERVICE_ATTACHMENT_TOO_LARGE');
    const file = await get(w, customerUser, `/api/v1/attachments/${photo.json().id}`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(png)).toBe(true);

    // The rival sees none of it, and cannot return the machine as its own.
    for (const url of [
      `/api/v1/rmas/${rma}`,
      `/api/v1/warranty/${serials[0]}`,
      `/api/v1/attachments/${photo.json().id}`,
      `/api/v1/depot/units/${serials[0]}`,
    ]) {
      const r = await get(w, rivalUser, url);
      expect([403, 404], `${url}: ${r.body}`).toContain(r.statusCode);
    }
    expect((await get(w, rivalUser, '/api/v1/rmas')).json().items).toEqual([]);
    const count = async (who: typeof customerUser) =>
      (await get(w, who, '/api/v1/home'))
        .json()
        .counts.find((c: { key: string }) => c.key === 'openRmaMachines').value;
    expect(await count(customerUser)).toBe(1);
    expect(await count(rivalUser)).toBe(0);
    const lookup = await post(w, rivalUser, '/api/v1/warranty/lookup', { serials });
    expect(lookup.json()).toEqual({ items: [], unknown: serials });
    for (const [url, body] of [
      [`/api/v1/rmas/${rma}/cancel`, {}],
      [`/api/v1/rmas/${rma}/attachments?name=x.txt`, 'hello'],
    ] as const) {
      const r = await w.app.inject({
        method: 'POST',
        url,
        headers: {
          ...rivalUser.headers,
          'content-type': typeof body === 'string' ? 'text/plain' : 'application/json',
        },
        payload: typeof body === 'string' ? body : JSON.stringify(body),
      });
      expect(r.statusCode, `${url}: ${r.body}`).toBe(404);
    }
    const steal = await post(w, rivalUser, '/api/v1/rmas', {
      units: [{ serial: serials[1], fault: 'fan' }],
    });
    expect(steal.statusCode).toBe(400);
    // Customers cannot work the bench, nor void a warranty.
    expect(
      (await post(w, customerUser, '/api/v1/depot/receive', { serial: serials[0] })).statusCode,
    ).toBe(403);
    expect((await get(w, customerUser, '/api/v1/depot/board')).statusCode).toBe(403);
    // Files go only to the upload routes; impossible dates are refused, not computed with.
    const picture = await w.app.inject({
      method: 'POST',
      url: '/api/v1/rmas',
      headers: { ...customerUser.headers, 'content-type': 'image/png' },
      payload: png,
    });
    expect(picture.statusCode).toBe(415);
    const badDay = await get(w, sales, '/api/v1/service/analytics?from=2026-13-01');
    expect(badDay.statusCode).toBe(400);
    expect(
      (await get(w, customerUser, `/api/v1/warranty/${serials[0]}?on=2026-02-30`)).statusCode,
    ).toBe(400);
    const voiding = await post(w, customerUser, `/api/v1/warranty/${serials[1]}/voids`, {
      reason: 'x',
      evidence: 'y',
    });
    expect(voiding.statusCode).toBe(403);
  });

  it('voids a warranty only for a policy exclusion, and a lifted void restores cover', async () => {
    const w = world();
    const { serials, customerUser, tech, sales } = await deliveredMiners(w);
    const wrong = await post(w, tech, `/api/v1/warranty/${serials[0]}/voids`, {
      reason: 'Looked at it funny',
      evidence: 'photo',
    });
    expect(wrong.json().code).toBe('SERVICE_VOID_REASON');
    const voided = await post(w, tech, `/api/v1/warranty/${serials[0]}/voids`, {
      reason: 'Unofficial firmware',
      evidence: 'Boot log shows a third-party image (attached to RMA)',
    });
    expect(voided.statusCode, voided.body).toBe(201);
    const seen = (await get(w, customerUser, `/api/v1/warranty/${serials[0]}`)).json();
    expect(seen).toMatchObject({ state: 'void', eligibility: 'void' });
    expect(seen.voids[0].reason).toBe('Unofficial firmware');
    const rma = await post(w, customerUser, '/api/v1/rmas', {
      units: [{ serial: serials[0], fault: 'firmware' }],
    });
    expect(rma.json().eligibility).toEqual({ void: 1 });
    // A void the bench records after the request turns a free repair into a quote.
    const later = await post(w, customerUser, '/api/v1/rmas', {
      units: [{ serial: serials[1], fault: 'psu' }],
    });
    expect(later.json().eligibility).toEqual({ doa: 1 });
    const laterRma = later.json().rmas[0].number as string;
    await post(w, sales, `/api/v1/rmas/${laterRma}/approve`, {});
    const r = await post(w, tech, '/api/v1/depot/receive', { serial: serials[1] });
    await post(w, tech, `/api/v1/depot/units/${r.json().unitId}/start-diagnosis`, {});
    await post(w, tech, `/api/v1/warranty/${serials[1]}/voids`, {
      reason: 'Overclocking',
      evidence: 'Frequency set to 650 MHz in the config',
    });
    const d = await post(w, tech, `/api/v1/depot/units/${r.json().unitId}/diagnosis`, {
      codes: ['psu'],
    });
    expect(d.json().status).toBe('awaiting_quote_approval');
    const line = (await get(w, sales, `/api/v1/rmas/${laterRma}`)).json().units[0];
    expect(line.eligibility).toBe('void');

    const lifted = await post(w, sales, `/api/v1/warranty/voids/${voided.json().id}/lift`, {
      note: 'Stock image after all',
    });
    expect(lifted.statusCode, lifted.body).toBe(200);
    expect((await get(w, customerUser, `/api/v1/warranty/${serials[0]}`)).json().state).toBe(
      'in_warranty',
    );
    const record = (await get(w, tech, `/api/v1/warranty/${serials[0]}/voids`)).json().items;
    expect(record).toEqual([
      expect.objectContaining({ reason: 'Unofficial firmware', liftNote: 'Stock image after all' }),
    ]);
    expect((await get(w, customerUser, `/api/v1/warranty/${serials[0]}/voids`)).statusCode).toBe(
      403,
    );
  });
});
