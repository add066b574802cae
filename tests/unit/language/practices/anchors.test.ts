import { describe, expect, it } from 'vitest';
import { AnchorIndex, practiceAnchors } from '../../../../language/extract/practice-anchors.ts';
import { withinClause } from '../../../../language/extract/practices.ts';

describe('practice anchors', () => {
  it('keeps the literal names and the most selective required run of each pattern', () => {
    expect(practiceAnchors(['单元长制'], ['单元长', '楼(栋|道)长制'])).toEqual(['单元长制', '单元长', '楼栋长制', '楼道长制']);
    expect(practiceAnchors([], ['党建.{0,6}观摩'])).toEqual(['党建']);
    expect(practiceAnchors([], ['(楼宇|商圈)党(建|委)'])).toEqual(['楼宇党建', '楼宇党委', '商圈党建', '商圈党委']);
    expect(practiceAnchors([], ['4\\+2(工作法|民主决策)'])).toEqual(['4+2工作法', '4+2民主决策']);
  });

  it('treats optional and repeated atoms as the end of a run', () => {
    expect(practiceAnchors([], ['党(的)?建设'])).toEqual(['建设']);
    expect(practiceAnchors([], ['冬春?训'])).toEqual(['冬']);
  });

  it('gives up (always scan) when an alternative has no literal', () => {
    expect(practiceAnchors(['甲乙'], ['[三四五]?(?!x).'])).toBeNull();
  });

  it('lists the practices whose anchors occur, once each, in order', () => {
    const index = new AnchorIndex([['单元长'], ['党建', '党委'], null, ['冬']]);
    expect(index.candidates('推行单元长制，党委牵头')).toEqual([0, 1, 2]);
    expect(index.candidates('开展党员冬训')).toEqual([2, 3]);
    expect(index.candidates('')).toEqual([2]);
  });

  it('keeps pattern gaps inside one clause', () => {
    expect(withinClause('小区.{0,2}党支部')).toBe('小区[^，。；：！？,;:!?\\n]{0,2}党支部');
    expect(withinClause('a\\.b[.]')).toBe('a\\.b[.]');
  });
});
