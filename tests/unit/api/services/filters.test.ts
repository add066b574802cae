import { describe, expect, it } from 'vitest';
import { toItemFilter } from '../../../../api/services/filters.ts';
import { isAtlasError } from '../../../../errors/catalogue.ts';
import { createPracticeMatcher } from '../../../../language/extract/practices.ts';
import { regionLookup, taxonomy } from './fixtures.ts';

const resolvers = { regions: regionLookup, matcher: createPracticeMatcher(taxonomy) };
const errorCode = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return isAtlasError(error) ? error.code : 'OTHER';
  }
  return undefined;
};

describe('SearchFilterInput → ItemFilter', () => {
  it('maps names and codes of places to region codes, the narrowest given winning', () => {
    expect(toItemFilter({ province: '安徽省' }, resolvers)).toEqual({ regionCodes: ['34'] });
    expect(toItemFilter({ province: '安徽', city: '安庆市' }, resolvers)).toEqual({ regionCodes: ['3408'] });
    expect(toItemFilter({ county: '340827' }, resolvers)).toEqual({ regionCodes: ['340827'] });
  });

  it('keeps every same-named county, unless a broader place settles which', () => {
    expect(toItemFilter({ county: '城关区' }, resolvers).regionCodes?.sort()).toEqual(['540102', '620102']);
    expect(toItemFilter({ province: '甘肃省', county: '城关区' }, resolvers)).toEqual({ regionCodes: ['620102'] });
  });

  it('maps a practice alias to its canonical name', () => {
    expect(toItemFilter({ practice: '楼栋单元长' }, resolvers)).toEqual({ practices: ['单元长制'] });
    expect(toItemFilter({ practice: '社区“大党委”' }, resolvers)).toEqual({ practices: ['社区大党委'] });
  });

  it('passes category, section and years through and ignores blank fields', () => {
    expect(toItemFilter({ category: '基层治理', section: '市外参考', yearFrom: 2019, yearTo: 2021, city: ' ' }, resolvers)).toEqual({
      category: '基层治理', section: '市外参考', yearFrom: 2019, yearTo: 2021,
    });
    expect(toItemFilter(undefined, resolvers)).toEqual({});
  });

  it('refuses unknown places and practices and inverted years with BAD_REQUEST', () => {
    expect(errorCode(() => toItemFilter({ city: '不存在市' }, resolvers))).toBe('BAD_REQUEST');
    expect(errorCode(() => toItemFilter({ practice: '无此做法' }, resolvers))).toBe('BAD_REQUEST');
    expect(errorCode(() => toItemFilter({ yearFrom: 2021, yearTo: 2019 }, resolvers))).toBe('BAD_REQUEST');
    expect(errorCode(() => toItemFilter({ yearFrom: 20.5 }, resolvers))).toBe('BAD_REQUEST');
  });
});
