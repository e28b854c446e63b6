import { expect, it } from 'vitest';
import { describeEachDialect } from '../kit/world.js';

describeEachDialect('access control', (world) => {
  it('answers 401 problem+json without credentials on every non-public route', async () => {
    const w = world();
    for (const [method, url] of [
      ['GET', '/api/v1/me'],
      ['GET', '/api/v1/users'],
      ['POST', '/api/v1/tokens'],
      ['GET', '/api/v1/audit'],
      ['GET', '/api/v1/home'],
      ['GET', '/api/v1/webhooks/subscriptions'],
      ['GET', '/metrics'],
    ] as const) {
      const r = await w.app.inject({ method, url });
      expect(r.statusCode, `${method} ${url}`).toBe(401);
      expect(r.headers['content-type']).toContain('application/problem+json');
      expect(r.json().code).toBe('AUTH_REQUIRED');
    }
  });

  it('rejects a malformed Authorization header', async () => {
    const w = world();
    const r = await w.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: 'Basic abc' },
    });
    expect(r.statusCode).toBe(401);
    expect(r.json().code).toBe('AUTH_BAD_HEADER');
  });

  it('answers 403 when the role is missing', async () => {
    const w = world();
    const planner = await w.caller(['planner']);
    for (const [method, url] of [
      ['GET', '/api/v1/users'],
      ['GET', '/api/v1/audit'],
      ['GET', '/metrics'],
      ['GET', '/api/v1/webhooks/subscriptions'],
    ] as const) {
      const r = await w.app.inject({ method, url, headers: planner.headers });
      expect(r.statusCode, url).toBe(403);
      expect(r.json().code).toBe('FORBIDDEN_ROLE');
    }
    const other = await w.createUser(['sales']);
    expect(
      (
        await w.app.inject({
          method: 'GET',
          url: `/api/v1/users/${other.id}`,
          headers: planner.headers,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await w.app.inject({
          method: 'GET',
          url: `/api/v1/users/${planner.user.id}`,
          headers: planner.headers,
        })
      ).statusCode,
    ).toBe(200);
  });

  it('admins pass every role check', async () => {
    const w = world();
    const admin = await w.caller(['admin']);
    for (const url of [
      '/api/v1/users',
      '/api/v1/audit',
      '/metrics',
      '/api/v1/webhooks/subscriptions',
    ]) {
      expect(
        (await w.app.inject({ method: 'GET', url, headers: admin.headers })).statusCode,
        url,
      ).toBe(200);
    }
  });
});

describeEachDialect('customer tenancy', (world) => {
  async function twoCustomers() {
    const w = world();
    const acme = await w.caller(['customer'], { customerId: 'cust-lone-star' });
    const rival = await w.caller(['customer'], { customerId: 'cust-permian' });
    const admin = await w.caller(['admin']);
    return { w, acme, rival, admin };
  }

  it('a customer cannot list users, read another user, or read the audit log', async () => {
    const { w, acme, rival } = await twoCustomers();
    expect(
      (await w.app.inject({ method: 'GET', url: '/api/v1/users', headers: acme.headers }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await w.app.inject({
          method: 'GET',
          url: `/api/v1/users/${rival.user.id}`,
          headers: acme.headers,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await w.app.inject({ method: 'GET', url: '/api/v1/audit', headers: acme.headers }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await w.app.inject({
          method: 'PATCH',
          url: `/api/v1/users/${acme.user.id}`,
          headers: acme.headers,
          payload: { roles: ['admin'] },
        })
      ).statusCode,
    ).toBe(403);
  });

  it("a customer's webhook subscriptions are its own: others' are invisible and untouchable", async () => {
    const { w, acme, rival, admin } = await twoCustomers();
    const mine = await w.app.inject({
      method: 'POST',
      url: '/api/v1/webhooks/subscriptions',
      headers: acme.headers,
      payload: { url: 'https://hooks.lonestar.example/rigline', eventTypes: ['user.updated'] },
    });
    expect(mine.statusCode).toBe(201);
    const sub = mine.json().subscription;
    expect(sub.customerId).toBe('cust-lone-star');

    const rivalList = await w.app.inject({
      method: 'GET',
      url: '/api/v1/webhooks/subscriptions',
      headers: rival.headers,
    });
    expect(rivalList.json().items).toEqual([]);
    for (const [method, url, payload] of [
      ['PATCH', `/api/v1/webhooks/subscriptions/${sub.id}`, { active: false }],
      ['DELETE', `/api/v1/webhooks/subscriptions/${sub.id}`, undefined],
      ['POST', `/api/v1/webhooks/subscriptions/${sub.id}/test`, undefined],
    ] as const) {
      const r = await w.app.inject({
        method,
        url,
        headers: rival.headers,
        ...(payload ? { payload } : {}),
      });
      expect(r.statusCode, `${method} ${url}`).toBe(404);
      expect(r.json().code).toBe('WEBHOOK_SUBSCRIPTION_NOT_FOUND');
    }
    const still = await w.app.inject({
      method: 'GET',
      url: '/api/v1/webhooks/subscriptions',
      headers: admin.headers,
    });
    expect(
      still.json().items.map((s: { id: string; active: boolean }) => [s.id, s.active]),
    ).toEqual([[sub.id, true]]);
  });

  it("a customer's deliveries list shows only its own account's deliveries", async () => {
    const { w, acme, rival } = await twoCustomers();
    for (const c of [acme, rival]) {
      const sub = (
        await w.app.inject({
          method: 'POST',
          url: '/api/v1/webhooks/subscriptions',
          headers: c.headers,
          payload: { url: 'http://127.0.0.1:9/none', eventTypes: ['user.updated'] },
        })
      ).json().subscription;
      await w.app.inject({
        method: 'POST',
        url: `/api/v1/webhooks/subscriptions/${sub.id}/test`,
        headers: c.headers,
      });
    }
    await w.system.platform.dispatcher.drain();
    const mine = await w.app.inject({
      method: 'GET',
      url: '/api/v1/webhooks/deliveries',
      headers: acme.headers,
    });
    const all = await w.system.platform.db
      .selectFrom('webhookDeliveries')
      .select('customerId')
      .execute();
    expect(all.map((d) => d.customerId).sort()).toEqual(['cust-lone-star', 'cust-permian']);
    expect(mine.json().items).toHaveLength(1);
    const filterOther = await w.app.inject({
      method: 'GET',
      url: `/api/v1/webhooks/deliveries?subscriptionId=${'x'}`,
      headers: acme.headers,
    });
    expect(filterOther.json().items).toEqual([]);
  });

  it("a customer's home counts cover only what it may see", async () => {
    const { w, acme } = await twoCustomers();
    const home = await w.app.inject({ method: 'GET', url: '/api/v1/home', headers: acme.headers });
    const keys = home.json().counts.map((c: { key: string }) => c.key);
    expect(keys).not.toContain('users');
    expect(keys).not.toContain('auditToday');
    expect(home.json().counts.find((c: { key: string }) => c.key === 'apiTokens').value).toBe(1);
  });

  it("a customer event never reaches another customer's webhook", async () => {
    const { w, acme, rival } = await twoCustomers();
    for (const c of [acme, rival]) {
      await w.app.inject({
        method: 'POST',
        url: '/api/v1/webhooks/subscriptions',
        headers: c.headers,
        payload: { url: 'http://127.0.0.1:9/x', eventTypes: ['*'] },
      });
    }
    const admin = await w.caller(['admin']);
    // Staff change a user of the Lone Star account: only Lone Star's subscription hears of it.
    await w.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${acme.user.id}`,
      headers: admin.headers,
      payload: { name: 'Renamed' },
    });
    await w.system.platform.dispatcher.drain();
    const rows = await w.system.platform.db
      .selectFrom('webhookDeliveries')
      .select(['customerId', 'eventType'])
      .where('eventType', '=', 'user.updated')
      .execute();
    expect(rows).toEqual([{ customerId: 'cust-lone-star', eventType: 'user.updated' }]);
  });

  it('a customer user without an account is refused rather than shown everything', async () => {
    const w = world();
    const orphan = await w.caller(['customer'], { customerId: 'temp' });
    await w.system.platform.db
      .updateTable('users')
      .set({ customerId: null })
      .where('id', '=', orphan.user.id)
      .execute();
    const r = await w.app.inject({
      method: 'GET',
      url: '/api/v1/webhooks/subscriptions',
      headers: orphan.headers,
    });
    expect(r.statusCode).toBe(403);
    expect(r.json().code).toBe('FORBIDDEN_NO_CUSTOMER');
  });
});
