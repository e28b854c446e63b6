import { describe, expect, it } from 'vitest';
import { openOutbox } from './outbox.js';
import { createPusher } from './pusher.js';

function setup(answer: (url: string, body: string) => Response) {
  const outbox = openOutbox(':memory:');
  const urls: string[] = [];
  let clock = 0;
  const pusher = createPusher({
    outbox,
    target: { server: 'https://rigline.example.com/plant/', token: 't' },
    now: () => clock,
    fetch: (async (url: string, init?: RequestInit) => {
      urls.push(url);
      return answer(url, String(init!.body));
    }) as typeof fetch,
  });
  return { outbox, pusher, urls, later: (ms: number) => (clock += ms) };
}

describe('pusher', () => {
  it('deletes a batch only when Rigline acknowledges it by id, below the server path', async () => {
    const { outbox, pusher, urls } = setup(
      (_url, body) =>
        new Response(
          JSON.stringify({ batchId: (JSON.parse(body) as { batchId: string }).batchId }),
        ),
    );
    outbox.add('batch-0001', 1, '{"batchId":"batch-0001"}', 0);
    expect((await pusher.drain()).pushed).toBe(1);
    expect(outbox.depth().batches).toBe(0);
    expect(urls).toEqual(['https://rigline.example.com/plant/api/v1/telemetry/batches']);
  });

  it('keeps the batch when a proxy or portal answers 200 with something else', async () => {
    const { outbox, pusher } = setup(() => new Response('<html>Welcome to the hotel wifi</html>'));
    outbox.add('batch-0002', 1, '{"batchId":"batch-0002"}', 0);
    const outcome = await pusher.drain();
    expect(outcome.pushed).toBe(0);
    expect(outcome.failing).toContain('does not acknowledge');
    expect(outbox.depth()).toMatchObject({ batches: 1, parked: 0 });
  });

  it('parks a batch the server refuses as invalid, and backs off on server errors', async () => {
    let status = 400;
    const { outbox, pusher, later, urls } = setup(
      () => new Response('{"code":"VALIDATION_FAILED"}', { status }),
    );
    outbox.add('batch-0003', 1, '{"batchId":"batch-0003"}', 0);
    expect((await pusher.drain()).parked).toBe(1);
    expect(outbox.depth()).toMatchObject({ batches: 0, parked: 1 });
    status = 503;
    outbox.add('batch-0004', 1, '{"batchId":"batch-0004"}', 0);
    expect((await pusher.drain()).failing).toContain('HTTP 503');
    expect(urls).toHaveLength(2);
    // Within the backoff nothing is tried; after it, the batch is tried again.
    expect((await pusher.drain()).pushed).toBe(0);
    expect(urls).toHaveLength(2);
    later(2_000);
    expect((await pusher.drain()).failing).toContain('HTTP 503');
    expect(urls).toHaveLength(3);
    expect(outbox.depth().batches).toBe(1);
  });
});
