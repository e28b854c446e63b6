import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { report } from './report.js';

const CONNECTIONS = 64;

async function load(url: string, headers: Record<string, string>, seconds: number) {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    headers,
    pipelining: 1,
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(
      `${url}: ${result.non2xx} non-2xx answers and ${result.errors} errors under load`,
    );
  }
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    p50: result.latency.p50,
    total: result.requests.total,
  };
}

export async function run({ quick }: { quick: boolean }): Promise<boolean> {
  const seconds = quick ? 3 : 10;
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/api-server.ts'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const first = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout! }).once('line', resolve);
      child.once('exit', (code) => reject(new Error(`bench server exited (${code})`)));
    });
    const { appPort, barePort, token, plannerToken, users } = JSON.parse(first) as {
      appPort: number;
      barePort: number;
      token: string;
      plannerToken: string;
      users: number;
    };
    const auth = { authorization: `Bearer ${token}` };
    const plannerAuth = { authorization: `Bearer ${plannerToken}` };
    const base = `http://127.0.0.1:${appPort}`;
    // Warm both servers (JIT, caches) before measuring.
    await load(`http://127.0.0.1:${barePort}/bare`, {}, 1);
    await load(`${base}/api/v1/me`, auth, 1);

    const bare = await load(`http://127.0.0.1:${barePort}/bare`, {}, seconds);
    const me = await load(`${base}/api/v1/me`, auth, seconds);
    const list = await load(`${base}/api/v1/tokens`, plannerAuth, seconds);
    const bareList = process.env.DATABASE_URL
      ? null
      : await load(`http://127.0.0.1:${barePort}/bare-tokens`, {}, seconds);
    const page = await load(`${base}/api/v1/users?limit=20`, auth, seconds);

    return report({
      name: 'api',
      quick,
      params: {
        connections: CONNECTIONS,
        seconds,
        users,
        listEndpoint: "/api/v1/tokens (a planner's own 3 tokens)",
        pageEndpoint: '/api/v1/users?limit=20 (admin, 20 of ~200 users; informational)',
        auth: 'bearer token',
        database: process.env.DATABASE_URL ? 'postgres' : 'sqlite',
      },
      metrics: {
        me_rps: { value: Math.round(me.rps), unit: 'req/s', better: 'higher' },
        me_vs_bare: { value: me.rps / bare.rps, unit: 'ratio', better: 'higher', target: 0.4 },
        me_p99_ms: { value: me.p99, unit: 'ms', better: 'lower', target: 25 },
        list_rps: { value: Math.round(list.rps), unit: 'req/s', better: 'higher' },
        list_vs_bare: { value: list.rps / bare.rps, unit: 'ratio', better: 'higher', target: 0.4 },
        list_p99_ms: { value: list.p99, unit: 'ms', better: 'lower', target: 25 },
        ...(bareList
          ? {
              list_vs_bare_same_query: {
                value: list.rps / bareList.rps,
                unit: 'ratio',
                better: 'higher' as const,
              },
            }
          : {}),
        page20_rps: { value: Math.round(page.rps), unit: 'req/s', better: 'higher' },
        page20_vs_bare: { value: page.rps / bare.rps, unit: 'ratio', better: 'higher' },
        page20_p99_ms: { value: page.p99, unit: 'ms', better: 'lower', target: 25 },
      },
      baseline: {
        name: 'bare fastify route',
        metrics: {
          rps: { value: Math.round(bare.rps), unit: 'req/s', better: 'higher' },
          p99_ms: { value: bare.p99, unit: 'ms', better: 'lower' },
          ...(bareList
            ? {
                same_query_rps: {
                  value: Math.round(bareList.rps),
                  unit: 'req/s',
                  better: 'higher' as const,
                },
                same_query_p99_ms: { value: bareList.p99, unit: 'ms', better: 'lower' as const },
              }
            : {}),
        },
      },
    });
  } finally {
    child.kill();
  }
}
