import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { telemetryBatch } from '../../src/modules/fleet/reading.js';

const dir = mkdtempSync(join(tmpdir(), 'rigline-fleet-cli-'));
const MINERS = 12;
let simulator: ChildProcess;
let started: { first: string; last: string; miners: { address: string; serial: string }[] };
let server: Server;
const pushes: { auth: string | undefined; body: unknown }[] = [];

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, RIGLINE_LOG_LEVEL: 'silent', ...env },
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The CLI run without blocking this process, which serves the ingest the collector pushes to. */
function cliAsync(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      env: { ...process.env, RIGLINE_LOG_LEVEL: 'silent', ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

beforeAll(async () => {
  simulator = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/cli/main.ts',
      'simulate',
      '--miners',
      String(MINERS),
      '--start',
      '127.6.0.1',
      '--http-port',
      '18091',
      '--latency',
      '1-5',
      '--json',
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  started = JSON.parse(
    await new Promise<string>((resolve) =>
      createInterface({ input: simulator.stdout! }).once('line', resolve),
    ),
  );
  // The central ingest, as far as the collector can tell: it records what is pushed.
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const batch = JSON.parse(body) as { batchId: string };
      pushes.push({ auth: req.headers.authorization, body: batch });
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ batchId: batch.batchId }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
}, 60_000);

afterAll(async () => {
  simulator?.kill('SIGTERM');
  await new Promise((resolve) => server?.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('rigline simulate and rigline collect', () => {
  it('simulates miners on loopback and collects every one of them in one sweep', async () => {
    expect(started.first).toBe('127.6.0.1');
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const r = await cliAsync(
      [
        'collect',
        '--server',
        url,
        '--targets',
        `${started.first}-${started.last}`,
        '--http-port',
        '18091',
        '--outbox',
        join(dir, 'outbox.db'),
        '--once',
        '--json',
      ],
      { RIGLINE_COLLECTOR_TOKEN: 'site-token-secret' },
    );
    expect(r.code, r.err).toBe(0);
    const report = JSON.parse(r.out.trim().split('\n').at(-1)!);
    expect(report).toMatchObject({ addresses: MINERS, answered: MINERS, pushed: 1, failing: null });
    expect(pushes).toHaveLength(1);
    expect(pushes[0]!.auth).toBe('Bearer site-token-secret');
    const batch = telemetryBatch.parse(pushes[0]!.body);
    expect(batch.readings).toHaveLength(MINERS);
    // Serials come from the web interface where the firmware has one.
    const serials = new Set(batch.readings.map((x) => x.unitSerial));
    expect(started.miners.filter((m) => serials.has(m.serial)).length).toBeGreaterThan(MINERS / 2);
  });

  it('refuses bad flags in one line with a usage exit code', () => {
    const noToken = cli(['collect', '--server', 'http://127.0.0.1:9', '--targets', '10.0.0.1']);
    expect(noToken.code).toBe(2);
    expect(noToken.err.trim().split('\n')).toHaveLength(1);
    expect(noToken.err).toContain('RIGLINE_COLLECTOR_TOKEN');
    const badRange = cli(
      ['collect', '--server', 'http://127.0.0.1:9', '--targets', '10.0.0.300/33'],
      { RIGLINE_COLLECTOR_TOKEN: 'x' },
    );
    expect(badRange.code).toBe(2);
    expect(badRange.err).toContain('is not an IPv4 address');
    // Checked before any thread or file starts: the process ends at once.
    const badConcurrency = cli(
      ['collect', '--server', 'http://127.0.0.1:9', '--targets', '10.0.0.1', '--concurrency', '0'],
      { RIGLINE_COLLECTOR_TOKEN: 'x' },
    );
    expect(badConcurrency.code).toBe(2);
    expect(badConcurrency.err).toContain('--concurrency');
    const badSim = cli(['simulate', '--miners', '0']);
    expect(badSim.code).toBe(2);
  });
});
