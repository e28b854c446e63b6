import { expect, it } from 'vitest';
import { describeEachDialect } from '../../kit/world.js';
import { customerWithSite } from '../sales/sales-kit.js';
import { deliveredMiners, get, moreInstalled, post } from './service-kit.js';

const put = (
  w: Parameters<typeof post>[0],
  who: Parameters<typeof post>[1],
  url: string,
  body: object,
) => w.app.inject({ method: 'PUT', url, headers: who.headers, payload: body });

describeEachDialect('service: field visits, dispatch and the visit on site', (world) => {
  it('plans visits to technicians, and a technician completes one with parts from the van', async () => {
    const w = world();
    const { serials, customerUser, sales, tech, lead } = await deliveredMiners(w);
    const admin = await w.caller(['admin']);
    const van = await post(w, admin, '/api/v1/inventory/locations', {
      code: 'VAN-01',
      name: 'Van of Ana',
      kind: 'field_van',
    });
    expect(van.statusCode, van.body).toBe(201);
    const stocked = await post(w, tech, '/api/v1/inventory/adjustments', {
      location: 'VAN-01',
      reason: 'found',
      part: 'T-PSU',
      delta: 1,
      serials: ['PSU-VAN-1'],
      unitCostCents: 9000,
    });
    expect(stocked.statusCode, stocked.body).toBe(200);
    const technicians = [
      {
        code: 'ANA',
        user: tech.user.id,
        home: [31.99, -102.08],
        skills: ['psu', 'fan', 'hashboard'],
        van: 'VAN-01',
      },
      { code: 'BEN', user: null, home: [30.27, -97.74], skills: ['psu', 'fan'], van: null },
    ];
    for (const t of technicians) {
      const r = await put(w, sales, `/api/v1/field/technicians/${t.code}`, {
        name: t.code,
        user: t.user,
        homeLabel: 'Home',
        homeLatitude: t.home[0],
        homeLongitude: t.home[1],
        skills: t.skills,
        minutesPerDay: 600,
        van: t.van,
      });
      expect(r.statusCode, r.body).toBe(200);
    }

    const notHere = await post(w, sales, '/api/v1/field/visits', {
      customer: 'LSH',
      site: 'TX1',
      units: [{ serial: 'ELSEWHERE-1', fault: 'psu' }],
    });
    expect(notHere.json().code).toBe('SERVICE_VISIT_SERIAL_NOT_AT_SITE');
    const visit = await post(w, sales, '/api/v1/field/visits', {
      customer: 'LSH',
      site: 'TX1',
      units: [
        { serial: serials[0], fault: 'psu' },
        { serial: serials[1], fault: 'fan' },
      ],
    });
    expect(visit.statusCode, visit.body).toBe(201);
    // 30 minutes to set up, then the fault codes' bench times; one PSU and one fan in the kit.
    expect(visit.json().items).toHaveLength(1);
    expect(visit.json().items[0]).toMatchObject({
      status: 'planned',
      durationMin: 30 + 20 + 15,
      skills: ['fan', 'psu'],
      kit: expect.arrayContaining([
        { partNumber: 'T-PSU', quantity: 1 },
        { partNumber: 'T-FAN', quantity: 1 },
      ]),
    });
    const number = visit.json().items[0].number as string;

    // The customer sees its visit but cannot plan one or run dispatch.
    expect((await get(w, customerUser, `/api/v1/field/visits/${number}`)).statusCode).toBe(200);
    expect((await post(w, customerUser, '/api/v1/field/dispatch', {})).statusCode).toBe(403);
    const sales2 = await customerWithSite(w, sales, 'RIV');
    const rival = await w.caller(['customer'], { customerId: sales2.id });
    expect((await get(w, rival, `/api/v1/field/visits/${number}`)).statusCode).toBe(404);
    expect((await get(w, rival, '/api/v1/field/visits')).json().items).toEqual([]);

    const plan = await post(w, sales, '/api/v1/field/dispatch', { days: 5, apply: true });
    expect(plan.statusCode, plan.body).toBe(200);
    const body = plan.json();
    expect(body.unassigned).toEqual([]);
    expect(body.objective.total).toBeLessThanOrEqual(body.nearestFirst.total);
    // Odessa is nearer Midland (ANA) than Austin (BEN).
    expect(body.routes[0].stops[0]).toMatchObject({ windowStart: expect.any(String) });
    expect(body.routes[0]).toMatchObject({
      technician: 'ANA',
      stops: [{ visit: number, siteCode: 'TX1' }],
    });
    const latest = await get(w, sales, '/api/v1/field/dispatch/latest');
    expect(latest.json().id).toBe(body.id);

    // On site, from the phone: my visits, check in, a result per machine, sign-off.
    const mine = (await get(w, tech, '/api/v1/field/visits?mine=true')).json().items;
    expect(mine.map((v: { number: string }) => v.number)).toEqual([number]);
    const url = `/api/v1/field/visits/${number}`;
    const early = await post(w, tech, `${url}/units/${serials[0]}`, { result: 'fixed' });
    expect(early.json().code).toBe('SERVICE_VISIT_STATE');
    const other = await w.caller(['technician']);
    expect((await post(w, other, `${url}/check-in`, {})).json().code).toBe(
      'SERVICE_VISIT_NOT_YOURS',
    );
    expect((await post(w, tech, `${url}/check-in`, {})).statusCode).toBe(200);
    const inside = (await get(w, lead, `/api/v1/production/units/${serials[0]}`)).json();
    const oldPsu = inside.components.find(
      (c: { partNumber: string }) => c.partNumber === 'T-PSU',
    ).serial;
    const fixed = await post(w, tech, `${url}/units/${serials[0]}`, {
      result: 'fixed',
      parts: [{ partNumber: 'T-PSU', removedSerial: oldPsu, installedSerial: 'PSU-VAN-1' }],
      note: 'PSU swapped',
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    const early2 = await post(w, tech, `${url}/complete`, { signoffName: 'Dana (site lead)' });
    expect(early2.json().code).toBe('SERVICE_VISIT_UNITS_OPEN');
    await post(w, tech, `${url}/units/${serials[1]}`, {
      result: 'not_fixed',
      note: 'Needs the depot',
    });
    const photo = await w.app.inject({
      method: 'POST',
      url: `${url}/attachments?name=rack.jpg`,
      headers: { ...tech.headers, 'content-type': 'image/jpeg' },
      payload: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]),
    });
    expect(photo.statusCode, photo.body).toBe(201);
    const done = await post(w, tech, `${url}/complete`, { signoffName: 'Dana (site lead)' });
    expect(done.json()).toEqual({ number, status: 'completed' });

    const after = (await get(w, customerUser, url)).json();
    expect(after).toMatchObject({ status: 'completed', signoffName: 'Dana (site lead)' });
    expect(after.units[0].partsUsed[0]).toMatchObject({
      installedSerial: 'PSU-VAN-1',
      costCents: null,
    });
    const staffView = (await get(w, sales, url)).json();
    expect(staffView.units[0].partsUsed[0].costCents).toBe(9000);
    expect(after.attachments).toHaveLength(1);
    // The van's PSU is in the machine, the old one in quarantine, the spare covered from today.
    const now = (await get(w, lead, `/api/v1/production/units/${serials[0]}`)).json();
    expect(now.components.map((c: { serial: string | null }) => c.serial)).toContain('PSU-VAN-1');
    expect((await get(w, tech, `/api/v1/inventory/serials/${oldPsu}`)).json().locationCode).toBe(
      'QUAR',
    );
    const cover = (await get(w, customerUser, `/api/v1/warranty/${serials[0]}`)).json();
    expect(cover.components).toEqual([
      expect.objectContaining({ serial: 'PSU-VAN-1', covered: true }),
    ]);
  });

  it('splits work longer than a day into visits of a day each', async () => {
    const w = world();
    const { serials, sales } = await deliveredMiners(w);
    const many = Array.from({ length: 7 }, (_, i) => `IMP-${i}`);
    await moreInstalled(w, serials[0]!, many, '2026-10-01');
    // 7 boards at 120 minutes: 30 + 3 × 120 fits 480 minutes, a fourth does not.
    const r = await post(w, sales, '/api/v1/field/visits', {
      customer: 'LSH',
      site: 'TX1',
      units: many.map((serial) => ({ serial, fault: 'chips_missing' })),
    });
    expect(r.statusCode, r.body).toBe(201);
    expect(
      r
        .json()
        .items.map((v: { units: unknown[]; durationMin: number }) => [
          v.units.length,
          v.durationMin,
        ]),
    ).toEqual([
      [3, 390],
      [3, 390],
      [1, 150],
    ]);
  });

  it('puts more machines on a planned visit while it fits a day, and not once it is given out', async () => {
    const w = world();
    const { serials, sales, customerUser } = await deliveredMiners(w);
    const many = Array.from({ length: 4 }, (_, i) => `IMP-${i}`);
    await moreInstalled(w, serials[0]!, many, '2026-10-01');
    const created = await post(w, sales, '/api/v1/field/visits', {
      customer: 'LSH',
      site: 'TX1',
      units: [{ serial: serials[0], fault: 'psu' }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const number = created.json().items[0].number as string;
    const add = (units: { serial: string; fault: string }[], who = sales) =>
      post(w, who, `/api/v1/field/visits/${number}/units`, { units });

    const added = await add([
      { serial: serials[1]!, fault: 'fan' },
      { serial: 'IMP-0', fault: 'chips_missing' },
    ]);
    expect(added.statusCode, added.body).toBe(200);
    // Time, skills and kit are those of all three machines now.
    expect(added.json()).toMatchObject({
      durationMin: 30 + 20 + 15 + 120,
      skills: ['fan', 'hashboard', 'psu'],
      kit: expect.arrayContaining([
        { partNumber: 'T-PSU', quantity: 1 },
        { partNumber: 'T-FAN', quantity: 1 },
      ]),
    });
    expect(added.json().units.map((u: { serial: string }) => u.serial)).toEqual(
      expect.arrayContaining([serials[0], serials[1], 'IMP-0']),
    );

    // Refused, and nothing changed: a machine already on it, one elsewhere, a visit past a day,
    // a customer asking.
    expect((await add([{ serial: serials[1]!, fault: 'psu' }])).json().code).toBe(
      'SERVICE_SERIAL_REPEATED',
    );
    expect((await add([{ serial: 'ELSEWHERE-1', fault: 'psu' }])).json().code).toBe(
      'SERVICE_VISIT_SERIAL_NOT_AT_SITE',
    );
    const tooLong = await add(
      ['IMP-1', 'IMP-2', 'IMP-3'].map((serial) => ({ serial, fault: 'chips_missing' })),
    );
    expect(tooLong.statusCode).toBe(409);
    expect(tooLong.json().code).toBe('SERVICE_VISIT_FULL');
    expect((await add([{ serial: 'IMP-1', fault: 'psu' }], customerUser)).statusCode).toBe(403);
    const now = (await get(w, sales, `/api/v1/field/visits/${number}`)).json();
    expect(now.units).toHaveLength(3);
    expect(now.durationMin).toBe(185);

    // Once dispatch gives it to a technician, the route is set: plan another visit instead.
    const r = await put(w, sales, '/api/v1/field/technicians/ANA', {
      name: 'Ana',
      homeLabel: 'Midland',
      homeLatitude: 31.99,
      homeLongitude: -102.08,
      skills: ['psu', 'fan', 'hashboard'],
      minutesPerDay: 600,
    });
    expect(r.statusCode, r.body).toBe(200);
    const plan = await post(w, sales, '/api/v1/field/dispatch', { days: 5, apply: true });
    expect(plan.statusCode, plan.body).toBe(200);
    const late = await add([{ serial: 'IMP-1', fault: 'psu' }]);
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('SERVICE_VISIT_ASSIGNED');
  });

  it('keeps a visit’s time true to its machines when two requests add to it at once', async () => {
    const w = world();
    const { serials, sales } = await deliveredMiners(w);
    await moreInstalled(w, serials[0]!, ['IMP-0'], '2026-10-01');
    const created = await post(w, sales, '/api/v1/field/visits', {
      customer: 'LSH',
      site: 'TX1',
      units: [{ serial: serials[0], fault: 'psu' }],
    });
    const number = created.json().items[0].number as string;
    const answers = await Promise.all(
      [
        { serial: serials[1]!, fault: 'fan' },
        { serial: 'IMP-0', fault: 'chips_missing' },
      ].map((unit) => post(w, sales, `/api/v1/field/visits/${number}/units`, { units: [unit] })),
    );
    for (const a of answers)
      if (a.statusCode !== 200) expect(a.json().code, a.body).toBe('SERVICE_VISIT_CHANGED');
    const visit = (await get(w, sales, `/api/v1/field/visits/${number}`)).json();
    const minutes: Record<string, number> = { psu: 20, fan: 15, chips_missing: 120 };
    expect(visit.durationMin).toBe(
      30 +
        visit.units.reduce((m: number, u: { faultCode: string }) => m + minutes[u.faultCode]!, 0),
    );
    expect(visit.units.length).toBe(1 + answers.filter((a) => a.statusCode === 200).length);
  });

  it('lists sites over the on-site threshold', async () => {
    const w = world();
    const { serials, customerUser, sales } = await deliveredMiners(w);
    const many = Array.from({ length: 6 }, (_, i) => `IMP-${i}`);
    await moreInstalled(w, serials[0]!, many, '2026-10-01');
    const set = await put(w, sales, '/api/v1/service/settings/onsite_min_failed_units', {
      value: '5',
    });
    expect(set.statusCode, set.body).toBe(200);
    await post(w, customerUser, '/api/v1/rmas', {
      units: many.map((serial) => ({ serial, fault: 'fan' })),
    });
    const candidates = (await get(w, sales, '/api/v1/field/onsite-candidates')).json();
    expect(candidates).toEqual({
      threshold: 5,
      items: [{ customerCode: 'LSH', siteCode: 'TX1', siteName: 'Odessa', failedUnits: 6 }],
    });
  });
});
