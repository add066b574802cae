import { describe, expect, it } from 'vitest';
import { MAX_KEPT_FACTS, VersionedCache } from '../../../../graph/neo4j/versioned-cache.ts';
import type { ItemFacts } from '../../../../graph/store.ts';

const fact = (id: string, year: number): ItemFacts => ({ id, reportId: id, year, section: null, region: null, subRegion: null, practices: [{ name: '党员联系户' }] });

describe('records kept in memory while the change counter stands (Neo4j item facts, document summaries)', () => {
  it('gives kept facts under the same counter and asks only for the rest', () => {
    const cache = new VersionedCache<ItemFacts>(MAX_KEPT_FACTS);
    cache.lookup('e:1', ['a', 'b']).keep([fact('a', 2020), fact('b', 2021)]);
    const { found, missing } = cache.lookup('e:1', ['b', 'c', 'b']);
    expect([...found.keys()]).toEqual(['b']);
    expect(missing).toEqual(['c']);
  });

  it('drops every kept fact when the counter moved', () => {
    const cache = new VersionedCache<ItemFacts>(MAX_KEPT_FACTS);
    cache.lookup('e:1', ['a']).keep([fact('a', 2020)]);
    expect(cache.lookup('e:2', ['a']).missing).toEqual(['a']);
    expect(cache.size).toBe(0);
  });

  it('keeps nothing read before a write cleared it, nor under a counter since replaced', () => {
    const cache = new VersionedCache<ItemFacts>(MAX_KEPT_FACTS);
    const before = cache.lookup('e:1', ['a']);
    cache.clear();
    before.keep([fact('a', 2020)]);
    expect(cache.size).toBe(0);
    const old = cache.lookup('e:1', ['a']);
    cache.lookup('e:2', ['b']);
    old.keep([fact('a', 2020)]);
    expect(cache.lookup('e:2', ['a']).missing).toEqual(['a']);
  });

  it('lets the longest-kept facts go past its capacity', () => {
    const cache = new VersionedCache<ItemFacts>(2);
    cache.lookup('e:1', ['a', 'b', 'c']).keep([fact('a', 2020), fact('b', 2021), fact('c', 2022)]);
    expect(cache.size).toBe(2);
    expect(cache.lookup('e:1', ['a', 'b', 'c']).missing).toEqual(['a']);
  });
});
