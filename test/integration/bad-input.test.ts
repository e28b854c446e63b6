import { expect, it } from 'vitest';
import { describeEachDialect } from '../kit/world.js';

function expectProblem(
  r: { statusCode: number; headers: Record<string, unknown>; json(): any },
  status: number,
  code: string,
) {
  expect(r.statusCode).toBe(status);
  expect(String(r.headers['content-type'])).toContain('application/problem+json');
  const body = r.json();
  expect(body).toMatchObject({ status, code });
  expect(typeof body.title).toBe('string');
  expect(typeof body.detail).toBe('string');
  return body;
}

describeEachDialect(
  'bad input',
  (world) => {
    it('malformed JSON → 400 MALFORMED_BODY', async () => {
      const w = world();
      const admin = await w.caller(['admin']);
      const r = await w.app.inject({
        method: 'POST',
        url: '/api/v1/users',
        headers: { ...admin.headers, 'content-type': 'application/json' },
        payload: '{"email": "a@b.c",',
      });
      expectProblem(r, 400, 'MALFORMED_BODY');
    });

    it('wrong types → 400 VALIDATION_FAILED naming each field', async () => {
      const w = world();
      const admin = await w.caller(['admin']);
      const r = await w.app.inject({
        method: 'POST',
        url: '/api/v1/users',
        headers: admin.headers,
        payload: { email: 42, name: ['x'], roles: 'admin', password: true },
      });
      const body = expectProblem(r, 400, 'VALIDATION_FAILED');
      const paths = body.errors.map((e: { path: string }) => e.path);
      expect(paths).toEqual(
        expect.arrayContaining(['body.email', 'body.name', 'body.roles', 'body.password']),
      );
    });

    it('unknown fields are rejected, not silently dropped', async () => {
      const w = world();
      const admin = await w.caller(['admin']);
      const r = await w.app.inject({
        method: 'POST',
        url: '/api/v1/tokens',
        headers: admin.headers,
        payload: { name: 'x', isAdmin: true },
      });
      const body = expectProblem(r, 400, 'VALIDATION_FAILED');
      expect(body.detail).toMatch(/isAdmin/);
      const q = await w.app.inject({
        method: 'GET',
        url: '/api/v1/users?bogus=1',
        headers: admin.headers,
      });
      expectProblem(q, 400, 'VALIDATION_FAILED');
    });

    it('an oversize body → 413 and nothing is written', async () => {
      const w = world();
      const admin = await w.caller(['admin']);
      const before = await w.system.platform.users.count();
      const r = await w.app.inject({
        method: 'POST',
        url: '/api/v1/users',
        headers: admin.headers,
        payload: {
          email: 'big@x.example',
          name: 'x'.repeat(5000),
          roles: ['sales'],
          password: 'long enough pw',
        },
      });
      expectProblem(r, 413, 'PAYLOAD_TOO_LARGE');
      expect(await w.system.platform.users.count()).toBe(before);
    });

    it('an unsupported media type → 415', async () => {
      const w = world();
      const admin = await w.caller(['admin']);
      const r = await w.app.inject({
        method: 'POST',
        url: '/api/v1/tokens',
        headers: { ...admin.headers, 'content-type': 'text/xml' },
        payload: '<x/>',
      });
      expectProblem(r, 415, 'UNSUPPORTED_MEDIA_TYPE');
    });

    it('unknown API routes → 404 problem; unknown pages are not API errors', async () => {
      const w = world();
      expectProblem(
        await w.app.inject({ method: 'GET', url: '/api/v1/nothing-here' }),
        404,
        'ROUTE_NOT_FOUND',
      );
    });

    it('a failed write leaves nothing behind: no user, no audit entry, no event', async () => {
      const w = world();
      const admin = await w.caller(['admin']);
      const db = w.system.platform.db;
      const count = async (table: string) =>
        Number(
          (
            await db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const before = [await count('users'), await count('auditLog'), await count('outboxEvents')];
      await w.app.inject({
        method: 'POST',
        url: '/api/v1/users',
        headers: admin.headers,
        payload: {
          email: 'dup@x.example',
          name: 'a',
          roles: ['sales'],
          password: 'long enough pw',
        },
      });
      const mid = [await count('users'), await count('auditLog'), await count('outboxEvents')];
      const dup = await w.app.inject({
        method: 'POST',
        url: '/api/v1/users',
        headers: admin.headers,
        payload: {
          email: 'dup@x.example',
          name: 'b',
          roles: ['sales'],
          password: 'long enough pw',
        },
      });
      expect(dup.statusCode).toBe(409);
      expect([await count('users'), await count('auditLog'), await count('outboxEvents')]).toEqual(
        mid,
      );
      expect(mid).toEqual([before[0]! + 1, before[1]! + 1, before[2]! + 1]);
    });
  },
  { env: { RIGLINE_BODY_LIMIT: '4096' } },
);
