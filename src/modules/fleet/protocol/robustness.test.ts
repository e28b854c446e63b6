/**
 * The parser's promise under stress: every fixture parses or is rejected with a reason, seeded
 * random mutations and truncations never throw, and every reading passes the ingest schema.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../platform/demo/random.js';
import { minerFixture as f, minerFixtureNames } from '../../../../test/fixtures/miner/index.js';
import { minerReading } from '../reading.js';
import type { MinerReading } from '../reading.js';
import * as protocol from './index.js';
import { parseLenientJson } from './lenient-json.js';
import { REPLY_COMMANDS, normalizeReading } from './normalize.js';
import type { NormalizeInput } from './normalize.js';

const IP = '10.20.1.37';
const AT = 1_732_435_200_000;

function read(input: Omit<NormalizeInput, 'ip' | 'at'>): MinerReading {
  const r = normalizeReading({ ip: IP, at: AT, ...input });
  expect(minerReading.safeParse(r).error).toBeUndefined();
  return r;
}

/** What a collector would hand in for a fixture, by its name. */
function inputFor(name: string, text: string): Omit<NormalizeInput, 'ip' | 'at'> {
  if (name.startsWith('cgi-system')) return { cgi: { systemInfo: text } };
  if (name.startsWith('cgi-summary')) return { cgi: { summary: text } };
  if (name.startsWith('multi')) return { replies: { combined: text } };
  const cmd = REPLY_COMMANDS.find((c) => `-${name}`.includes(`-${c}`)) ?? 'stats';
  return { replies: { [cmd]: text } };
}

describe('fixture corpus', () => {
  const names = minerFixtureNames();

  it('has every fixture the brief asks for', () => {
    expect(names.length).toBeGreaterThanOrEqual(40);
  });

  it.each(names)('%s parses or is rejected with a reason, and normalizes', (name) => {
    const text = f(name);
    const p = parseLenientJson(text);
    if (!p.ok) expect(p.reason.length).toBeGreaterThan(0);
    const r = read(inputFor(name, text));
    if (!r.online) expect(r.problems.length).toBeGreaterThan(0);
  });
});

/** The platform's seeded PRNG, so a failing mutation can be replayed. */
const rng = (seed: number) => seededRandom(seed).next;

const NOISE = [
  '',
  ',',
  '}',
  ']',
  '{',
  '[',
  '"',
  ':',
  '\0',
  '\n',
  '\\',
  'nan',
  '-',
  '}{',
  '[,',
  ',}',
];

function mutate(text: string, next: () => number): string {
  const pick = (n: number) => Math.floor(next() * n);
  let s = text;
  const edits = 1 + pick(4);
  for (let e = 0; e < edits && s.length > 0; e++) {
    const at = pick(s.length);
    switch (pick(5)) {
      case 0: // truncate
        s = s.slice(0, at);
        break;
      case 1: // delete a run
        s = s.slice(0, at) + s.slice(at + 1 + pick(8));
        break;
      case 2: // insert structural noise
        s = s.slice(0, at) + NOISE[pick(NOISE.length)]! + s.slice(at);
        break;
      case 3: // flip one character to a random byte
        s = s.slice(0, at) + String.fromCharCode(pick(256)) + s.slice(at + 1);
        break;
      default: // duplicate a slice (repeated keys, doubled objects)
        s = s.slice(0, at) + s.slice(at, at + pick(40)) + s.slice(at);
    }
  }
  return s;
}

describe('random mutations never throw', () => {
  it('2,000 seeded mutations of every JSON fixture parse or are rejected, and normalize', () => {
    const next = rng(20_241_124);
    const texts = minerFixtureNames()
      .filter((n) => n.endsWith('.txt'))
      .map((n) => [n, f(n)] as const);
    let parsed = 0;
    for (let i = 0; i < 2000; i++) {
      const [name, text] = texts[i % texts.length]!;
      const m = mutate(text, next);
      const p = parseLenientJson(m);
      if (p.ok) parsed++;
      else expect(typeof p.reason).toBe('string');
      const r = normalizeReading({ ip: IP, at: AT, ...inputFor(name, m) });
      const check = minerReading.safeParse(r);
      if (!check.success) throw new Error(`${name} mutation ${i} fails the schema: ${check.error}`);
    }
    // Many mutations are plain corruption (a deleted quote) and must be rejected, but a parser
    // that rejected everything would pass this test vacuously.
    expect(parsed).toBeGreaterThan(800);
  });

  it('a stats reply cut anywhere past its header keeps its complete part', () => {
    const next = rng(7);
    for (const name of ['s19jpro-stock-stats.txt', 's21-new-api-stats.txt', 's9-stats.txt']) {
      const text = f(name);
      const from = text.indexOf('"STATS":[') + 200;
      for (let i = 0; i < 200; i++) {
        const cut = text.slice(0, from + Math.floor(next() * (text.length - 2 - from)));
        const p = parseLenientJson(cut);
        if (!p.ok) throw new Error(`${name} cut at ${cut.length}: ${p.reason}`);
        expect(p.repairs).toContain('truncated');
        const r = normalizeReading({ ip: IP, at: AT, replies: { stats: cut } });
        expect(minerReading.safeParse(r).success).toBe(true);
        expect(r.online).toBe(true);
      }
    }
  });
});

describe('public functions take junk without throwing', () => {
  const JUNK: unknown[] = [
    undefined,
    null,
    0,
    NaN,
    '',
    'x',
    [],
    {},
    [null],
    { STATUS: null },
    () => 1,
  ];

  it('every exported function, every junk argument', () => {
    const fns = Object.entries(protocol).filter(([, v]) => typeof v === 'function') as [
      string,
      (...args: unknown[]) => unknown,
    ][];
    expect(fns.length).toBeGreaterThan(20);
    for (const [name, fn] of fns) {
      for (const a of JUNK) {
        for (const b of JUNK) {
          try {
            fn(a, b);
          } catch (err) {
            throw new Error(`${name}(${String(a)}, ${String(b)}) threw`, { cause: err });
          }
        }
      }
    }
  });

  it('a throwing chipsPerBoard lookup does not lose the reading', () => {
    const r = read({
      replies: { stats: f('s21-stock-stats.txt') },
      hints: {
        chipsPerBoard: () => {
          throw new Error('catalog down');
        },
      },
    });
    expect(r.boards[0]!.chipsExpected).toBe(108);
  });
});
