import { describe, expect, it } from 'vitest';
import { bestPassagePerItem, reciprocalRankFusion, weightedSumFusion } from '../../../../api/services/fusion.ts';

describe('fusion', () => {
  it('ranks an item by its best passage and keeps the passages that earned it, best first', () => {
    const items = bestPassagePerItem([
      { itemId: 'a', passageIndex: 2, score: 1 },
      { itemId: 'b', passageIndex: 0, score: 3 },
      { itemId: 'a', passageIndex: 0, score: 5 },
    ]);
    expect(items).toEqual([
      { itemId: 'a', score: 5, passages: [0, 2] },
      { itemId: 'b', score: 3, passages: [0] },
    ]);
  });

  it('sums 1/(k + rank) over the lists in reciprocal rank fusion', () => {
    const fused = reciprocalRankFusion([
      { items: [{ itemId: 'a', score: 9, passages: [0] }, { itemId: 'b', score: 1, passages: [1] }], weight: 1 },
      { items: [{ itemId: 'b', score: 0.8, passages: [2] }, { itemId: 'c', score: 0.7, passages: [0] }], weight: 1 },
    ], 60);
    expect(fused.map((item) => item.itemId)).toEqual(['b', 'a', 'c']);
    expect(fused[0]!.score).toBeCloseTo(1 / 62 + 1 / 61, 12);
    expect(fused[0]!.passages).toEqual([1, 2]);
  });

  it('lets a list weigh more in reciprocal rank fusion', () => {
    const fused = reciprocalRankFusion([
      { items: [{ itemId: 'a', score: 1, passages: [] }], weight: 1 },
      { items: [{ itemId: 'b', score: 1, passages: [] }], weight: 2 },
    ]);
    expect(fused.map((item) => item.itemId)).toEqual(['b', 'a']);
  });

  it('keeps score gaps in the weighted sum of max-normalised scores', () => {
    const fused = weightedSumFusion([
      { items: [{ itemId: 'a', score: 10, passages: [] }, { itemId: 'b', score: 9, passages: [] }], weight: 1 },
      { items: [{ itemId: 'b', score: 0.5, passages: [] }, { itemId: 'a', score: 0.1, passages: [] }], weight: 1 },
    ]);
    expect(fused.map((item) => [item.itemId, Number(item.score.toFixed(3))])).toEqual([['b', 1.9], ['a', 1.2]]);
  });

  it('ignores a list weighted zero', () => {
    const fused = weightedSumFusion([
      { items: [{ itemId: 'a', score: 1, passages: [] }], weight: 0 },
      { items: [{ itemId: 'b', score: 1, passages: [] }], weight: 1 },
    ]);
    expect(fused.map((item) => item.itemId)).toEqual(['b']);
  });
});
