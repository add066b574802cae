import { describe, expect, it } from 'vitest';
import { createCachedEmbedder, createHashingEmbedder, LruMap, splitPassages } from '../../../../language/embed/index.ts';
import type { Embedder, EmbeddingCache, Passage } from '../../../../language/types.ts';

/** Wraps an embedder and records every batch of texts it is asked to embed. */
function countingEmbedder(inner: Embedder): Embedder & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    model: inner.model,
    dimensions: inner.dimensions,
    calls,
    embed(texts) {
      calls.push([...texts]);
      return inner.embed(texts);
    },
  };
}

/** A store-like cache over a Map, recording the hashes asked for. */
function mapCache(entries: Map<string, Float32Array> = new Map()): EmbeddingCache & { asked: string[][] } {
  const asked: string[][] = [];
  return {
    asked,
    getEmbeddings(hashes) {
      asked.push([...hashes]);
      return Promise.resolve(new Map(hashes.flatMap((hash) => (entries.has(hash) ? [[hash, entries.get(hash)!] as const] : []))));
    },
  };
}

const passagesOf = (...texts: string[]): Passage[] => texts.flatMap((text) => splitPassages(text));

describe('createCachedEmbedder', () => {
  it('embeds only the passages neither memory nor the store holds', async () => {
    const model = countingEmbedder(createHashingEmbedder(32));
    const [stored] = await createHashingEmbedder(32).embed(['东湖社区成立大党委。']);
    const [storedPassage] = passagesOf('东湖社区成立大党委。');
    const cache = mapCache(new Map([[storedPassage!.hash, stored!]]));
    const embedder = createCachedEmbedder(model, cache);

    const passages = passagesOf('东湖社区成立大党委。', '西岭村推行积分制管理。');
    const vectors = await embedder.embedPassages(passages);

    expect(model.calls).toEqual([['西岭村推行积分制管理。']]);
    expect(vectors).toHaveLength(2);
    expect(vectors[0]).toBe(stored);
    expect(embedder.stats).toEqual({ memoryHits: 0, storeHits: 1, embedded: 1 });
  });

  it('answers a repeated call from memory without asking the store or the model', async () => {
    const model = countingEmbedder(createHashingEmbedder(32));
    const cache = mapCache();
    const embedder = createCachedEmbedder(model, cache);
    const passages = passagesOf('南港镇建立党员联户制度。', '北山乡开展村干部擂台比武。');

    const first = await embedder.embedPassages(passages);
    const second = await embedder.embedPassages(passages);

    expect(model.calls).toHaveLength(1);
    expect(cache.asked).toHaveLength(1);
    expect(second).toEqual(first);
    expect(embedder.stats).toEqual({ memoryHits: 2, storeHits: 0, embedded: 2 });
  });

  it('embeds a passage repeated within one call once and returns it at each place', async () => {
    const model = countingEmbedder(createHashingEmbedder(32));
    const embedder = createCachedEmbedder(model, mapCache());
    const passages = passagesOf('红旗街道推行“红色物业”。', '青石社区设立议事厅。', '红旗街道推行“红色物业”。');
    const vectors = await embedder.embedPassages(passages);
    expect(model.calls).toEqual([['红旗街道推行“红色物业”。', '青石社区设立议事厅。']]);
    expect(vectors[2]).toBe(vectors[0]);
  });

  it('sends misses to the model in batches of the given size', async () => {
    const model = countingEmbedder(createHashingEmbedder(16));
    const embedder = createCachedEmbedder(model, mapCache(), { batchSize: 2 });
    await embedder.embedPassages(passagesOf('一村一策。', '一组一长。', '一户一档。', '一事一议。', '一月一评。'));
    expect(model.calls.map((batch) => batch.length)).toEqual([2, 2, 1]);
  });

  it('treats a stored vector of another width as a miss', async () => {
    const model = countingEmbedder(createHashingEmbedder(32));
    const [passage] = passagesOf('柳河县推行党建引领乡村治理。');
    const embedder = createCachedEmbedder(model, mapCache(new Map([[passage!.hash, new Float32Array(8)]])));
    const [vector] = await embedder.embedPassages([passage!]);
    expect(vector).toHaveLength(32);
    expect(model.calls).toHaveLength(1);
  });

  it('asks nothing of anyone for no passages', async () => {
    const model = countingEmbedder(createHashingEmbedder(8));
    const cache = mapCache();
    expect(await createCachedEmbedder(model, cache).embedPassages([])).toEqual([]);
    expect(model.calls).toEqual([]);
    expect(cache.asked).toEqual([]);
  });
});

describe('LruMap', () => {
  it('forgets the least recently used entry beyond its capacity', () => {
    const lru = new LruMap<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1);
    lru.set('c', 3);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe(1);
    expect(lru.get('c')).toBe(3);
    expect(lru.size).toBe(2);
  });
});
