import { expect, it } from 'vitest';
import { describeEachDialect } from '../kit/world.js';

describeEachDialect('operations endpoints', (world) => {
  it('healthz and readyz answer without credentials', async () => {
    const w = world();
    expect((await w.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({
      status: 'ok',
    });
    expect((await w.app.inject({ method: 'GET', url: '/readyz' })).json()).toEqual({
      status: 'ready',
    });
  });

  it('readyz answers 503 problem when the database is gone', async () => {
    const w = world();
    // A ping that fails as an unreachable database would (a closed pool reopens on its own).
    Object.assign(w.system.platform.database, {
      ping: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432')),
    });
    const r = await w.app.inject({ method: 'GET', url: '/readyz' });
    expect(r.statusCode).toBe(503);
    expect(r.json().code).toBe('NOT_READY');
  });

  it('exposes Prometheus metrics with a request histogram by route and status', async () => {
    const w = world();
    const admin = await w.caller(['admin']);
    await w.app.inject({ method: 'GET', url: '/api/v1/users', headers: admin.headers });
    await w.app.inject({ method: 'GET', url: '/api/v1/users/nope', headers: admin.headers });
    const r = await w.app.inject({ method: 'GET', url: '/metrics', headers: admin.headers });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('text/plain');
    expect(r.body).toMatch(
      /rigline_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/users",status_code="200"\} 1/,
    );
    expect(r.body).toMatch(/route="\/api\/v1\/users\/:id",status_code="404"/);
    expect(r.body).toContain('rigline_process_cpu_user_seconds_total');
  });

  it('echoes a sane caller request id and makes one otherwise', async () => {
    const w = world();
    const given = await w.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'trace-abc.123' },
    });
    expect(given.headers['x-request-id']).toBe('trace-abc.123');
    const insane = await w.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'bad id with spaces' },
    });
    expect(insane.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends secure headers', async () => {
    const w = world();
    const r = await w.app.inject({ method: 'GET', url: '/healthz' });
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(r.headers['x-frame-options']).toBeDefined();
  });

  it('serves the OpenAPI document and the docs page', async () => {
    const w = world();
    const spec = await w.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(spec.json().openapi).toMatch(/^3\./);
    expect(spec.json().components.schemas.Problem).toBeDefined();
    const docs = await w.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toContain('text/html');
  });

  it('rate-limits sign-in attempts per client address', async () => {
    const w = world();
    let last = 0;
    for (let i = 0; i < 21; i += 1)
      last = (await w.login(`nobody${i}@x.example`, 'whatever pw')).response.statusCode;
    expect(last).toBe(429);
  });
});
