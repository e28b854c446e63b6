import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { systemActor } from '../../src/platform/authz.js';
import type { DomainEvent } from '../../src/platform/events/events.js';
import { verifySignature } from '../../src/platform/webhooks/signature.js';
import { describeEachDialect, type World } from '../kit/world.js';

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

/** A real HTTP receiver on loopback that answers with the statuses it is given, in turn. */
async function receiver(
  statuses: number[],
): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.statusCode = statuses[Math.min(received.length - 1, statuses.length - 1)] ?? 200;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    server,
  };
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/**
 * A receiver answering `statuses`, an admin, and the admin's subscription to it, created a
 * second after the admin (so the admin's own creation is not delivered).
 */
async function subscribedReceiver(w: World, statuses: number[], eventTypes: string[]) {
  const hook = await receiver(statuses);
  servers.push(hook.server);
  const admin = await w.caller(['admin']);
  w.clock.advance(1_000);
  const created = await w.app.inject({
    method: 'POST',
    url: '/api/v1/webhooks/subscriptions',
    headers: admin.headers,
    payload: { url: hook.url, eventTypes },
  });
  return {
    hook,
    admin,
    subscription: created.json().subscription as { id: string },
    secret: created.json().secret as string,
  };
}

describeEachDialect('outbox and dispatcher', (world) => {
  it('writes the event in the transaction of the change: a rolled-back change leaves no event', async () => {
    const w = world();
    const { db, events } = w.system.platform;
    await expect(
      db.transaction().execute(async (trx) => {
        await events.emit(trx, {
          type: 'user.created',
          entityType: 'user',
          entityId: 'u1',
          payload: {},
        });
        throw new Error('crash mid-write');
      }),
    ).rejects.toThrow('crash mid-write');
    expect(await w.system.platform.dispatcher.pendingCount()).toBe(0);
    await events.emit(db, {
      type: 'user.created',
      entityType: 'user',
      entityId: 'u2',
      payload: {},
    });
    expect(await w.system.platform.dispatcher.pendingCount()).toBe(1);
  });

  it('refuses undeclared event types', async () => {
    const w = world();
    await expect(
      w.system.platform.events.emit(w.system.platform.db, {
        type: 'user.creatd',
        entityType: 'user',
        entityId: 'x',
        payload: {},
      }),
    ).rejects.toThrow(/Undeclared/);
  });

  it('delivers at least once: a failing subscriber sees the event again after backoff', async () => {
    const w = world();
    const { dispatcher, events, db } = w.system.platform;
    const seen: string[] = [];
    let failuresLeft = 2;
    dispatcher.subscribe('flaky', async (event) => {
      seen.push(event.entityId);
      if (failuresLeft-- > 0) throw new Error('downstream unavailable');
    });
    await events.emit(db, {
      type: 'user.created',
      entityType: 'user',
      entityId: 'u-1',
      payload: { n: 1 },
    });
    expect(await dispatcher.drainOnce()).toBe(1);
    expect(await dispatcher.drainOnce()).toBe(0); // backing off
    w.clock.advance(1_000);
    await dispatcher.drainOnce();
    w.clock.advance(2_000);
    await dispatcher.drainOnce();
    expect(seen).toEqual(['u-1', 'u-1', 'u-1']);
    expect(await dispatcher.pendingCount()).toBe(0);
    const row = await db
      .selectFrom('outboxEvents')
      .selectAll()
      .where('entityId', '=', 'u-1')
      .executeTakeFirstOrThrow();
    expect(row.attempts).toBe(2);
    expect(row.dispatchedAt).not.toBeNull();
  });

  it('dispatches in order of emission', async () => {
    const w = world();
    const { dispatcher, events, db } = w.system.platform;
    const seen: string[] = [];
    dispatcher.subscribe('recorder', async (e) => void seen.push(e.entityId));
    for (const id of ['a', 'b', 'c', 'd'])
      await events.emit(db, {
        type: 'user.created',
        entityType: 'user',
        entityId: id,
        payload: {},
      });
    await dispatcher.drain();
    expect(seen).toEqual(['a', 'b', 'c', 'd']);
  });
});

describeEachDialect('outgoing webhooks', (world) => {
  it('delivers a signed event to a subscribed URL and logs the delivery', async () => {
    const w = world();
    const hook = await receiver([204]);
    servers.push(hook.server);
    const admin = await w.caller(['admin']);
    w.clock.advance(1_000); // the admin's own creation happened before the subscription
    const created = await w.app.inject({
      method: 'POST',
      url: '/api/v1/webhooks/subscriptions',
      headers: admin.headers,
      payload: { url: hook.url, eventTypes: ['user.created'], description: 'ERP' },
    });
    expect(created.statusCode).toBe(201);
    const { subscription, secret } = created.json();
    expect(secret).toMatch(/^whsec_/);
    const listed = await w.app.inject({
      method: 'GET',
      url: '/api/v1/webhooks/subscriptions',
      headers: admin.headers,
    });
    expect(JSON.stringify(listed.json())).not.toContain(secret);

    const user = await w.createUser(['planner']);
    await w.system.platform.dispatcher.drain();
    expect(await w.system.platform.sender.sendDue()).toBe(1);

    expect(hook.received).toHaveLength(1);
    const got = hook.received[0]!;
    const body = JSON.parse(got.body);
    expect(body).toMatchObject({
      type: 'user.created',
      entityType: 'user',
      entityId: user.id,
      data: { email: user.email },
    });
    expect(got.headers['rigline-event-type']).toBe('user.created');
    expect(got.headers['rigline-event-id']).toBe(body.id);
    expect(
      verifySignature(
        secret,
        got.body,
        String(got.headers['rigline-signature']),
        300_000,
        w.clock.now(),
      ),
    ).toBe(true);
    expect(
      verifySignature(
        'whsec_wrong',
        got.body,
        String(got.headers['rigline-signature']),
        300_000,
        w.clock.now(),
      ),
    ).toBe(false);

    const log = await w.app.inject({
      method: 'GET',
      url: `/api/v1/webhooks/deliveries?subscriptionId=${subscription.id}`,
      headers: admin.headers,
    });
    expect(log.json().items).toEqual([
      expect.objectContaining({
        eventType: 'user.created',
        status: 'succeeded',
        attempts: 1,
        lastStatusCode: 204,
      }),
    ]);
  });

  it('retries a failing receiver with growing backoff, then gives up as dead', async () => {
    const w = world();
    const { hook } = await subscribedReceiver(w, [500], ['*']);
    await w.createUser(['sales']);
    await w.system.platform.dispatcher.drain();
    const sender = w.system.platform.sender;
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 8; attempt += 1) {
      expect(await sender.sendDue(), `attempt ${attempt}`).toBe(1);
      expect(await sender.sendDue()).toBe(0); // not due again yet
      const d = await w.system.platform.db
        .selectFrom('webhookDeliveries')
        .selectAll()
        .executeTakeFirstOrThrow();
      if (d.nextAttemptAt !== null) {
        delays.push(d.nextAttemptAt - w.clock.now());
        w.clock.set(d.nextAttemptAt);
      }
    }
    expect(delays).toEqual([5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 320_000]);
    const d = await w.system.platform.db
      .selectFrom('webhookDeliveries')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(d).toMatchObject({
      status: 'dead',
      attempts: 8,
      lastStatusCode: 500,
      nextAttemptAt: null,
    });
    expect(hook.received).toHaveLength(8);
    // Every retry carries the same event id, so a receiver can dedupe.
    expect(new Set(hook.received.map((r) => r.headers['rigline-event-id'])).size).toBe(1);
    const attempts = await w.system.platform.db.selectFrom('webhookAttempts').selectAll().execute();
    expect(attempts).toHaveLength(8);
  });

  it('a failed attempt followed by a success ends succeeded', async () => {
    const w = world();
    const { admin } = await subscribedReceiver(w, [503, 200], ['token.created']);
    await w.system.platform.tokens.create(systemActor('t'), {
      name: 'x',
      scope: 'user',
      userId: admin.user.id,
    });
    await w.system.platform.dispatcher.drain();
    await w.system.platform.sender.sendDue();
    w.clock.advance(5_000);
    await w.system.platform.sender.sendDue();
    const all = await w.system.platform.db.selectFrom('webhookDeliveries').selectAll().execute();
    expect(all).toHaveLength(1);
    const d = all[0];
    expect(d).toMatchObject({ status: 'succeeded', attempts: 2, lastStatusCode: 200 });
  });

  it('a new subscription does not receive events from before it existed', async () => {
    const w = world();
    const admin = await w.caller(['admin']);
    await w.createUser(['sales']);
    w.clock.advance(1_000);
    await w.app.inject({
      method: 'POST',
      url: '/api/v1/webhooks/subscriptions',
      headers: admin.headers,
      payload: { url: 'http://127.0.0.1:9/x', eventTypes: ['*'] },
    });
    await w.createUser(['buyer']);
    await w.system.platform.dispatcher.drain();
    const rows = await w.system.platform.db
      .selectFrom('webhookDeliveries')
      .select('eventType')
      .execute();
    expect(rows).toEqual([{ eventType: 'user.created' }]);
  });

  it('switching a subscription off stops its pending deliveries', async () => {
    const w = world();
    const hook = await receiver([500]);
    servers.push(hook.server);
    const admin = await w.caller(['admin']);
    w.clock.advance(1_000);
    const sub = (
      await w.app.inject({
        method: 'POST',
        url: '/api/v1/webhooks/subscriptions',
        headers: admin.headers,
        payload: { url: hook.url, eventTypes: ['*'] },
      })
    ).json().subscription;
    await w.createUser(['sales']);
    await w.system.platform.dispatcher.drain();
    await w.system.platform.sender.sendDue();
    expect(hook.received).toHaveLength(1);
    await w.app.inject({
      method: 'PATCH',
      url: `/api/v1/webhooks/subscriptions/${sub.id}`,
      headers: admin.headers,
      payload: { active: false },
    });
    w.clock.advance(60_000);
    await w.system.platform.sender.sendDue();
    expect(hook.received).toHaveLength(1);
    const d = await w.system.platform.db
      .selectFrom('webhookDeliveries')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(d).toMatchObject({ status: 'dead', lastError: 'subscription is inactive' });
  });

  it('two senders at once post a delivery only once', async () => {
    const w = world();
    const { hook } = await subscribedReceiver(w, [200], ['*']);
    await w.createUser(['sales']);
    await w.system.platform.dispatcher.drain();
    const sender = w.system.platform.sender;
    const sent = await Promise.all([sender.sendDue(), sender.sendDue(), sender.sendDue()]);
    expect(sent.reduce((a, b) => a + b, 0)).toBe(1);
    expect(hook.received).toHaveLength(1);
  });

  it('re-dispatching an event never creates a second delivery', async () => {
    const w = world();
    const admin = await w.caller(['admin']);
    w.clock.advance(1_000);
    await w.app.inject({
      method: 'POST',
      url: '/api/v1/webhooks/subscriptions',
      headers: admin.headers,
      payload: { url: 'http://127.0.0.1:9/x', eventTypes: ['*'] },
    });
    await w.createUser(['sales']);
    const { db, webhooks } = w.system.platform;
    const event = await db
      .selectFrom('outboxEvents')
      .selectAll()
      .where('type', '=', 'user.created')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    const domain = { ...event, payload: JSON.parse(event.payload) } as DomainEvent;
    await webhooks.fanOut(domain);
    await webhooks.fanOut(domain);
    const n = await db
      .selectFrom('webhookDeliveries')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('eventId', '=', event.id)
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(1);
  });

  it('the test button sends a ping to that subscription only', async () => {
    const w = world();
    const hook = await receiver([200]);
    servers.push(hook.server);
    const admin = await w.caller(['admin']);
    const a = (
      await w.app.inject({
        method: 'POST',
        url: '/api/v1/webhooks/subscriptions',
        headers: admin.headers,
        payload: { url: hook.url, eventTypes: ['*'] },
      })
    ).json().subscription;
    await w.app.inject({
      method: 'POST',
      url: '/api/v1/webhooks/subscriptions',
      headers: admin.headers,
      payload: { url: 'http://127.0.0.1:9/other', eventTypes: ['*'] },
    });
    const r = await w.app.inject({
      method: 'POST',
      url: `/api/v1/webhooks/subscriptions/${a.id}/test`,
      headers: admin.headers,
    });
    expect(r.statusCode).toBe(202);
    await w.system.platform.dispatcher.drain();
    const pings = await w.system.platform.db
      .selectFrom('webhookDeliveries')
      .selectAll()
      .where('eventType', '=', 'webhook.ping')
      .execute();
    expect(pings.map((p) => p.subscriptionId)).toEqual([a.id]);
  });

  it('refuses unknown event types and non-http URLs', async () => {
    const w = world();
    const admin = await w.caller(['admin']);
    const bad = await w.app.inject({
      method: 'POST',
      url: '/api/v1/webhooks/subscriptions',
      headers: admin.headers,
      payload: { url: 'https://x.example/h', eventTypes: ['user.exploded'] },
    });
    expect(bad.json().code).toBe('WEBHOOK_UNKNOWN_EVENT_TYPE');
    const ftp = await w.app.inject({
      method: 'POST',
      url: '/api/v1/webhooks/subscriptions',
      headers: admin.headers,
      payload: { url: 'ftp://x.example/h', eventTypes: ['*'] },
    });
    expect(ftp.statusCode).toBe(400);
  });
});

describeEachDialect(
  'webhook destinations',
  (world) => {
    it('does not post to private addresses unless configured to', async () => {
      const w = world();
      const hook = await receiver([200]);
      servers.push(hook.server);
      const admin = await w.caller(['admin']);
      await w.app.inject({
        method: 'POST',
        url: '/api/v1/webhooks/subscriptions',
        headers: admin.headers,
        payload: { url: hook.url, eventTypes: ['*'] },
      });
      await w.createUser(['sales']);
      await w.system.platform.dispatcher.drain();
      await w.system.platform.sender.sendDue();
      expect(hook.received).toHaveLength(0);
      const d = await w.system.platform.db
        .selectFrom('webhookDeliveries')
        .selectAll()
        .where('eventType', '=', 'user.created')
        .executeTakeFirstOrThrow();
      expect(d.status).toBe('failed');
      expect(d.lastError).toMatch(/private address/);
    });

    it('refuses a host name that resolves to a private address when connecting', async () => {
      const w = world();
      const hook = await receiver([200]);
      servers.push(hook.server);
      const admin = await w.caller(['admin']);
      w.clock.advance(1_000);
      const url = hook.url.replace('127.0.0.1', 'localhost');
      await w.app.inject({
        method: 'POST',
        url: '/api/v1/webhooks/subscriptions',
        headers: admin.headers,
        payload: { url, eventTypes: ['*'] },
      });
      await w.createUser(['sales']);
      await w.system.platform.dispatcher.drain();
      await w.system.platform.sender.sendDue();
      expect(hook.received).toHaveLength(0);
      const d = await w.system.platform.db
        .selectFrom('webhookDeliveries')
        .selectAll()
        .executeTakeFirstOrThrow();
      expect(d.lastError).toMatch(/localhost resolves to a private address/);
    });
  },
  { env: { RIGLINE_WEBHOOK_ALLOW_PRIVATE: 'false' } },
);
