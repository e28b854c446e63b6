import { describe, expect, it } from 'vitest';
import { minerFixture } from '../../../../test/fixtures/miner/index.js';
import { parseBraiinsBoards, parseBraiinsFans } from './braiins.js';
import { readEnvelope } from './cgminer.js';
import { detectMiner } from './detect.js';
import { parseLenientJson } from './lenient-json.js';
import { parsePools, poolStatus } from './pools.js';
import {
  buildWhatsminerRequest,
  parseWhatsminerEdevs,
  parseWhatsminerSummary,
} from './whatsminer.js';

function sections(name: string): Record<string, unknown[]> {
  const p = parseLenientJson(minerFixture(name));
  if (!p.ok) throw new Error(p.reason);
  const e = readEnvelope(p.value);
  if (!e.ok) throw new Error(e.reason);
  return e.envelope.sections;
}

describe('whatsminer', () => {
  it('builds the btminer request', () => {
    expect(buildWhatsminerRequest('summary')).toEqual({ ok: true, request: '{"cmd":"summary"}' });
    expect(buildWhatsminerRequest('x y').ok).toBe(false);
  });

  it('reads the summary (MH/s, fans in/out, power, MAC, quoted firmware version)', () => {
    expect(parseWhatsminerSummary(sections('whatsminer-summary.txt'))).toEqual({
      ok: true,
      summary: {
        uptimeS: 43210,
        ths5s: 186.1,
        thsAvg: 185.9,
        thsIdeal: 186,
        fansRpm: [4410, 4380],
        powerW: 3440,
        mac: 'C4:11:04:A1:B2:C3',
        firmwareVersion: '20240306.22.REL',
      },
    });
  });

  it('reads edevs per slot', () => {
    const r = parseWhatsminerEdevs(sections('whatsminer-edevs.txt'), {
      model: 'Whatsminer M60S',
      chipsPerBoard: () => 156,
    });
    if (!r.ok) throw new Error(r.reason);
    expect(r.boards).toHaveLength(3);
    expect(r.boards[2]).toEqual({
      index: 2,
      serial: 'HEM1B8ABC123452',
      chips: 150,
      chipsExpected: 156,
      rateThs: 62.01,
      idealThs: 62,
      pcbTempC: { inlet: null, outlet: 69 },
      chipTempC: { inlet: 60, outlet: 80 },
      hwErrors: null,
      freqMhz: 560,
    });
  });

  it('gives reasons for missing sections', () => {
    expect(parseWhatsminerSummary({})).toEqual({
      ok: false,
      reason: 'summary: no SUMMARY section',
    });
    expect(parseWhatsminerEdevs({})).toEqual({ ok: false, reason: 'edevs: no DEVS section' });
  });
});

describe('braiins', () => {
  it('joins devs, devdetails and temps by board id', () => {
    const r = parseBraiinsBoards({
      devs: sections('braiins-devs.txt'),
      devdetails: sections('braiins-devdetails.txt'),
      temps: sections('braiins-temps.txt'),
    });
    if (!r.ok) throw new Error(r.reason);
    expect(r.result.thsIdeal).toBe(100);
    expect(r.result.boards[1]).toEqual({
      index: 1,
      serial: null,
      chips: 124,
      chipsExpected: null,
      rateThs: 33.001,
      idealThs: 33.333,
      pcbTempC: { inlet: null, outlet: 59 },
      chipTempC: { inlet: null, outlet: 73.5 },
      hwErrors: 1,
      freqMhz: 500,
    });
  });

  it('keeps a stopped fan', () => {
    expect(parseBraiinsFans(sections('braiins-fans.txt'))).toEqual([4200, 4260, 0, 4230]);
  });

  it('needs devs', () => {
    expect(parseBraiinsBoards({})).toEqual({ ok: false, reason: 'devs: no DEVS section' });
  });
});

describe('pools', () => {
  it('maps statuses, including "Deed", and skips empty slots', () => {
    expect(parsePools(sections('pools-stale-deed.txt'))).toEqual([
      {
        url: 'stratum+tcp://btc.pool.example:3333',
        user: 'rigline.s19j001',
        status: 'alive',
        accepted: 41234,
        rejected: 21,
      },
      {
        url: 'stratum+tcp://backup.pool.example:443',
        user: 'rigline.s19j001',
        status: 'dead',
        accepted: 0,
        rejected: 0,
      },
      {
        url: 'stratum+tcp://third.pool.example:25',
        user: 'rigline.backup',
        status: 'disabled',
        accepted: 5,
        rejected: 1,
      },
    ]);
  });

  it('maps anything else to unknown', () => {
    expect(poolStatus('Rejecting')).toBe('unknown');
    expect(poolStatus(' alive ')).toBe('alive');
    expect(poolStatus('constructor')).toBe('unknown');
    expect(poolStatus(3)).toBe('unknown');
  });
});

describe('detectMiner', () => {
  it('stock Antminer from the stats header', () => {
    expect(
      detectMiner({
        statsHeader: { BMMiner: '1.0.0', CompileTime: 'Thu Jan 11 16:42:03 CST 2024 ' },
        statsModel: 'Antminer S21',
      }),
    ).toEqual({
      make: 'Bitmain',
      model: 'Antminer S21',
      firmware: 'stock',
      firmwareVersion: 'Thu Jan 11 16:42:03 CST 2024',
    });
  });

  it('LuxOS from VERSION, even with a stock-looking stats header', () => {
    const version = sections('luxos-version.txt').VERSION![0] as Record<string, unknown>;
    expect(detectMiner({ version, statsHeader: { BMMiner: '1.0.0' } })).toEqual({
      make: 'Bitmain',
      model: 'Antminer S19j Pro',
      firmware: 'luxos',
      firmwareVersion: '2024.11.1.123456-abcdef',
    });
  });

  it('Vnish from the Type tag', () => {
    const d = detectMiner({
      statsHeader: { Type: 'Antminer S19j Pro (vnish 1.2.6)', BMMiner: '1.0.0' },
      statsModel: 'Antminer S19j Pro',
    });
    expect([d.firmware, d.firmwareVersion, d.model]).toEqual([
      'vnish',
      '1.2.6',
      'Antminer S19j Pro',
    ]);
  });

  it('Braiins from the BOSminer+ description, model from the hint', () => {
    const d = detectMiner({
      descriptions: ['BOSminer+ 0.2.0-36c56a9363'],
      modelHint: 'Antminer S19j Pro',
    });
    expect(d).toEqual({
      make: 'Bitmain',
      model: 'Antminer S19j Pro',
      firmware: 'braiins',
      firmwareVersion: '0.2.0-36c56a9363',
    });
  });

  it('Whatsminer from btminer, model from devdetails', () => {
    const d = detectMiner({ descriptions: ['btminer'], devdetails: { Model: 'M60S.VK30' } });
    expect([d.make, d.model, d.firmware]).toEqual(['MicroBT', 'Whatsminer M60S', 'whatsminer']);
  });

  it('Avalon from VERSION PROD/MODEL', () => {
    const d = detectMiner({
      version: { CGMiner: '4.11.1', PROD: 'AvalonMiner 1466', MODEL: '1466' },
    });
    expect([d.make, d.model, d.firmware]).toEqual(['Canaan', 'Avalon A1466', 'stock']);
  });

  it('an antMiner realm alone says Bitmain', () => {
    expect(detectMiner({ realmIsAntminer: true })).toEqual({
      make: 'Bitmain',
      model: null,
      firmware: 'stock',
      firmwareVersion: null,
    });
    expect(detectMiner({})).toEqual({
      make: null,
      model: null,
      firmware: 'unknown',
      firmwareVersion: null,
    });
  });
});
