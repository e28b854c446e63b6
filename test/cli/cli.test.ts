import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { testDialects, pgUrlFor } from '../kit/dialects.js';
import { adminQuery } from '../kit/templates.js';

const dir = mkdtempSync(join(tmpdir(), 'rigline-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, RIGLINE_DB: join(dir, 'cli.db'), RIGLINE_LOG_LEVEL: 'silent', ...env },
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('rigline CLI', () => {
  it('lists every command in --help', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['serve', 'demo', 'migrate', 'users', 'tokens']) expect(r.out).toContain(c);
    expect(cli(['users', '--help']).out).toMatch(/add[\s\S]*list[\s\S]*reset-password/);
  });

  it('migrates, then reports status as JSON', () => {
    expect(cli(['migrate']).out).toMatch(/applied 2026-11-23T1900-create-identity/);
    expect(cli(['migrate']).out).toMatch(/up to date/);
    const status = JSON.parse(cli(['migrate', 'status', '--json']).out);
    expect(status.length).toBeGreaterThan(3);
    expect(status.every((m: { appliedAt: string | null }) => m.appliedAt !== null)).toBe(true);
  });

  it('adds a user with a generated password, lists it, resets it', () => {
    const add = cli([
      'users',
      'add',
      '--email',
      'buyer@plant.example',
      '--name',
      'Buyer One',
      '--roles',
      'buyer',
      '--json',
    ]);
    expect(add.code).toBe(0);
    const { user, password } = JSON.parse(add.out);
    expect(user.roles).toEqual(['buyer']);
    expect(password).toHaveLength(24);
    const list = JSON.parse(cli(['users', 'list', '--json']).out);
    expect(list.map((u: { email: string }) => u.email)).toContain('buyer@plant.example');
    const reset = cli(['users', 'reset-password', 'buyer@plant.example']);
    expect(reset.code).toBe(0);
    expect(reset.out).toMatch(/password: \S{24}/);
  });

  it('creates, lists and revokes tokens', () => {
    const created = JSON.parse(
      cli(['tokens', 'create', '--name', 'collector', '--site', 'site-tx-1', '--json']).out,
    );
    expect(created.secret).toMatch(/^rgl_/);
    expect(created.token.scope).toBe('site');
    const revoke = cli(['tokens', 'revoke', created.token.id]);
    expect(revoke.code).toBe(0);
    const list = JSON.parse(cli(['tokens', 'list', '--json']).out);
    expect(list.find((t: { id: string }) => t.id === created.token.id).revokedAt).not.toBeNull();
  });

  it('computes duty as the issue specifies it, in JSON', () => {
    const r = cli([
      'trade',
      'duty',
      '--hts',
      '8543.70.9860',
      '--origin',
      'CN',
      '--value',
      '100000',
      '--date',
      '2025-08-15',
      '--json',
    ]);
    expect(r.code, r.err).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.total_rate_bp).toBe(5760);
    expect(out.total_cents).toBe(5_760_000);
    expect(
      out.lines.map((l: { program: string; rate_bp: number; amount_cents: number }) => [
        l.program,
        l.rate_bp,
        l.amount_cents,
      ]),
    ).toEqual([
      ['IEEPA fentanyl', 2000, 2_000_000],
      ['IEEPA reciprocal', 1000, 1_000_000],
      ['MFN', 260, 260_000],
      ['Section 301 (List 3)', 2500, 2_500_000],
    ]);
    const bad = cli([
      'trade',
      'duty',
      '--hts',
      '8543.70.9860',
      '--origin',
      'CN',
      '--value',
      'lots',
      '--date',
      '2025-08-15',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^rigline: --value must be US dollars/);
  });

  it('compares building with importing, after the demo data exists', () => {
    expect(cli(['demo', '--no-serve'], { RIGLINE_ADMIN_PASSWORD: 'cli demo password' }).code).toBe(
      0,
    );
    const r = cli([
      'trade',
      'compare',
      '--model',
      'Antminer S21',
      '--date',
      '2025-09-01',
      '--json',
    ]);
    expect(r.code, r.err).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.model).toBe('Antminer S21');
    expect(
      out.results[0].imports.map(
        (i: { landed: { duty: { totalRateBp: number } } }) => i.landed.duty.totalRateBp,
      ),
    ).toEqual(expect.arrayContaining([5760, 2160]));
    expect(cli(['trade', 'compare', '--model', 'Antminer S21']).out).toMatch(
      /US build: \$[\d,]+\.\d\d/,
    );
  });

  it('imports suppliers from CSV all or nothing, and exports them', () => {
    const bad = join(dir, 'bad-suppliers.csv');
    writeFileSync(
      bad,
      'code,name,country,lead_time_days\nGOOD-1,Good,TW,30\nBAD-1,Bad,Taiwan,30\n',
    );
    const refused = cli(['csv', 'import', 'suppliers', bad]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/^rigline: Suppliers: 1 bad row/);
    expect(refused.err).toContain('line 3: country: must be a two-letter country code');
    const good = join(dir, 'suppliers.csv');
    writeFileSync(
      good,
      'code,name,country,lead_time_days\nGOOD-1,Good,TW,30\nGOOD-2,Also good,MY,45\n',
    );
    expect(cli(['csv', 'import', 'suppliers', good, '--dry-run']).out).toMatch(
      /dry run.*2 created/,
    );
    expect(cli(['csv', 'export', 'suppliers']).out).not.toContain('GOOD-1');
    expect(cli(['csv', 'import', 'suppliers', good]).out).toMatch(/Imported: 2 created, 0 updated/);
    expect(cli(['csv', 'export', 'suppliers']).out).toMatch(
      /^code,name,country[\s\S]*GOOD-1,Good,TW,30/,
    );
    expect(cli(['csv', 'export', 'widgets']).code).toBe(3);
  });

  it('runs MRP over the demo plan as JSON', () => {
    const r = cli(['plan', 'mrp', '--weeks', '12', '--json']);
    expect(r.code, r.err).toBe(0);
    const out = JSON.parse(r.out);
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['planned_orders', 'shortages']));
    expect(out.planned_orders.length).toBeGreaterThan(0);
    expect(out.planned_orders[0]).toMatchObject({
      part_number: expect.any(String),
      quantity: expect.any(Number),
    });
    expect(cli(['plan', 'mrp', '--weeks', 'many']).code).toBe(2);
  });

  it('promises the demo order book as JSON, and answers with the greedy baseline', () => {
    const r = cli(['promise', '--weeks', '26', '--json']);
    expect(r.code, r.err).toBe(0);
    const rows = JSON.parse(r.out) as Record<string, unknown>[];
    expect(Object.keys(rows[0]!).sort()).toEqual(
      [
        'landed_cost_cents',
        'line',
        'order',
        'promised_p50',
        'promised_p90',
        'qty',
        'source',
      ].sort(),
    );
    // Every unit of the demo book still to ship: 31,145 + 3,000 + 800 + 300 + 2,400, and the
    // 100 of GCH's 600 that neither the held import nor the plant's truck carried.
    expect(rows.reduce((n, row) => n + (row.qty as number), 0)).toBe(37_745);
    const greedy = cli(['promise', '--weeks', '26', '--baseline', 'greedy', '--json']);
    expect(greedy.code, greedy.err).toBe(0);
    const cost = (list: Record<string, unknown>[]) =>
      list.reduce((n, row) => n + (row.landed_cost_cents as number), 0);
    expect(cost(JSON.parse(greedy.out))).toBeGreaterThan(0);
    expect(cost(rows)).toBeGreaterThan(0);
    const bad = cli(['promise', '--baseline', 'lp']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--baseline must be "greedy"/);
  });

  it('shows a unit of the demo pilot batch with its genealogy and burn-in', () => {
    const db = new Database(join(dir, 'cli.db'), { readonly: true });
    const { serial } = db
      .prepare(
        "select serial from production_units where kind = 'unit' and status = 'passed' and model_name = 'Antminer S21' order by built_at desc limit 1",
      )
      .get() as { serial: string };
    db.close();
    const r = cli(['units', 'show', serial, '--json']);
    expect(r.code, r.err).toBe(0);
    const unit = JSON.parse(r.out);
    expect(unit).toMatchObject({ serial, modelName: 'Antminer S21', status: 'passed' });
    expect(unit.components.filter((c: { builtHere: boolean }) => c.builtHere)).toHaveLength(3);
    expect(cli(['units', 'show', serial]).out).toMatch(/Burn-in[\s\S]*pass/);
    expect(cli(['units', 'show', 'NO-SUCH-UNIT']).code).toBe(3);
  });

  it('reads a warranty and imports RMAs from CSV, all or nothing', () => {
    const db = new Database(join(dir, 'cli.db'), { readonly: true });
    const rows = db
      .prepare(
        // Three machines of one customer that the demo has not put under an open RMA.
        `select serial from logistics_installed_base
          where customer_id = (select customer_id from logistics_installed_base order by serial limit 1)
            and serial not in (select open_serial from service_rma_units where open_serial is not null)
          order by serial limit 3`,
      )
      .all() as { serial: string }[];
    db.close();
    const [a, b, c] = rows.map((r) => r.serial) as [string, string, string];
    const w = cli(['warranty', a, '--json']);
    expect(w.code, w.err).toBe(0);
    expect(JSON.parse(w.out)).toMatchObject({ serial: a, policy: { termDays: 365 } });
    expect(cli(['warranty', a]).out).toMatch(/a repair request today: /);
    expect(cli(['warranty', 'NO-SUCH-MINER']).code).toBe(3);

    const bad = join(dir, 'rma-bad.csv');
    writeFileSync(bad, `serial,fault_code\n${a},psu\nNO-SUCH-MINER,psu\n`);
    const refused = cli(['rma', 'import', bad]);
    expect(refused.code).toBe(2);
    // The headline, then the bad row by line.
    expect(refused.err).toMatch(/^rigline: RMA import: 1 bad row.*line 3/);
    expect(refused.err.trim().split('\n')[1]).toMatch(/line 3: serial: NO-SUCH-MINER is not/);
    const good = join(dir, 'rma.csv');
    writeFileSync(good, `serial,fault_code,note\n${b},fan,noisy\n${c},board_not_detected,\n`);
    const r = cli(['rma', 'import', good, '--json']);
    expect(r.code, r.err).toBe(0);
    const out = JSON.parse(r.out) as { rmas: { number: string; units: number }[] };
    expect(out.rmas.reduce((n, x) => n + x.units, 0)).toBe(2);
    expect(out.rmas[0]!.number).toMatch(/^RMA-\d{4}-\d{5}$/);
    expect(cli(['rma', 'import', join(dir, 'missing.csv')]).err).toMatch(/^rigline: Cannot read/);
  });

  it('bad input: one clear line and a non-zero exit by kind', () => {
    const badRole = cli([
      'users',
      'add',
      '--email',
      'x@y.example',
      '--name',
      'X',
      '--roles',
      'wizard',
    ]);
    expect(badRole.code).toBe(2);
    expect(badRole.err.trim().split('\n')).toHaveLength(1);
    expect(badRole.err).toMatch(/^rigline: Unknown role\(s\): wizard/);
    expect(cli(['users', 'reset-password', 'ghost@y.example']).code).toBe(3);
    expect(cli(['tokens', 'create', '--name', 'x']).code).toBe(2);
    expect(
      cli([
        'tokens',
        'create',
        '--name',
        'x',
        '--user',
        'buyer@plant.example',
        '--expires-days',
        'soon',
      ]).code,
    ).toBe(2);
    const dup = cli([
      'users',
      'add',
      '--email',
      'buyer@plant.example',
      '--name',
      'Again',
      '--roles',
      'buyer',
    ]);
    expect(dup.code).toBe(4);
    expect(cli(['no-such-command']).code).toBe(2);
    const badPort = cli(['serve'], { PORT: 'eighty' });
    expect(badPort.code).toBe(2);
    expect(badPort.err.trim()).toBe(
      'rigline: Invalid configuration: PORT must be a whole number (got "eighty")',
    );
  });

  it.runIf(testDialects().includes('postgres'))(
    'runs against PostgreSQL with --database-url',
    async () => {
      const name = `rl_cli_${process.pid}`;
      await adminQuery(`drop database if exists ${name}`);
      await adminQuery(`create database ${name}`);
      try {
        const r = cli(['--database-url', pgUrlFor(name), 'migrate']);
        expect(r.code, r.err).toBe(0);
        expect(r.out).toMatch(/migrating postgres/);
        expect(
          cli([
            '--database-url',
            pgUrlFor(name),
            'users',
            'add',
            '--email',
            'pg@x.example',
            '--name',
            'P',
            '--roles',
            'trade',
          ]).code,
        ).toBe(0);
      } finally {
        await adminQuery(`drop database if exists ${name} with (force)`);
      }
    },
  );

  it('reports an unreachable database in one line', () => {
    const r = cli(['--database-url', 'postgres://nobody@127.0.0.1:1/none', 'migrate', 'status']);
    expect(r.code).toBe(6);
    expect(r.err).toMatch(/^rigline: cannot reach the database/);
  });
});
