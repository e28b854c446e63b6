import { expect, it } from 'vitest';
import { systemActor } from '../../src/platform/authz.js';
import { describeEachDialect, TEST_PASSWORD } from '../kit/world.js';

describeEachDialect('sign-in and sessions', (world) => {
  it('signs in with the right password and reads /me by cookie', async () => {
    const w = world();
    const user = await w.createUser(['planner']);
    const { cookie, csrf, response } = await w.login(user.email);
    expect(response.statusCode).toBe(200);
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const me = await w.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      id: user.id,
      email: user.email,
      roles: ['planner'],
      kind: 'user',
      csrfToken: csrf,
    });
  });

  it('refuses a wrong password with a problem and the same message as an unknown email', async () => {
    const w = world();
    const user = await w.createUser(['buyer']);
    const wrong = await w.login(user.email, 'not the password');
    const unknown = await w.login('nobody@test.rigline', 'whatever password');
    for (const r of [wrong.response, unknown.response]) {
      expect(r.statusCode).toBe(401);
      expect(r.headers['content-type']).toContain('application/problem+json');
      expect(r.json()).toMatchObject({
        code: 'AUTH_INVALID_CREDENTIALS',
        detail: 'Email or password is incorrect.',
      });
    }
  });

  it('locks an account after repeated failures, then lets it in after the lockout', async () => {
    const w = world();
    const user = await w.createUser(['sales']);
    for (let i = 0; i < 5; i += 1)
      expect((await w.login(user.email, 'wrong password!')).response.statusCode).toBe(401);
    const locked = await w.login(user.email);
    expect(locked.response.statusCode).toBe(429);
    expect(locked.response.json().code).toBe('AUTH_LOCKED');
    expect(Number(locked.response.headers['retry-after'])).toBeGreaterThan(0);
    w.clock.advance(16 * 60_000);
    expect((await w.login(user.email)).response.statusCode).toBe(200);
    const audit = await w.system.platform.audit.list(w.system.platform.db, {
      entityId: user.id,
      action: 'auth.lockout',
      limit: 10,
    });
    expect(audit.items).toHaveLength(1);
  });

  it('a lockout binds the guessing address only, and unknown emails lock the same way', async () => {
    const w = world();
    const user = await w.createUser(['admin']);
    const attempt = (email: string, password: string, remoteAddress: string) =>
      w.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email, password },
        remoteAddress,
      });
    for (let i = 0; i < 5; i += 1) await attempt(user.email, 'wrong password!', '203.0.113.9');
    expect((await attempt(user.email, TEST_PASSWORD, '203.0.113.9')).json().code).toBe(
      'AUTH_LOCKED',
    );
    // The owner, from their own address, is not locked out by the attacker.
    expect((await attempt(user.email, TEST_PASSWORD, '198.51.100.7')).statusCode).toBe(200);
    for (let i = 0; i < 5; i += 1)
      await attempt('nobody@test.rigline', 'wrong password!', '203.0.113.9');
    expect(
      (await attempt('nobody@test.rigline', 'anything at all', '203.0.113.9')).json().code,
    ).toBe('AUTH_LOCKED');
  });

  it('an admin password reset lifts a lockout', async () => {
    const w = world();
    const admin = await w.caller(['admin']);
    const user = await w.createUser(['buyer']);
    for (let i = 0; i < 5; i += 1) await w.login(user.email, 'wrong password!');
    const locked = await w.app.inject({
      method: 'GET',
      url: `/api/v1/users/${user.id}`,
      headers: admin.headers,
    });
    expect(locked.json().lockedUntil).toBeGreaterThan(w.clock.now());
    await w.app.inject({
      method: 'POST',
      url: `/api/v1/users/${user.id}/password`,
      headers: admin.headers,
      payload: { password: 'a fresh password' },
    });
    expect((await w.login(user.email, 'a fresh password')).response.statusCode).toBe(200);
  });

  it('requires the CSRF header for cookie-authenticated writes, not for reads', async () => {
    const w = world();
    const user = await w.createUser(['planner']);
    const { cookie, csrf } = await w.login(user.email);
    const payload = { name: 'laptop' };
    const without = await w.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { cookie },
      payload,
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().code).toBe('AUTH_CSRF');
    const wrong = await w.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { cookie, 'x-csrf-token': 'nope' },
      payload,
    });
    expect(wrong.statusCode).toBe(403);
    const ok = await w.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { cookie, 'x-csrf-token': csrf },
      payload,
    });
    expect(ok.statusCode).toBe(201);
  });

  it('logs out: the cookie stops working', async () => {
    const w = world();
    const user = await w.createUser(['trade']);
    const { cookie, csrf } = await w.login(user.email);
    const out = await w.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie, 'x-csrf-token': csrf },
    });
    expect(out.statusCode).toBe(204);
    const me = await w.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
    const audit = await w.system.platform.audit.list(w.system.platform.db, {
      entityId: user.id,
      action: 'auth.logout',
      limit: 5,
    });
    expect(audit.items).toHaveLength(1);
  });

  it('expires sessions after their lifetime', async () => {
    const w = world();
    const user = await w.createUser(['trade']);
    const { cookie } = await w.login(user.email);
    w.clock.advance(13 * 3600_000);
    expect(
      (await w.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })).statusCode,
    ).toBe(401);
  });

  it('disabling a user ends its sessions and refuses new sign-ins', async () => {
    const w = world();
    const admin = await w.caller(['admin']);
    const user = await w.createUser(['logistics']);
    const { cookie } = await w.login(user.email);
    const patch = await w.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      headers: admin.headers,
      payload: { disabled: true },
    });
    expect(patch.statusCode).toBe(200);
    expect(patch.json().disabled).toBe(true);
    expect(
      (await w.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })).statusCode,
    ).toBe(401);
    expect((await w.login(user.email)).response.statusCode).toBe(401);
  });
});

describeEachDialect('API tokens', (world) => {
  it('creates a token whose secret authenticates, then revokes it', async () => {
    const w = world();
    const me = await w.caller(['buyer']);
    const created = await w.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: me.headers,
      payload: { name: 'erp sync', expiresInDays: 30 },
    });
    expect(created.statusCode).toBe(201);
    const { token, secret } = created.json();
    expect(token).toMatchObject({
      name: 'erp sync',
      scope: 'user',
      userId: me.user.id,
      revokedAt: null,
    });
    expect(JSON.stringify(token)).not.toContain(secret.slice('rgl_'.length + 36 + 1));
    const auth = { authorization: `Bearer ${secret}` };
    expect(
      (await w.app.inject({ method: 'GET', url: '/api/v1/me', headers: auth })).json().id,
    ).toBe(me.user.id);
    const revoked = await w.app.inject({
      method: 'DELETE',
      url: `/api/v1/tokens/${token.id}`,
      headers: me.headers,
    });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().revokedAt).toBe(w.clock.now());
    const after = await w.app.inject({ method: 'GET', url: '/api/v1/me', headers: auth });
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('AUTH_INVALID_TOKEN');
  });

  it('stores only a hash of the secret', async () => {
    const w = world();
    const user = await w.createUser(['sales']);
    const { secret, token } = await w.system.platform.tokens.create(systemActor('test'), {
      name: 'x',
      scope: 'user',
      userId: user.id,
    });
    const row = await w.system.platform.db
      .selectFrom('apiTokens')
      .selectAll()
      .where('id', '=', token.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(secret.slice(-20));
  });

  it('expires tokens', async () => {
    const w = world();
    const me = await w.caller(['sales']);
    const { secret } = (
      await w.app.inject({
        method: 'POST',
        url: '/api/v1/tokens',
        headers: me.headers,
        payload: { name: 'short', expiresInDays: 1 },
      })
    ).json();
    w.clock.advance(2 * 86_400_000);
    expect(
      (
        await w.app.inject({
          method: 'GET',
          url: '/api/v1/me',
          headers: { authorization: `Bearer ${secret}` },
        })
      ).statusCode,
    ).toBe(401);
  });

  it('refuses a tampered secret', async () => {
    const w = world();
    const me = await w.caller(['sales']);
    const tampered =
      me.headers.authorization.slice(0, -2) +
      (me.headers.authorization.endsWith('AA') ? 'BB' : 'AA');
    expect(
      (
        await w.app.inject({
          method: 'GET',
          url: '/api/v1/me',
          headers: { authorization: tampered },
        })
      ).statusCode,
    ).toBe(401);
  });

  it('site collector tokens are admin-issued, name a site, and reach only site routes', async () => {
    const w = world();
    const admin = await w.caller(['admin']);
    const planner = await w.caller(['planner']);
    const denied = await w.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: planner.headers,
      payload: { name: 'c', scope: 'site', siteId: 'site-1' },
    });
    expect(denied.statusCode).toBe(403);
    const noSite = await w.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: admin.headers,
      payload: { name: 'c', scope: 'site' },
    });
    expect(noSite.statusCode).toBe(400);
    const created = await w.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: admin.headers,
      payload: { name: 'collector', scope: 'site', siteId: 'site-1' },
    });
    expect(created.statusCode).toBe(201);
    const site = { authorization: `Bearer ${created.json().secret}` };
    const me = await w.app.inject({ method: 'GET', url: '/api/v1/me', headers: site });
    expect(me.json()).toMatchObject({ kind: 'site', siteId: 'site-1', roles: [] });
    for (const url of ['/api/v1/users', '/api/v1/tokens', '/api/v1/home', '/api/v1/audit']) {
      expect((await w.app.inject({ method: 'GET', url, headers: site })).statusCode, url).toBe(403);
    }
  });

  it('only admins create tokens that never expire', async () => {
    const w = world();
    const me = await w.caller(['sales']);
    const r = await w.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: me.headers,
      payload: { name: 'forever', expiresInDays: 0 },
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().code).toBe('TOKEN_EXPIRY_REQUIRED');
    const admin = await w.caller(['admin']);
    const ok = await w.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: admin.headers,
      payload: { name: 'prometheus', expiresInDays: 0 },
    });
    expect(ok.json().token.expiresAt).toBeNull();
  });

  it("records a customer's token changes under its own account, whoever made them", async () => {
    const w = world();
    const admin = await w.caller(['admin']);
    const customer = await w.createUser(['customer'], { customerId: 'cust-red-river' });
    const created = await w.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: admin.headers,
      payload: { name: 'for them', userId: customer.id },
    });
    await w.app.inject({
      method: 'DELETE',
      url: `/api/v1/tokens/${created.json().token.id}`,
      headers: admin.headers,
    });
    const db = w.system.platform.db;
    const audit = await db
      .selectFrom('auditLog')
      .select(['action', 'customerId'])
      .where('entityId', '=', created.json().token.id)
      .execute();
    expect(audit.map((a) => [a.action, a.customerId]).sort()).toEqual([
      ['token.create', 'cust-red-river'],
      ['token.revoke', 'cust-red-river'],
    ]);
    const events = await db
      .selectFrom('outboxEvents')
      .select(['type', 'customerId'])
      .where('entityId', '=', created.json().token.id)
      .execute();
    expect(events.every((e) => e.customerId === 'cust-red-river')).toBe(true);
  });

  it('non-admins see and revoke only their own tokens', async () => {
    const w = world();
    const alice = await w.caller(['planner']);
    const bob = await w.caller(['planner']);
    const list = await w.app.inject({
      method: 'GET',
      url: '/api/v1/tokens',
      headers: alice.headers,
    });
    expect(list.json().items.map((t: { userId: string }) => t.userId)).toEqual([alice.user.id]);
    const bobsToken = (
      await w.app.inject({ method: 'GET', url: '/api/v1/tokens', headers: bob.headers })
    ).json().items[0];
    const steal = await w.app.inject({
      method: 'DELETE',
      url: `/api/v1/tokens/${bobsToken.id}`,
      headers: alice.headers,
    });
    expect(steal.statusCode).toBe(404);
    const forOther = await w.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: alice.headers,
      payload: { name: 'x', userId: bob.user.id },
    });
    expect(forOther.statusCode).toBe(403);
  });
});

describeEachDialect('users (admin)', (world) => {
  it('creates, lists, searches, updates and resets users; the audit log records each change', async () => {
    const w = world();
    const admin = await w.caller(['admin']);
    const created = await w.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin.headers,
      payload: {
        email: 'Lead@Plant.Example',
        name: 'Line Lead',
        roles: ['production'],
        password: 'twelve chars ok',
      },
    });
    expect(created.statusCode).toBe(201);
    const user = created.json();
    expect(user).toMatchObject({
      email: 'lead@plant.example',
      roles: ['production'],
      disabled: false,
    });
    expect(user).not.toHaveProperty('passwordHash');

    const dup = await w.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin.headers,
      payload: {
        email: 'lead@plant.example',
        name: 'x',
        roles: ['production'],
        password: 'twelve chars ok',
      },
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('USER_EMAIL_TAKEN');

    const search = await w.app.inject({
      method: 'GET',
      url: '/api/v1/users?q=line%20lead',
      headers: admin.headers,
    });
    expect(search.json().items.map((u: { id: string }) => u.id)).toEqual([user.id]);
    const byRole = await w.app.inject({
      method: 'GET',
      url: '/api/v1/users?role=production',
      headers: admin.headers,
    });
    expect(byRole.json().items.map((u: { id: string }) => u.id)).toEqual([user.id]);
    const escaped = await w.app.inject({
      method: 'GET',
      url: '/api/v1/users?q=%25',
      headers: admin.headers,
    });
    expect(escaped.json().items).toEqual([]);

    const patched = await w.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      headers: admin.headers,
      payload: { roles: ['production', 'planner'] },
    });
    expect(patched.json().roles).toEqual(['production', 'planner']);

    const reset = await w.app.inject({
      method: 'POST',
      url: `/api/v1/users/${user.id}/password`,
      headers: admin.headers,
      payload: { password: 'another long one' },
    });
    expect(reset.statusCode).toBe(204);
    expect((await w.login('lead@plant.example', 'another long one')).response.statusCode).toBe(200);

    const audit = await w.app.inject({
      method: 'GET',
      url: `/api/v1/audit?entityId=${user.id}`,
      headers: admin.headers,
    });
    const actions = audit.json().items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['user.create', 'user.update', 'user.reset_password', 'auth.login']),
    );
    const update = audit.json().items.find((e: { action: string }) => e.action === 'user.update');
    expect(update.before.roles).toEqual(['production']);
    expect(update.after.roles).toEqual(['production', 'planner']);
    expect(update.actorId).toBe(admin.user.id);
    expect(update.requestId).toBeTruthy();
    expect(JSON.stringify(audit.json())).not.toContain('scrypt$');
  });

  it('enforces the customer-role rules and the password length', async () => {
    const w = world();
    const admin = await w.caller(['admin']);
    const post = (payload: object) =>
      w.app.inject({ method: 'POST', url: '/api/v1/users', headers: admin.headers, payload });
    const base = { email: 'c@x.example', name: 'C', password: TEST_PASSWORD };
    expect((await post({ ...base, roles: ['customer'] })).json().code).toBe(
      'USER_CUSTOMER_ID_REQUIRED',
    );
    expect(
      (await post({ ...base, roles: ['customer', 'sales'], customerId: 'c1' })).json().code,
    ).toBe('USER_CUSTOMER_ROLE_ALONE');
    expect((await post({ ...base, roles: ['sales'], customerId: 'c1' })).json().code).toBe(
      'USER_CUSTOMER_ID_STAFF',
    );
    expect((await post({ ...base, roles: ['sales'], password: 'short' })).json().code).toBe(
      'USER_PASSWORD_TOO_SHORT',
    );
    expect((await post({ ...base, roles: ['customer'], customerId: 'c1' })).statusCode).toBe(201);
  });

  it('an admin cannot lock itself out', async () => {
    const w = world();
    const admin = await w.caller(['admin']);
    const r1 = await w.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${admin.user.id}`,
      headers: admin.headers,
      payload: { disabled: true },
    });
    expect(r1.json().code).toBe('USER_CANNOT_DISABLE_SELF');
    const r2 = await w.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${admin.user.id}`,
      headers: admin.headers,
      payload: { roles: ['planner'] },
    });
    expect(r2.json().code).toBe('USER_CANNOT_DROP_OWN_ADMIN');
  });
});

describeEachDialect('concurrent changes', (world) => {
  it('two admins editing one user at once do not undo each other', async () => {
    const w = world();
    const a = await w.caller(['admin']);
    const b = await w.caller(['admin']);
    const target = await w.createUser(['sales']);
    const url = `/api/v1/users/${target.id}`;
    const [r1, r2] = await Promise.all([
      w.app.inject({ method: 'PATCH', url, headers: a.headers, payload: { disabled: true } }),
      w.app.inject({ method: 'PATCH', url, headers: b.headers, payload: { name: 'Renamed' } }),
    ]);
    expect([r1.statusCode, r2.statusCode]).toEqual([200, 200]);
    const after = await w.app.inject({ method: 'GET', url, headers: a.headers });
    expect(after.json()).toMatchObject({ disabled: true, name: 'Renamed' });
  });

  it('a token revoked while it is being checked is not served from the cache', async () => {
    const w = world();
    const me = await w.caller(['planner']);
    const tokenId = (await w.system.platform.tokens.list(systemActor('t'))).find(
      (t) => t.userId === me.user.id,
    )!.id;
    const bearer = me.headers.authorization.slice('Bearer '.length);
    await Promise.all([
      w.system.platform.tokens.resolve(bearer, null),
      w.system.platform.tokens.revoke(systemActor('t'), tokenId),
    ]);
    expect(await w.system.platform.tokens.resolve(bearer, null)).toBeNull();
  });
});

describeEachDialect('session housekeeping', (world) => {
  it('purges expired sessions only', async () => {
    const w = world();
    const user = await w.createUser(['planner']);
    await w.login(user.email);
    w.clock.advance(6 * 3600_000);
    const { cookie } = await w.login(user.email);
    w.clock.advance(7 * 3600_000); // the first session is now 13 h old, the second 7 h
    expect(await w.system.platform.sessions.purgeExpired()).toBe(1);
    expect(
      (await w.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })).statusCode,
    ).toBe(200);
  });
});
