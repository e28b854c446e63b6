import { describe, expect, it } from 'vitest';
import { buildMiner, minerStateAt, parseRpcRequest, renderRpc } from '../simulator/index.js';
import { toText } from '../simulator/render.js';
import { normalizeReading } from './normalize.js';
import { isTextReply, parseTextReply } from './text-reply.js';

describe('cgminer text-form replies', () => {
  it('reads sections named by their first field or by their first key, with escapes', () => {
    const r = parseTextReply(
      'STATUS=S,When=1,Code=7,Msg=3 Pool(s),Description=cgminer 4.9|' +
        'POOL=0,URL=stratum+tcp://a:3333,Status=Alive,User=x\\,y|POOL=1,URL=b,Status=Dead|' +
        'SUMMARY,Elapsed=60,GHS 5s=100.5|\0',
    );
    expect(r).toEqual({
      ok: true,
      value: {
        STATUS: [
          { STATUS: 'S', When: '1', Code: '7', Msg: '3 Pool(s)', Description: 'cgminer 4.9' },
        ],
        POOLS: [
          { POOL: '0', URL: 'stratum+tcp://a:3333', Status: 'Alive', User: 'x,y' },
          { POOL: '1', URL: 'b', Status: 'Dead' },
        ],
        SUMMARY: [{ Elapsed: '60', 'GHS 5s': '100.5' }],
      },
    });
    expect(isTextReply('{"STATUS":[]}')).toBe(false);
    expect(parseTextReply('garbage|with|pipes')).toMatchObject({ ok: false });
  });

  it('gives the same reading as the JSON form of the same replies', () => {
    const at = 1_795_000_000_000;
    const miner = buildMiner(
      {
        seed: 3,
        start: '127.9.0.1',
        models: { 'Antminer S21': 1 },
        firmwares: { luxos: 0, vnish: 0, braiins: 0 },
        epochMs: at,
      },
      0,
    );
    const state = minerStateAt(miner, [], at);
    const replies = (text: boolean) =>
      Object.fromEntries(
        (['summary', 'stats', 'pools'] as const).map((c) => {
          const json = renderRpc(
            miner,
            state,
            parseRpcRequest(`{"command":"${c}"}`),
            Math.floor(at / 1000),
          );
          return [c, text ? toText(json) : json];
        }),
      );
    const fromJson = normalizeReading({ ip: miner.address, at, replies: replies(false) });
    const fromText = normalizeReading({ ip: miner.address, at, replies: replies(true) });
    expect(isTextReply(replies(true).summary!)).toBe(true);
    expect(fromJson.boards.length).toBe(3);
    expect(fromText).toEqual(fromJson);
  });
});
