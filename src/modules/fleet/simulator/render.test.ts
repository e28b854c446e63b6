import { describe, expect, it } from 'vitest';
import { QUIRKS } from './faults.js';
import { buildMiner, type FleetOptions } from './fleet.js';
import { minerStateAt } from './miner-state.js';
import { applyQuirk } from './quirks.js';
import { renderCgi } from './render-cgi.js';
import { renderRpc } from './render.js';
import { parseRpcRequest } from './rpc-request.js';

const T0 = Date.UTC(2025, 5, 1, 12);
const when = Math.floor(T0 / 1000);

function minerWith(
  pred: (m: ReturnType<typeof buildMiner>) => boolean,
  o: Partial<FleetOptions> = {},
) {
  for (let i = 0; i < 5000; i++) {
    const m = buildMiner({ seed: 9, epochMs: T0, ...o }, i);
    if (pred(m)) return m;
  }
  throw new Error('no such miner');
}
const reply = (m: ReturnType<typeof buildMiner>, request: string) =>
  renderRpc(m, minerStateAt(m, [], T0 + 60_000), parseRpcRequest(request), when);

describe('rendered replies', () => {
  const stock = minerWith((m) => m.firmware === 'stock' && m.model === 'Antminer S21');

  it('summary+stats+pools nests each envelope under the lower-case name', () => {
    const j = JSON.parse(reply(stock, '{"command":"summary+stats+pools"}'));
    expect(Object.keys(j)).toEqual(['summary', 'stats', 'pools', 'id']);
    expect(j.summary[0].SUMMARY[0].Elapsed).toBeGreaterThan(0);
    expect(j.stats[0].STATS[0].Type.trim()).toBe('Antminer S21');
    expect(j.stats[0].STATS[1].chain_acn1).toBe(108);
    expect(j.pools[0].POOLS).toHaveLength(3);
    expect(j.pools[0].STATUS[0].STATUS).toBe('S');
  });

  it('classic stats keys and string/number variants', () => {
    const old = minerWith((m) => m.firmware === 'stock' && m.model === 'Antminer S19 XP');
    const d = JSON.parse(reply(old, '{"command":"stats"}')).STATS[1];
    expect(typeof d['GHS 5s']).toBe('string');
    expect(typeof d.chain_rate1).toBe('string');
    expect(d.temp_pic1).toBe('2--1-20-22');
    expect(d['total rate'] ?? d.total_rate).toBeGreaterThan(0);
    const s21 = JSON.parse(reply(stock, '{"command":"stats"}')).STATS[1];
    expect(typeof s21['GHS 5s']).toBe('number');
    const spaced = minerWith((m) => m.firmware === 'stock' && m.variant.typeTrailingSpaces > 0);
    expect(JSON.parse(reply(spaced, '{"command":"stats"}')).STATS[0].Type).toMatch(/ $/);
  });

  it('new_api stats shape with board serials', () => {
    const j = JSON.parse(reply(stock, '{"command":"stats","new_api":true}'));
    expect(j.STATUS.STATUS).toBe('S');
    expect(j.INFO.type).toBe('Antminer S21');
    expect(j.STATS[0].rate_unit).toBe('GH/s');
    expect(j.STATS[0].chain.map((c: { sn: string }) => c.sn)).toEqual(
      stock.boards.map((b) => b.serial),
    );
  });

  it('version names the firmware; LuxOS writes "0" for an absent chain', () => {
    expect(JSON.parse(reply(stock, '{"command":"version"}')).VERSION[0].BMMiner).toBeDefined();
    const lux = minerWith((m) => m.firmware === 'luxos');
    expect(JSON.parse(reply(lux, '{"command":"version"}')).VERSION[0].LUXminer).toBeDefined();
    const st = minerStateAt(lux, [{ kind: 'board_dead', target: 0, since: T0 }], T0 + 60_000);
    const d = JSON.parse(renderRpc(lux, st, parseRpcRequest('{"command":"stats"}'), when)).STATS[1];
    expect(d.chain_rate1).toBe('0');
    const bos = minerWith((m) => m.firmware === 'braiins');
    expect(JSON.parse(reply(bos, '{"command":"version"}')).VERSION[0]['BOSminer+']).toBeDefined();
    const devs = JSON.parse(reply(bos, '{"command":"devs"}')).DEVS;
    expect(devs[0]['Nominal MHS']).toBeGreaterThan(0);
    expect(JSON.parse(reply(bos, '{"command":"devdetails"}')).DEVDETAILS[0].Chips).toBe(
      bos.boards[0]!.chips,
    );
  });

  it('Whatsminer: summary, edevs and flat STATUS', () => {
    const flat = minerWith((m) => m.firmware === 'whatsminer' && m.variant.flatStatus);
    const j = JSON.parse(reply(flat, '{"cmd":"summary"}'));
    expect(j.STATUS).toBe('S');
    expect(j.SUMMARY[0]['MHS 1m']).toBeGreaterThan(0);
    expect(j.SUMMARY[0]['Fan Speed In']).toBeGreaterThan(0);
    const e = JSON.parse(reply(flat, '{"cmd":"edevs"}')).DEVS;
    expect(e[0]['PCB SN']).toBe(flat.boards[0]!.serial);
    expect(e[0]['Effective Chips']).toBeGreaterThan(0);
    const arr = minerWith((m) => m.firmware === 'whatsminer' && !m.variant.flatStatus);
    expect(JSON.parse(reply(arr, '{"cmd":"summary"}')).STATUS[0].STATUS).toBe('S');
    expect(JSON.parse(reply(arr, '{"cmd":"get_miner_info"}')).Msg.minersn).toBe(arr.serial);
  });

  it('rejects multi-commands on configured models', () => {
    const o = { rejectMultiCommand: { pattern: '^Antminer S19', share: 1 } };
    const s19 = minerWith((m) => m.model === 'Antminer S19 XP' && m.firmware === 'stock', o);
    expect(s19.rejectsMultiCommand).toBe(true);
    const j = JSON.parse(reply(s19, '{"command":"summary+stats"}'));
    expect(j.STATUS[0]).toMatchObject({ STATUS: 'E', Msg: 'Invalid command' });
    expect(JSON.parse(reply(s19, '{"command":"summary"}')).SUMMARY).toHaveLength(1);
  });

  it('answers the text form in text', () => {
    const t = reply(stock, 'summary|');
    expect(t).toMatch(/^STATUS=S,When=\d+,Code=11,Msg=Summary,/);
    expect(t).toContain('|SUMMARY,Elapsed=');
    expect(t.endsWith('|')).toBe(true);
  });

  it('bad requests get STATUS E', () => {
    expect(JSON.parse(reply(stock, '{"command":')).STATUS[0]).toMatchObject({
      STATUS: 'E',
      Code: 23,
    });
    expect(JSON.parse(reply(stock, '{"command":"restart"}')).STATUS[0].Code).toBe(45);
  });

  it('each quirk shows in the reply', () => {
    const body = reply(stock, '{"command":"summary+stats+pools"}');
    const expected: Record<string, (s: string) => boolean> = {
      brace_no_comma: (s) => s.includes('}{'),
      leading_comma: (s) => s.includes('[,{'),
      trailing_comma: (s) => s.includes(',}'),
      missing_comma: (s) => s.includes('""'),
      nan: (s) => /:nan[,}]/.test(s),
      raw_newline: (s) => s.includes('\n'),
      bad_escape: (s) => s.includes("\\'"),
      empty_value: (s) => s.includes('" : ,'),
      duplicate_keys: (s) => /\{"([^"]+)":[^,]+,"\1":/.test(s),
      misspelled: (s) => s.includes('Pool Stale%%') && s.includes('"Deed"'),
      truncated: (s) => s.length < body.length && body.startsWith(s),
      empty: (s) => s.length === 0,
      garbage: (s) => !s.startsWith('{'),
    };
    for (const q of QUIRKS) {
      const w = applyQuirk(body, q, 5);
      const s = typeof w.data === 'string' ? w.data : w.data.toString('latin1');
      if (q === 'trailing_nul') {
        expect(s).toBe(body);
        expect(w.nul).toBe(true);
        continue;
      }
      expect(expected[q]!(s), q).toBe(true);
      // Duplicate keys and misspellings are valid JSON; the rest is not.
      if (q !== 'duplicate_keys' && q !== 'misspelled') expect(() => JSON.parse(s), q).toThrow();
    }
    // On a one-command reply too.
    const sum = reply(stock, '{"command":"summary"}');
    for (const q of [
      'brace_no_comma',
      'missing_comma',
      'duplicate_keys',
      'nan',
      'empty_value',
    ] as const) {
      const s = String(applyQuirk(sum, q, 1).data);
      expect(s, q).not.toBe(sum);
    }
  });

  it('web CGI: system info, summary status entries', () => {
    const st = minerStateAt(stock, [{ kind: 'fan_stop', since: T0 }], T0 + 60_000);
    const info = JSON.parse(renderCgi(stock, st, '/cgi-bin/get_system_info.cgi', when).body);
    expect(info).toMatchObject({
      serinum: stock.serial,
      minertype: 'Antminer S21',
      hostname: stock.hostname,
    });
    expect(info.macaddr.toLowerCase()).toBe(stock.mac);
    const sum = JSON.parse(renderCgi(stock, st, '/cgi-bin/summary.cgi', when).body).SUMMARY[0];
    expect(sum.rate_5s).toBeGreaterThan(0);
    const fans = sum.status.find((x: { type: string }) => x.type === 'fans');
    expect(fans.status).not.toBe('s');
    expect(renderCgi(stock, st, '/cgi-bin/nope.cgi', when).status).toBe(404);
  });

  it('renders cheaply', () => {
    const ms = Array.from({ length: 200 }, (_, i) => buildMiner({ seed: 3, epochMs: T0 }, i));
    const req = parseRpcRequest('{"command":"summary+stats+pools"}');
    const t = performance.now();
    let bytes = 0;
    for (let k = 0; k < 5000; k++) {
      const m = ms[k % ms.length]!;
      bytes += renderRpc(m, minerStateAt(m, [], T0 + k * 1000), req, when).length;
    }
    const perReplyUs = ((performance.now() - t) * 1000) / 5000;
    expect(bytes).toBeGreaterThan(5000 * 100);
    expect(perReplyUs).toBeLessThan(500);
  });
});
