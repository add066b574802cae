/**
 * Issue 12.2: a search that finds nothing suggests near spellings of places and the closest
 * practices, each leading to items in the store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editDistance, nameNearness, placeSpellings } from '../../../../api/services/spelling.ts';
import type { RegionRef } from '../../../../graph/model.ts';
import { createHashingEmbedder } from '../../../../language/embed/index.ts';
import { createTestAtlas, places, taxonomy } from './fixtures.ts';
import type { TestAtlas } from './fixtures.ts';

const county = (code: string, name: string): RegionRef => ({ code, name, level: 'county', path: ['某省', '某市', name], pathCodes: ['99', '9901', code] });
const towns: RegionRef = { code: '990101001', name: '青石镇', level: 'township', path: ['某省', '某市', '青石县', '青石镇'], pathCodes: ['99', '9901', '990101', '990101001'] };
const gazette = [county('990101', '青石县'), county('990102', '青柏县'), county('990103', '白沙区'), county('990104', '红旗区'), towns];

describe('place spellings', () => {
  it('finds a county one character off, keeping the rest of the query', () => {
    expect(placeSpellings('青木县 村级事务', gazette).map((entry) => [entry.region.name, entry.query])).toEqual([
      ['青石县', '青石县 村级事务'],
      ['青柏县', '青柏县 村级事务'],
    ]);
  });

  it('reads a place where a query names it, at the start, unless told to look anywhere', () => {
    expect(placeSpellings('全市各沙区的议事', gazette)).toEqual([]);
    expect(placeSpellings('全市各沙区的议事', gazette, { anywhere: true }).map((entry) => entry.query)).toEqual(['全市白沙区的议事']);
  });

  it('adds the 县/区 suffix a query left out', () => {
    expect(placeSpellings('白沙社区议事', gazette).map((entry) => entry.query)).toEqual(['白沙区社区议事']);
  });

  it('suggests nothing for a name written right, for towns, or for a two-character name one off', () => {
    expect(placeSpellings('青石县', gazette)).toEqual([]);
    expect(placeSpellings('青石镇议事', gazette).map((entry) => entry.region.name)).toEqual(['青石县']);
    expect(placeSpellings('量子计算机', gazette)).toEqual([]);
    expect(placeSpellings('。。！', gazette)).toEqual([]);
  });
});

describe('name nearness', () => {
  it('scores one wrong character in a four-character name at 0.75, and an exact name at 1', () => {
    expect(editDistance('单元长值', '单元长制')).toBe(1);
    expect(nameNearness('单元长值', '单元长制')).toBe(0.75);
    expect(nameNearness('推行单元长制的效果', '单元长制')).toBe(1);
    expect(nameNearness('量子计算机', '单元长制')).toBeLessThan(0.5);
  });
});

describe('suggestions of a search that finds nothing', () => {
  let atlas: TestAtlas;
  beforeAll(async () => {
    atlas = await createTestAtlas();
  });
  afterAll(async () => atlas?.cleanup());

  it('offers nothing beside an answer to a query spelt right', async () => {
    const found = await atlas.services.search({ query: '单元长制' });
    expect(found.total).toBeGreaterThan(0);
    expect(found.suggestions).toEqual({ places: [], practices: [] });
  });

  it('offers a near spelling beside any answer, but no practices by meaning', async () => {
    const result = await atlas.services.search({ query: '望红县' });
    expect(result.suggestions.places).toEqual([{ label: '望江县', query: '望江县' }]);
    if (result.total > 0) expect(result.suggestions.practices).toEqual([]);
  });

  it('suggests a misspelt practice by its name, and runs that name', async () => {
    const result = await atlas.services.search({ query: '单元长值', filter: { province: '西藏自治区' } });
    expect(result.total).toBe(0);
    expect(result.suggestions.practices[0]).toEqual({ label: '单元长制', query: '单元长制' });
  });

  it('suggests the place a query misspells when the store holds its items', async () => {
    const result = await atlas.services.search({ query: '望红县', filter: { province: '西藏自治区' } });
    expect(result.total).toBe(0);
    expect(result.suggestions.places).toEqual([{ label: places.wangjiang.name, query: '望江县' }]);
  });

  it('suggests the most reported practices for punctuation, and reported practices only', async () => {
    const result = await atlas.services.search({ query: '。。！？' });
    expect(result.total).toBe(0);
    expect(result.suggestions.practices.length).toBeGreaterThan(0);
    const reported = new Set((await atlas.services.practices({ first: 100 })).nodes.filter((practice) => practice.itemCount > 0).map((practice) => practice.name));
    for (const suggestion of result.suggestions.practices) expect(reported.has(suggestion.label)).toBe(true);
  });
});

describe('preparing the suggestions by meaning', () => {
  it('embeds the practice descriptions once, ahead of the first search that finds nothing', async () => {
    const hashing = createHashingEmbedder();
    let embedded = 0;
    const counting = { model: hashing.model, dimensions: hashing.dimensions, embed: (texts: string[]) => { embedded += texts.length; return hashing.embed(texts); } };
    const atlas = await createTestAtlas(undefined, counting);
    try {
      await atlas.services.prepare?.();
      await atlas.services.prepare?.();
      expect(embedded).toBe(taxonomy.length);
      const nothing = await atlas.services.search({ query: '量子计算机' });
      expect(nothing.total).toBe(0);
      // Only the query itself: the descriptions were ready.
      expect(embedded).toBe(taxonomy.length + 1);
    } finally {
      await atlas.cleanup();
    }
  });
});
