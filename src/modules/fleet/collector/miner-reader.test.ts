import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMiner, minerStateAt, parseRpcRequest, renderRpc } from '../simulator/index.js';
import { toText } from '../simulator/render.js';
import { createMinerReader } from './miner-reader.js';

const AT = 1_795_000_000_000;
const miner = buildMiner(
  {
    seed: 5,
    start: '127.9.1.1',
    models: { 'Antminer S21': 1 },
    firmwares: { luxos: 0, vnish: 0, braiins: 0 },
    epochMs: AT,
  },
  0,
);
const requests: string[] = [];
let server: Server;

// An old cgminer: one request a connection, JSON refused, the `cmd|` text form answered.
beforeAll(async () => {
  server = createServer((socket) => {
    socket.once('data', (data) => {
      const raw = data.toString();
      requests.push(raw);
      const reply = raw.startsWith('{')
        ? '{"STATUS":[{"STATUS":"E","When":1,"Code":23,"Msg":"Invalid JSON","Description":"cgminer 3.7"}],"id":1}'
        : toText(
            renderRpc(
              miner,
              minerStateAt(miner, [], AT),
              parseRpcRequest(`{"command":"${raw.split('|')[0]}"}`),
              AT / 1000,
            ),
          );
      socket.end(`${reply}\0`);
    });
  });
  await new Promise<void>((resolve) => server.listen(14_028, '127.9.1.1', resolve));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('miner reader', () => {
  it('falls back to the text form when the firmware refuses JSON, and keeps to it', async () => {
    const reader = createMinerReader({
      rpc: { port: 14_028, timeoutMs: 1_000, maxBytes: 1 << 20 },
      cgi: null,
      now: () => AT,
    });
    const first = await reader.read('127.9.1.1');
    expect('reading' in first && first.reading).toMatchObject({
      online: true,
      model: 'Antminer S21',
      boards: expect.arrayContaining([expect.objectContaining({ chips: 108 })]),
    });
    requests.length = 0;
    const second = await reader.read('127.9.1.1');
    expect('reading' in second && second.reading.online).toBe(true);
    // Straight to `summary|`, `stats|`, `pools|`: no JSON attempt, no joined command.
    expect(requests).toEqual(['summary|', 'stats|', 'pools|']);
  });
});
