import { describe, expect, it } from 'vitest';
import { minerFixture as f } from '../../../../test/fixtures/miner/index.js';
import { minerReading } from '../reading.js';
import type { MinerReading } from '../reading.js';
import { normalizeReading, parseMinerReply } from './normalize.js';
import type { NormalizeInput } from './normalize.js';

const IP = '10.20.1.37';
const AT = 1_732_435_200_000;

function read(input: Omit<NormalizeInput, 'ip' | 'at'>): MinerReading {
  const r = normalizeReading({ ip: IP, at: AT, ...input });
  // Whatever came in, the reading must pass the ingest edge.
  expect(minerReading.safeParse(r).error).toBeUndefined();
  return r;
}

describe('normalizeReading — one reading per make', () => {
  it('Antminer S19j Pro stock over separate commands', () => {
    const r = read({
      replies: {
        stats: f('s19jpro-stock-stats.txt'),
        summary: f('s19jpro-stock-summary.txt'),
        pools: f('pools-stale-deed.txt'),
        version: f('s19jpro-stock-version.txt'),
      },
    });
    expect(r).toMatchObject({
      ip: IP,
      at: AT,
      online: true,
      make: 'Bitmain',
      model: 'Antminer S19j Pro',
      firmware: 'stock',
      firmwareVersion: 'Mon Nov 20 10:33:12 CST 2023',
      mac: null,
      uptimeS: 86400,
      hashrate: { ths5s: 104.123, thsAvg: 103.88, thsIdeal: 104 },
      fansRpm: [5400, 5460, 5400, 5520],
      powerW: null,
      problems: [],
      repairs: [],
    });
    expect(r.boards.map((b) => [b.index, b.chips, b.chipsExpected, b.rateThs])).toEqual([
      [0, 126, 126, 34.711],
      [1, 126, 126, 34.7],
      [2, 125, 126, 34.712],
    ]);
    expect(r.pools.map((p) => p.status)).toEqual(['alive', 'dead', 'disabled']);
  });

  it('the same from one multi-command reply', () => {
    const r = read({ replies: { combined: f('multi-summary-stats-pools.txt') } });
    expect(r.model).toBe('Antminer S19j Pro');
    expect(r.boards).toHaveLength(3);
    expect(r.pools).toEqual([
      {
        url: 'stratum+tcp://btc.pool.example:3333',
        user: 'rigline.s19j001',
        status: 'alive',
        accepted: 41234,
        rejected: 21,
      },
    ]);
    // The same parsed multi value may also be handed in under each command.
    const value = parseMinerReply(f('multi-summary-stats-pools.txt'));
    if (!value.ok) throw new Error(value.reason);
    expect(value.envelope).toBeNull();
    const again = read({ replies: { stats: value.value, pools: value.value } });
    expect(again.boards).toEqual(r.boards);
    expect(again.pools).toEqual(r.pools);
  });

  it('a refused multi-command reply says why', () => {
    const r = read({ replies: { combined: f('multi-rejected.txt') } });
    expect(r.online).toBe(false);
    expect(r.problems).toEqual(['combined: miner error 14: Invalid command']);
  });

  it('Antminer S21 new_api stats with web CGI identity and status', () => {
    const r = read({
      replies: { stats: f('s21-new-api-stats.txt') },
      cgi: {
        systemInfo: f('cgi-system-info.txt'),
        summary: f('cgi-summary.txt'),
        wwwAuthenticate: 'Digest realm="antMiner Configuration", nonce="x", qop="auth"',
      },
    });
    expect(r).toMatchObject({
      make: 'Bitmain',
      model: 'Antminer S21',
      firmware: 'stock',
      firmwareVersion: 'Thu Jan 11 16:42:03 CST 2024',
      unitSerial: 'JYZZB4ABCD123456',
      mac: '02:1a:2b:3c:4d:5e',
      hostname: 'Antminer',
      uptimeS: 7200,
      hashrate: { ths5s: 201.021, thsAvg: 200.31, thsIdeal: 200 },
      fansRpm: [3700, 3680, 3710, 3690],
      problems: ['fans: fan 3 speed too low (code 2)'],
    });
    expect(r.boards.map((b) => b.serial)).toEqual([
      'JYZZB4ABCDEF0001',
      'JYZZB4ABCDEF0002',
      'JYZZB4ABCDEF0003',
    ]);
  });

  it('S9 and S21 Hydro', () => {
    const s9 = read({ replies: { stats: f('s9-stats.txt') } });
    expect([s9.model, s9.boards.length, s9.fansRpm]).toEqual(['Antminer S9', 3, [5880, 5760]]);
    const hydro = read({ replies: { stats: f('s21-hydro-stats.txt') } });
    expect([hydro.model, hydro.fansRpm, hydro.boards[0]!.pcbTempC]).toEqual([
      'Antminer S21 Hydro',
      [],
      { inlet: 31, outlet: 42 },
    ]);
  });

  it('LuxOS and Vnish', () => {
    const lux = read({ replies: { stats: f('luxos-stats.txt'), version: f('luxos-version.txt') } });
    expect([lux.firmware, lux.firmwareVersion, lux.boards.length]).toEqual([
      'luxos',
      '2024.11.1.123456-abcdef',
      3,
    ]);
    const vnish = read({ replies: { stats: f('vnish-stats.txt') } });
    expect([vnish.firmware, vnish.firmwareVersion, vnish.model]).toEqual([
      'vnish',
      '1.2.6',
      'Antminer S19j Pro',
    ]);
  });

  it('Braiins OS: devs, devdetails, temps, fans; model from the hint', () => {
    const r = read({
      replies: {
        summary: f('braiins-summary.txt'),
        version: f('braiins-version.txt'),
        devs: f('braiins-devs.txt'),
        devdetails: f('braiins-devdetails.txt'),
        temps: f('braiins-temps.txt'),
        fans: f('braiins-fans.txt'),
      },
      hints: { model: 'Antminer S19j Pro' },
    });
    expect(r).toMatchObject({
      make: 'Bitmain',
      model: 'Antminer S19j Pro',
      firmware: 'braiins',
      firmwareVersion: '0.2.0-36c56a9363',
      uptimeS: 52000,
      hashrate: { ths5s: 99.123, thsAvg: 98.765, thsIdeal: 100 },
      fansRpm: [4200, 4260, 0, 4230],
    });
    expect(r.boards.map((b) => [b.chips, b.chipsExpected, b.rateThs])).toEqual([
      [126, 126, 33],
      [124, 126, 33.001],
      [126, 126, 33.002],
    ]);
  });

  it('Whatsminer: flat STATUS, summary and edevs', () => {
    const r = read({
      replies: { summary: f('whatsminer-summary.txt'), edevs: f('whatsminer-edevs.txt') },
      hints: { model: 'Whatsminer M60S' },
    });
    expect(r).toMatchObject({
      make: 'MicroBT',
      model: 'Whatsminer M60S',
      firmware: 'whatsminer',
      firmwareVersion: '20240306.22.REL',
      mac: 'c4:11:04:a1:b2:c3',
      uptimeS: 43210,
      hashrate: { ths5s: 186.1, thsAvg: 185.9, thsIdeal: 186 },
      fansRpm: [4410, 4380],
      powerW: 3440,
    });
    expect(r.boards.map((b) => [b.index, b.chips, b.rateThs, b.serial])).toEqual([
      [0, 156, 62.01, 'HEM1B8ABC123450'],
      [1, 156, 62.03, 'HEM1B8ABC123451'],
      [2, 150, 62.01, 'HEM1B8ABC123452'],
    ]);
  });
});

describe('normalizeReading — quirks and failures', () => {
  it('records repairs per command', () => {
    const r = read({
      replies: {
        summary: f('quirk-missing-comma-keys.txt'),
        pools: f('quirk-object-no-comma.txt'),
      },
    });
    expect(r.repairs).toEqual(['summary:missing-comma', 'pools:missing-comma-between-objects']);
    expect(r.pools.map((p) => p.status)).toEqual(['alive', 'dead']);
    expect(r.powerW).toBe(3440);
  });

  it('nan/inf fields read as missing, not as numbers', () => {
    const r = read({ replies: { summary: f('quirk-nan-inf.txt') } });
    expect(r.hashrate).toEqual({ ths5s: null, thsAvg: 150, thsIdeal: null });
    expect(r.repairs).toEqual(['summary:nan-or-inf']);
  });

  it('a stats reply cut by the firmware (id 0) or on the wire keeps what is complete', () => {
    const id0 = read({ replies: { stats: f('quirk-truncated-id0.txt') } });
    expect([id0.online, id0.boards.length, id0.repairs]).toEqual([true, 0, ['stats:truncated']]);
    expect(id0.fansRpm).toEqual([5400, 5460, 5400, 5520]);
    const cut = read({ replies: { stats: f('quirk-truncated-mid-value.txt') } });
    expect(cut.boards.map((b) => [b.index, b.rateThs])).toEqual([[0, 34.711]]);
    expect(cut.repairs).toEqual(['stats:truncated']);
  });

  it('duplicate keys: first non-empty on the repair path, JSON.parse semantics otherwise', () => {
    const repaired = read({ replies: { summary: f('quirk-duplicate-keys-repaired.txt') } });
    expect(repaired.hashrate.ths5s).toBe(96.001);
    const fast = read({ replies: { summary: f('quirk-duplicate-keys.txt') } });
    expect(fast.hashrate.ths5s).toBeNull();
  });

  it('offline when nothing usable came back, with every reason', () => {
    const r = read({
      replies: { summary: f('empty.txt'), stats: f('garbage.bin'), pools: f('access-denied.txt') },
      problems: ['version: timed out after 5000 ms'],
    });
    expect(r.online).toBe(false);
    expect(r.problems).toEqual([
      'version: timed out after 5000 ms',
      'summary: empty reply',
      'stats: not JSON',
      'pools: access denied',
    ]);
  });

  it('no replies at all', () => {
    const r = read({});
    expect([r.online, r.problems]).toEqual([false, ['no reply']]);
  });

  it('online but with a denied command noted', () => {
    const r = read({ replies: { stats: f('s21-stock-stats.txt'), pools: f('access-denied.txt') } });
    expect(r.online).toBe(true);
    expect(r.problems).toEqual(['pools: access denied']);
  });

  it('the model hint fills chipsExpected when stats has no Type', () => {
    const r = read({
      replies: {
        stats:
          '{"STATUS":[{"STATUS":"S"}],"STATS":[{"Elapsed":5,"chain_acn1":100,"chain_rate1":"1000"}]}',
      },
      hints: { model: 'Antminer S21', chipsPerBoard: () => 108 },
    });
    expect([r.model, r.boards[0]!.chipsExpected]).toEqual(['Antminer S21', 108]);
  });
});

describe('parseMinerReply', () => {
  it('returns the envelope of a single reply and a reason otherwise', () => {
    const r = parseMinerReply(f('quirk-trailing-comma.txt'));
    expect(r.ok && [r.envelope?.status, r.repairs]).toEqual(['S', ['trailing-comma']]);
    expect(parseMinerReply('')).toEqual({ ok: false, reason: 'empty reply' });
    expect(parseMinerReply(f('access-denied.txt'))).toEqual({ ok: false, reason: 'access denied' });
  });
});
