import { describe, expect, it } from 'vitest';
import { minerFixture } from '../../../../test/fixtures/miner/index.js';
import { buildCgminerRequest, readEnvelope, sectionName, splitReplies } from './cgminer.js';
import { parseLenientJson } from './lenient-json.js';

function parsed(name: string): unknown {
  const r = parseLenientJson(minerFixture(name));
  if (!r.ok) throw new Error(r.reason);
  return r.value;
}

describe('buildCgminerRequest', () => {
  it('joins report commands in the JSON form', () => {
    expect(buildCgminerRequest(['summary', 'stats', 'pools'])).toEqual({
      ok: true,
      request: '{"command":"summary+stats+pools"}',
    });
  });

  it('adds a parameter and the new_api flag', () => {
    expect(buildCgminerRequest('stats', { newApi: true })).toEqual({
      ok: true,
      request: '{"command":"stats","new_api":true}',
    });
    expect(buildCgminerRequest('pools', { parameter: '0' })).toEqual({
      ok: true,
      request: '{"command":"pools","parameter":"0"}',
    });
  });

  it('writes the text form and refuses to join commands there', () => {
    expect(buildCgminerRequest('summary', { format: 'text' })).toEqual({
      ok: true,
      request: 'summary|',
    });
    expect(buildCgminerRequest(['summary', 'pools'], { format: 'text' })).toEqual({
      ok: false,
      reason: 'text form takes one command',
    });
  });

  it('refuses bad commands and parameters instead of sending them', () => {
    expect(buildCgminerRequest([])).toEqual({ ok: false, reason: 'no command' });
    expect(buildCgminerRequest('sum mary')).toEqual({ ok: false, reason: 'bad command' });
    expect(buildCgminerRequest('pools', { parameter: '0\n1' })).toEqual({
      ok: false,
      reason: 'bad parameter',
    });
  });
});

describe('readEnvelope', () => {
  it('reads the classic STATUS array and the sections', () => {
    const r = readEnvelope(parsed('s19jpro-stock-summary.txt'));
    if (!r.ok) throw new Error(r.reason);
    expect(r.envelope.status).toBe('S');
    expect(r.envelope.code).toBe(11);
    expect(r.envelope.description).toBe('bmminer 1.0.0');
    expect(r.envelope.truncated).toBe(false);
    expect(Object.keys(r.envelope.sections)).toEqual(['SUMMARY']);
  });

  it('reads the new_api STATUS object and INFO', () => {
    const r = readEnvelope(parsed('s21-new-api-stats.txt'));
    if (!r.ok) throw new Error(r.reason);
    expect(r.envelope.status).toBe('S');
    expect(r.envelope.info?.type).toBe('Antminer S21');
  });

  it('reads a flat STATUS letter (btminer)', () => {
    const r = readEnvelope(parsed('whatsminer-summary.txt'));
    if (!r.ok) throw new Error(r.reason);
    expect(r.envelope.status).toBe('S');
    expect(r.envelope.code).toBe(131);
    expect(r.envelope.description).toBe('btminer');
  });

  it('turns E code 45 into "access denied" and other errors into their message', () => {
    expect(readEnvelope(parsed('access-denied.txt'))).toEqual({
      ok: false,
      reason: 'access denied',
    });
    expect(readEnvelope(parsed('multi-rejected.txt'))).toEqual({
      ok: false,
      reason: 'miner error 14: Invalid command',
    });
    expect(readEnvelope({ STATUS: 'F', Msg: 'fatal' })).toEqual({
      ok: false,
      reason: 'miner error: fatal',
    });
  });

  it('marks `"id":0` as truncated', () => {
    const r = readEnvelope(parsed('quirk-truncated-id0.txt'));
    expect(r.ok && r.envelope.truncated).toBe(true);
  });

  it('refuses non-objects', () => {
    expect(readEnvelope([1, 2])).toEqual({ ok: false, reason: 'reply is not an object' });
  });
});

describe('splitReplies', () => {
  it('splits a multi-command reply by lower-case command name', () => {
    const r = splitReplies(parsed('multi-summary-stats-pools.txt'), ['summary', 'stats', 'pools']);
    expect(Object.keys(r)).toEqual(['summary', 'stats', 'pools']);
    for (const c of ['summary', 'stats', 'pools']) expect(r[c]!.ok).toBe(true);
    const stats = r.stats!;
    expect(stats.ok && stats.envelope.sections.STATS).toHaveLength(2);
  });

  it('reports a command missing from a multi reply', () => {
    const r = splitReplies(parsed('multi-summary-stats-pools.txt'), ['summary', 'devs']);
    expect(r.devs).toEqual({ ok: false, reason: 'missing from reply' });
  });

  it('fails every command with the reason when joined commands are refused', () => {
    const r = splitReplies(parsed('multi-rejected.txt'), ['summary', 'stats']);
    expect(r).toEqual({
      summary: { ok: false, reason: 'miner error 14: Invalid command' },
      stats: { ok: false, reason: 'miner error 14: Invalid command' },
    });
  });

  it('passes a single-command reply through and marks id 0 on nested replies', () => {
    expect(splitReplies(parsed('pools-stale-deed.txt'), ['pools']).pools!.ok).toBe(true);
    const cut = splitReplies({ summary: [{ STATUS: [{ STATUS: 'S' }], SUMMARY: [{}] }], id: 0 }, [
      'summary',
      'stats',
    ]);
    expect(cut.summary!.ok && cut.summary!.envelope.truncated).toBe(true);
    expect(cut.stats).toEqual({ ok: false, reason: 'truncated reply' });
  });

  it('never throws on junk', () => {
    expect(splitReplies(null, ['summary'])).toEqual({
      summary: { ok: false, reason: 'reply is not an object' },
    });
    expect(splitReplies({ summary: 'x' }, ['summary']).summary!.ok).toBe(false);
  });

  it('names the section of a command', () => {
    expect(sectionName('edevs')).toBe('DEVS');
    expect(sectionName('devdetails')).toBe('DEVDETAILS');
  });
});
