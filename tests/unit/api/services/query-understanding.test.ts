import { describe, expect, it } from 'vitest';
import { understandQuery } from '../../../../api/services/query-understanding.ts';
import { createPracticeMatcher } from '../../../../language/extract/practices.ts';
import { createTestSegmenter, regionLookup, taxonomy } from './fixtures.ts';

const options = { segmenter: createTestSegmenter(), regions: regionLookup, matcher: createPracticeMatcher(taxonomy) };
const codes = (regions: { code: string }[]): string[] => regions.map((region) => region.code);

describe('query understanding', () => {
  it('turns a place the gazetteer settles into a filter', () => {
    const understood = understandQuery('安庆市各县区的社区党建做法', options);
    expect(codes(understood.filterRegions)).toEqual(['3408']);
    expect(understood.boostRegions).toEqual([]);
  });

  it('reads a short place name (伊春) as its city', () => {
    expect(codes(understandQuery('伊春基层党建经验', options).filterRegions)).toEqual(['2307']);
  });

  it('turns an ambiguous place into a boost for every candidate, not a filter', () => {
    const understood = understandQuery('城关区单元长', options);
    expect(understood.filterRegions).toEqual([]);
    expect(codes(understood.boostRegions).sort()).toEqual(['540102', '620102']);
  });

  it('turns a negated place into an exclusion, or ignores it when told to', () => {
    const understood = understandQuery('安徽省以外的社区党建经验', options);
    expect(codes(understood.excludedRegions)).toEqual(['34']);
    expect(understood.filterRegions).toEqual([]);
    expect(codes(understandQuery('除黑龙江省的党员积分做法', options).excludedRegions)).toEqual(['23']);
    const ignored = understandQuery('安徽省以外的社区党建经验', { ...options, negatedPlaces: 'ignore' });
    expect([...ignored.excludedRegions, ...ignored.filterRegions]).toEqual([]);
  });

  it('expands a practice alias to the practice’s other names', () => {
    const understood = understandQuery('楼栋单元长怎么选', options);
    expect(understood.practices.map((practice) => practice.name)).toEqual(['单元长制']);
    expect(understood.tokens).toEqual(['单元', '单元长', '楼栋单元长', '单元长制']);
    expect(understood.highlightTerms).toEqual(expect.arrayContaining(['单元长制', '楼栋单元长']));
  });

  it('drops function and question words and lone characters from the BM25 tokens', () => {
    const understood = understandQuery('村干部怎么选的', { ...options, expandPractices: false });
    expect(understood.tokens).not.toContain('怎么');
    expect(understood.tokens).not.toContain('的');
    expect(understood.tokens.every((token) => token.length > 1)).toBe(true);
  });

  it('names the query’s own subjects: longest tokens, without its places or practice expansions', () => {
    const understood = understandQuery('安庆市单元长制', options);
    expect(understood.subjects).toContain('单元长制');
    expect(understood.subjects.some((subject) => '安庆市'.includes(subject))).toBe(false);
    expect(understood.subjects.some((subject) => subject !== '单元长制' && '单元长制'.includes(subject))).toBe(false);
  });

  it('finds no place in a query without one', () => {
    const understood = understandQuery('社区大党委', options);
    expect([...understood.filterRegions, ...understood.boostRegions, ...understood.excludedRegions]).toEqual([]);
  });
});
