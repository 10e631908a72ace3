/** The per-node details cache: one request per node however many panels ask, and no failure kept. */
import { describe, expect, it } from 'vitest';
import type { NodeDetails } from '../../../../contract/api.ts';
import { NodeDetailsCache } from '../../../../client/api/node-details-cache.ts';

function details(id: string): NodeDetails {
  return { node: { id, labels: ['Thing'], caption: id, properties: {} }, degree: [], totalDegree: 0, documents: [] };
}

/** An API that answers after `release()`, counting the requests it got. */
function countingApi(fail = false) {
  const calls: string[] = [];
  let release: () => void = () => undefined;
  const gate = new Promise<void>((ok) => (release = ok));
  const api = {
    nodeDetails: async (input: { id: string }) => {
      calls.push(input.id);
      await gate;
      if (fail) throw new Error('the server is down');
      return details(input.id);
    },
  };
  return { api, calls, release: () => release() };
}

describe('NodeDetailsCache', () => {
  it('asks the server once for a node the details panel and the menu both show', async () => {
    const { api, calls, release } = countingApi();
    const cache = new NodeDetailsCache(api);
    const both = Promise.all([cache.get('a'), cache.get('a')]);
    release();
    const [first, second] = await both;
    expect(first).toBe(second);
    expect(await cache.get('a')).toBe(first);
    expect(calls).toEqual(['a']);
  });

  it('asks again after a minute, and after a failure', async () => {
    let now = 0;
    const ok = countingApi();
    const cache = new NodeDetailsCache(ok.api, () => now);
    ok.release();
    await cache.get('a');
    now = 61_000;
    await cache.get('a');
    expect(ok.calls).toEqual(['a', 'a']);

    const down = countingApi(true);
    const failing = new NodeDetailsCache(down.api);
    down.release();
    await expect(failing.get('b')).rejects.toThrow('down');
    await expect(failing.get('b')).rejects.toThrow('down');
    expect(down.calls).toEqual(['b', 'b']);
  });

  it('lets one caller stop waiting without cancelling the request the others share', async () => {
    const { api, calls, release } = countingApi();
    const cache = new NodeDetailsCache(api);
    const controller = new AbortController();
    const abandoned = cache.get('a', controller.signal);
    const kept = cache.get('a');
    controller.abort();
    await expect(abandoned).rejects.toMatchObject({ name: 'AbortError' });
    release();
    expect((await kept).node.id).toBe('a');
    expect(calls).toEqual(['a']);
  });
});
