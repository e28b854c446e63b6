import { describe, expect, it } from 'vitest';
import { minerFixture } from '../../../../test/fixtures/miner/index.js';
import { parseLenientJson } from './lenient-json.js';

function ok(text: string): { value: any; repairs: string[] } {
  const r = parseLenientJson(text);
  if (!r.ok) throw new Error(`expected ok, got ${r.reason}`);
  return r;
}

function reason(text: string): string {
  const r = parseLenientJson(text);
  if (r.ok) throw new Error('expected a rejection');
  return r.reason;
}

describe('parseLenientJson — fast path', () => {
  it('parses valid JSON with its NUL terminator and reports no repair', () => {
    const r = ok('{"STATUS":[{"STATUS":"S"}],"id":1}\0');
    expect(r.value).toEqual({ STATUS: [{ STATUS: 'S' }], id: 1 });
    expect(r.repairs).toEqual([]);
  });

  it('strips several NULs and trailing whitespace', () => {
    expect(ok('{"a":1}\0\0\r\n ').value).toEqual({ a: 1 });
    expect(ok(minerFixture('quirk-trailing-nul.txt')).repairs).toEqual([]);
  });

  it('keeps the last of duplicate keys on valid JSON (documented: no pre-scan)', () => {
    const r = ok(minerFixture('quirk-duplicate-keys.txt'));
    expect(r.value.SUMMARY[0]['GHS 5s']).toBe('');
    expect(r.repairs).toEqual([]);
  });

  it('rejects a reply that is valid JSON but not an object', () => {
    expect(reason('42')).toBe('reply is not a JSON object');
    expect(reason('"S"\0')).toBe('reply is not a JSON object');
  });
});

describe('parseLenientJson — rejections', () => {
  it('rejects 0 bytes and NUL-only replies as empty', () => {
    expect(reason('')).toBe('empty reply');
    expect(reason(minerFixture('empty.txt'))).toBe('empty reply');
    expect(reason('\0')).toBe('empty reply');
  });

  it('rejects binary garbage and HTML', () => {
    expect(reason(minerFixture('garbage.bin'))).toBe('not JSON');
    expect(reason('<html><body>401</body></html>')).toBe('not JSON');
  });

  it('rejects a truncated reply with nothing complete', () => {
    expect(reason(minerFixture('quirk-truncated-nothing.txt'))).toBe(
      'truncated reply with nothing complete',
    );
    expect(reason('{"STA')).toBe('truncated reply with nothing complete');
  });

  it('rejects deep bracket piles without blowing the stack', () => {
    expect(reason('['.repeat(100_000) + '}')).toBe('nested too deeply');
  });

  it('rejects mismatched brackets with a position', () => {
    expect(reason('{"a":[1,2}')).toBe('mismatched } at 9');
  });
});

describe('parseLenientJson — repairs', () => {
  it('`}{` between objects', () => {
    const r = ok(minerFixture('quirk-object-no-comma.txt'));
    expect(r.value.POOLS.map((p: any) => p.POOL)).toEqual([0, 1]);
    expect(r.repairs).toEqual(['missing-comma-between-objects']);
  });

  it('`[,{` leading comma', () => {
    const r = ok(minerFixture('quirk-leading-comma.txt'));
    expect(r.value.POOLS).toHaveLength(1);
    expect(r.repairs).toEqual(['leading-comma']);
  });

  it('`,}` and `,]` trailing commas', () => {
    const r = ok(minerFixture('quirk-trailing-comma.txt'));
    expect(r.value.SUMMARY).toEqual([
      {
        Elapsed: 100,
        'MHS 1m': 186000000,
        'Fan Speed In': 4400,
        'Fan Speed Out': 4380,
        Power: 3400,
      },
    ]);
    expect(r.repairs).toEqual(['trailing-comma']);
  });

  it('a missing comma between two keys, `"a":1"b":2` and `""temp0`', () => {
    expect(ok('{"a":1"b":2}').value).toEqual({ a: 1, b: 2 });
    const r = ok(minerFixture('quirk-missing-comma-keys.txt'));
    expect(r.value.SUMMARY[0]['Power Mode']).toBe('Normal');
    expect(r.value.SUMMARY[0].temp0).toBe(68.5);
    expect(r.value.SUMMARY[0]['Fan Speed In']).toBe(4410);
    expect(r.repairs).toEqual(['missing-comma']);
  });

  it('bare nan/inf become null; quoted ones stay strings for the field mappers', () => {
    const r = ok(minerFixture('quirk-nan-inf.txt'));
    const s = r.value.SUMMARY[0];
    expect(s['MHS 5s']).toBeNull();
    expect(s['MHS 1m']).toBeNull();
    expect(s['Work Utility']).toBeNull();
    expect(s.Utility).toBeNull();
    expect(s.Temperature).toBe('nan');
    expect(s['Device Hardware%']).toBe('inf');
    expect(r.repairs).toEqual(['nan-or-inf']);
  });

  it('raw newlines and control characters inside strings', () => {
    const r = ok(minerFixture('quirk-raw-newline.txt'));
    expect(r.value.VERSION[0].LVERSION).toBe('24030101_4ec6bb0_aa1d2a5\n');
    expect(r.value.VERSION[0].CVERSION).toBe('\tMM314');
    expect(r.repairs).toEqual(['control-char-in-string']);
  });

  it("invalid `\\'` escapes keep the quote", () => {
    const r = ok(minerFixture('quirk-bad-escape.txt'));
    expect(r.value.POOLS[0].User).toBe("o'brien.worker1");
    expect(r.repairs).toEqual(['bad-escape']);
  });

  it('a key with no value becomes null', () => {
    const r = ok(minerFixture('quirk-missing-value.txt'));
    expect(r.value.SUMMARY[0]).toEqual({
      Elapsed: 700,
      'GHS 5s': null,
      'GHS av': 95000.5,
      'Last getwork': null,
    });
    expect(r.repairs).toEqual(['missing-value']);
  });

  it('duplicate keys keep the first non-empty value on the repair path', () => {
    const r = ok(minerFixture('quirk-duplicate-keys-repaired.txt'));
    expect(r.value.SUMMARY[0]['GHS 5s']).toBe('96000.5');
    expect(r.value.SUMMARY[0]['GHS av']).toBe(95000);
    expect(r.repairs).toEqual(['duplicate-key', 'trailing-comma']);
  });

  it('a reply cut mid-value is closed after its last complete value', () => {
    const r = ok(minerFixture('quirk-truncated-mid-value.txt'));
    const data = r.value.STATS[1];
    expect(data.chain_rate1).toBe('34711.20');
    expect(data.chain_rate2).toBeUndefined();
    expect(r.repairs).toEqual(['truncated']);
  });

  it('drops a number that touches the cut (its digits may be missing)', () => {
    const r = ok('{"SUMMARY":[{"Elapsed":100,"Accepted":12');
    expect(r.value).toEqual({ SUMMARY: [{ Elapsed: 100 }] });
    expect(r.repairs).toEqual(['truncated']);
  });

  it('makes "__proto__" an own key, never a prototype', () => {
    const r = ok('{"__proto__":{"polluted":1},"a":1,}');
    expect(Object.getPrototypeOf(r.value)).toBe(Object.prototype);
    expect(({} as any).polluted).toBeUndefined();
    expect(Object.keys(r.value)).toEqual(['__proto__', 'a']);
  });

  it('notes data after the reply and keeps the reply', () => {
    const r = ok('{"a":1}\0{"b":2}');
    expect(r.value).toEqual({ a: 1 });
    expect(r.repairs).toEqual(['trailing-data']);
  });
});
