// The system under test for `bench api`, in its own process so the load generator does not share
// its event loop: the full app on one port, a bare Fastify route on another. Prints the ports and
// a bearer token as one JSON line, then serves until killed.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import { systemActor } from '../src/platform/authz.js';
import { loadConfig } from '../src/platform/config.js';
import { createLogger } from '../src/platform/logger.js';
import { createSystem } from '../src/system.js';

const USERS = Number(process.env.BENCH_USERS ?? 200);
const dir = mkdtempSync(join(tmpdir(), 'rigline-bench-'));
const config = loadConfig({
  ...process.env,
  RIGLINE_DB: process.env.DATABASE_URL ? '' : join(dir, 'bench.db'),
  RIGLINE_LOG_LEVEL: 'silent',
});
const system = createSystem({ config, logger: createLogger('silent'), webRoot: null });
await system.migrate();
const actor = systemActor('bench');
const users = system.platform.users;
const admin = await users.create(actor, {
  email: 'bench-admin@rigline.local',
  name: 'Bench Admin',
  roles: ['admin'],
  password: 'bench password 1',
});
for (let i = 0; i < USERS; i += 1) {
  await users.create(actor, {
    email: `user${i}@bench.example`,
    name: `User ${i}`,
    roles: i % 9 === 0 ? ['customer'] : ['planner'],
    customerId: i % 9 === 0 ? `cust-${i}` : null,
    password: 'bench password 1',
  });
}
const { secret } = await system.platform.tokens.create(actor, {
  name: 'bench',
  scope: 'user',
  userId: admin.id,
});
// A staff user with a few tokens of their own: the owner-scoped list every module repeats.
const planner = await users.create(actor, {
  email: 'bench-planner@rigline.local',
  name: 'Bench Planner',
  roles: ['planner'],
  password: 'bench password 1',
});
const plannerTokens = [];
for (const name of ['erp sync', 'reporting', 'laptop'])
  plannerTokens.push(
    (await system.platform.tokens.create(actor, { name, scope: 'user', userId: planner.id }))
      .secret,
  );
const app = await system.buildApp();
await app.listen({ port: 0, host: '127.0.0.1' });

// The baseline: what Fastify does with no auth, no database and no schema.
const bare = Fastify({ logger: false });
bare.get('/bare', async () => ({ id: 'x', email: 'someone@example.com', roles: ['planner'] }));
// A second baseline: the same token list read straight from the same SQLite file, without the
// platform (no auth, no Kysely, no validation, no hooks), to separate data cost from overhead.
if (!process.env.DATABASE_URL) {
  const raw = new Database(join(dir, 'bench.db'), { readonly: true });
  const listTokens = raw.prepare(
    'select id, name, prefix, scope, user_id as userId, site_id as siteId, created_at as createdAt, expires_at as expiresAt, last_used_at as lastUsedAt, revoked_at as revokedAt from api_tokens where user_id = ? order by id desc',
  );
  bare.get('/bare-tokens', async () => ({ items: listTokens.all(planner.id) }));
}
await bare.listen({ port: 0, host: '127.0.0.1' });

const port = (s: typeof app) => (s.server.address() as { port: number }).port;
process.stdout.write(
  `${JSON.stringify({ appPort: port(app), barePort: port(bare as unknown as typeof app), token: secret, plannerToken: plannerTokens[0], users: USERS + 2 })}\n`,
);
process.on('SIGTERM', () => process.exit(0));
