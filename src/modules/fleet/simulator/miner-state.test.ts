import { describe, expect, it } from 'vitest';
import { SEED_MODELS } from '../../catalog/index.js';
import { assertFdBudget, openFileLimit } from './fd-limit.js';
import { parseFault, parseFaultRates, scheduledFaults, type Fault } from './faults.js';
import { addressOf, assertLoopback, buildMiner, type FleetOptions } from './fleet.js';
import { isListening, minerStateAt, REBOOT_BOOT_MS } from './miner-state.js';
import { parseRpcRequest } from './rpc-request.js';
import { renderRpc } from './render.js';

const T0 = Date.UTC(2025, 5, 1, 12);
const HOUR = 3_600_000;
const fleet: FleetOptions = { seed: 42, epochMs: T0 };
const s21 = { ...fleet, models: { 'Antminer S21': 1 } };

const stats = (o: FleetOptions, i: number, faults: Fault[], t: number) => {
  const m = buildMiner(o, i);
  const body = renderRpc(m, minerStateAt(m, faults, t), parseRpcRequest('{"command":"stats"}'), 1);
  return JSON.parse(body).STATS[1] as Record<string, string | number>;
};
const at = (spec: string, since = T0): Fault => ({ ...parseFault(spec)!, since });

describe('fleet and miner state', () => {
  it('is deterministic by seed and differs across seeds', () => {
    const a = Array.from({ length: 200 }, (_, i) => buildMiner(fleet, i));
    const b = Array.from({ length: 200 }, (_, i) => buildMiner(fleet, i));
    expect(a).toEqual(b);
    expect(minerStateAt(a[7]!, [], T0 + 5 * HOUR)).toEqual(minerStateAt(b[7]!, [], T0 + 5 * HOUR));
    const c = Array.from({ length: 200 }, (_, i) => buildMiner({ ...fleet, seed: 43 }, i));
    expect(c.map((m) => m.mac)).not.toEqual(a.map((m) => m.mac));
    expect(new Set(a.map((m) => m.serial)).size).toBe(200);
    expect(new Set(a.map((m) => m.mac)).size).toBe(200);
  });

  it('builds miners from SEED_MODELS with serials, MACs and loopback addresses', () => {
    const ms = Array.from({ length: 600 }, (_, i) => buildMiner(fleet, i));
    for (const m of ms) {
      const model = SEED_MODELS.find((x) => x.name === m.model)!;
      expect(m.boards).toHaveLength(model.boards);
      expect(Math.abs(m.idealGhs / 1000 / model.hashrateThs - 1)).toBeLessThan(0.03);
      expect(m.serial).toMatch(/^RGL20\d{2}\d{7}$/);
      expect(m.mac).toMatch(/^02(:[0-9a-f]{2}){5}$/);
      expect(m.address).toMatch(/^127\.1\.\d+\.\d+$/);
      if (model.chipsPerBoard !== null) expect(m.boards[0]!.chips).toBe(model.chipsPerBoard);
    }
    const makes = new Set(ms.map((m) => m.make));
    expect(makes).toEqual(new Set(['Bitmain', 'MicroBT']));
    expect(new Set(ms.map((m) => m.firmware))).toEqual(
      new Set(['stock', 'luxos', 'vnish', 'braiins', 'whatsminer']),
    );
    expect(ms.filter((m) => m.make === 'MicroBT').every((m) => m.firmware === 'whatsminer')).toBe(
      true,
    );
    expect(buildMiner({ ...fleet, serialPrefix: 'ZZ' }, 3).serial).toMatch(/^ZZ/);
  });

  it('numbers addresses over hosts .1–.254 and stays in 127.0.0.0/8', () => {
    expect(addressOf('127.1.0.1', 0)).toBe('127.1.0.1');
    expect(addressOf('127.1.0.1', 253)).toBe('127.1.0.254');
    expect(addressOf('127.1.0.1', 254)).toBe('127.1.1.1');
    expect(addressOf('127.1.0.1', 31_144)).toBe('127.1.122.157');
    expect(() => addressOf('127.255.255.250', 10)).toThrow(/loopback/);
    expect(() => assertLoopback('10.0.0.1')).toThrow(/loopback/);
    expect(() => assertLoopback('0.0.0.0')).toThrow(/loopback/);
  });

  it('evolves in time: uptime, shares and noise move; hours can be jumped', () => {
    const m = buildMiner(fleet, 1);
    const a = minerStateAt(m, [], T0);
    const b = minerStateAt(m, [], T0 + 3 * HOUR);
    expect(b.uptimeS - a.uptimeS).toBe(3 * 3600);
    expect(b.accepted).toBeGreaterThan(a.accepted);
    expect(b.ghs5s).not.toBe(a.ghs5s);
    expect(Math.abs(b.ghs5s / m.idealGhs - 1)).toBeLessThan(0.08);
    expect(a.fans.every((r) => r > 3000)).toBe(m.fans > 0);
  });

  it('board_dead: chain absent, rate "", temps 0-0-0-0', () => {
    const d = stats(s21, 0, [at('board_dead:1')], T0 + HOUR);
    expect(d.chain_acn2).toBe(0);
    expect(d.chain_rate2).toBe('');
    expect(d.temp_chip2).toBe('0-0-0-0');
    expect(d.temp_pcb2).toBe('0-0-0-0');
    expect(Number(d.chain_rate1)).toBeGreaterThan(0);
  });

  it('chips_drop: fewer chips and a lower rate on the board', () => {
    const ok = stats(s21, 0, [], T0 + HOUR);
    const d = stats(s21, 0, [at('chips_drop:0')], T0 + HOUR);
    expect(d.chain_acn1).toBeLessThan(ok.chain_acn1 as number);
    expect(Number(d.chain_rate1)).toBeLessThan(Number(ok.chain_rate1) * 0.9);
    expect(String(d.chain_acs1)).toContain('x');
  });

  it('fan_stop: one fan at 0 RPM', () => {
    const d = stats(s21, 0, [at('fan_stop:2')], T0 + HOUR);
    expect(d.fan3).toBe(0);
    expect(d.fan1).toBeGreaterThan(3000);
  });

  it('overheat: chip temperatures above 95 °C', () => {
    const d = stats(s21, 0, [at('overheat')], T0 + HOUR);
    const chips = String(d.temp_chip1).split('-').map(Number);
    expect(Math.max(...chips)).toBeGreaterThan(95);
  });

  it('hashrate_decay: the rate falls over hours', () => {
    const f = [at('hashrate_decay')];
    const r1 = Number(stats(s21, 0, f, T0 + HOUR)['GHS av']);
    const r8 = Number(stats(s21, 0, f, T0 + 8 * HOUR)['GHS av']);
    expect(r8).toBeLessThan(r1 * 0.6);
  });

  it('reboot_loop: uptime keeps resetting and the miner sometimes refuses', () => {
    const m = buildMiner(fleet, 0);
    const f = [at('reboot_loop')];
    const ups: number[] = [];
    let refused = 0;
    for (let k = 0; k < 40; k++) {
      const t = T0 + HOUR + k * 17_000;
      if (!isListening(f, t)) refused++;
      ups.push(minerStateAt(m, f, t).uptimeS);
    }
    expect(Math.max(...ups)).toBeLessThan(300);
    expect(refused).toBeGreaterThan(0);
    expect(isListening(f, T0 + REBOOT_BOOT_MS + 1)).toBe(true);
    expect(isListening([at('offline')], T0 + 1)).toBe(false);
  });

  it('faults scheduled by rate are deterministic and start at their time', () => {
    const rates = parseFaultRates('board_dead=0.1,fan_stop=0.5/h');
    const a = Array.from({ length: 500 }, (_, i) => scheduledFaults(7, i, rates, T0));
    expect(a).toEqual(Array.from({ length: 500 }, (_, i) => scheduledFaults(7, i, rates, T0)));
    const dead = a.filter((l) => l.some((f) => f.kind === 'board_dead')).length;
    expect(dead).toBeGreaterThan(25);
    expect(dead).toBeLessThan(80);
    const fan = a.flatMap((l) => l.filter((f) => f.kind === 'fan_stop'));
    expect(fan.some((f) => f.since > T0)).toBe(true);
    expect(fan.filter((f) => f.since <= T0 + HOUR).length).toBeGreaterThan(120);
  });

  it('parses faults and rejects unknown ones in one line', () => {
    expect(parseFault('malformed:nan')).toEqual({ kind: 'malformed', quirk: 'nan' });
    expect(parseFault('board_dead:2')).toEqual({ kind: 'board_dead', target: 2 });
    expect(parseFault('clear')).toBeNull();
    expect(() => parseFault('melt')).toThrow(/unknown fault/);
    expect(() => parseFault('malformed:oops')).toThrow(/quirk/);
    expect(() => parseFaultRates('board_dead=2')).toThrow(/bad fault rate/);
  });

  it('checks the file-descriptor budget against /proc/self/limits', () => {
    const limits = openFileLimit(
      'Max open files            20000                20000                files\n',
    );
    expect(limits).toEqual({ soft: 20_000, hard: 20_000 });
    expect(() => assertFdBudget(62_290, 31_145, limits)).toThrow(/ulimit -n/);
    expect(() => assertFdBudget(1000, 500, limits)).not.toThrow();
  });
});
