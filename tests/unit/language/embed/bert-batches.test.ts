import { describe, expect, it } from 'vitest';
import { lengthSortedBatches, normalizedClsRows, padBatch } from '../../../../language/embed/bert-batches.ts';
import { bulletinPassages } from '../../../../bench/embed/bulletin-passages.ts';
import { median } from '../../../../bench/stats.ts';

describe('lengthSortedBatches', () => {
  it('groups positions shortest first into batches of the given size', () => {
    expect(lengthSortedBatches([30, 5, 12, 7, 40], 2)).toEqual([[1, 3], [2, 0], [4]]);
  });

  it('keeps input order between equal lengths', () => {
    expect(lengthSortedBatches([9, 3, 9, 3], 4)).toEqual([[1, 3, 0, 2]]);
  });

  it('treats a batch size below one as one and returns nothing for no texts', () => {
    expect(lengthSortedBatches([2, 1], 0)).toEqual([[1], [0]]);
    expect(lengthSortedBatches([], 16)).toEqual([]);
  });
});

describe('padBatch', () => {
  it('pads every row to the longest with the pad id and masks only real tokens', () => {
    const inputs = padBatch([[101, 7, 102], [101, 102]], 0);
    expect(inputs.rows).toBe(2);
    expect(inputs.columns).toBe(3);
    expect([...inputs.inputIds]).toEqual([101n, 7n, 102n, 101n, 102n, 0n]);
    expect([...inputs.attentionMask]).toEqual([1n, 1n, 1n, 1n, 1n, 0n]);
    expect([...inputs.tokenTypeIds]).toEqual([0n, 0n, 0n, 0n, 0n, 0n]);
  });
});

describe('normalizedClsRows', () => {
  it('takes the first token of each row and scales it to unit length', () => {
    // 2 rows × 2 tokens × width 2: the CLS tokens are [3, 4] and [0, -2].
    const hidden = Float32Array.from([3, 4, 9, 9, 0, -2, 9, 9]);
    const vectors = normalizedClsRows(hidden, 2, 2, 2);
    expect(vectors.map((vector) => [...vector])).toEqual([
      [0.6000000238418579, 0.800000011920929],
      [0, -1],
    ]);
  });

  it('returns copies, leaving the hidden state untouched', () => {
    const hidden = Float32Array.from([2, 0]);
    const [vector] = normalizedClsRows(hidden, 1, 1, 2);
    vector![0] = 42;
    expect([...hidden]).toEqual([2, 0]);
  });

  it('refuses a hidden state smaller than rows × columns × width', () => {
    expect(() => normalizedClsRows(new Float32Array(3), 1, 2, 2)).toThrow(RangeError);
  });
});

describe('benchmark helpers', () => {
  it('writes the same bulletin passages of 40–400 characters for the same seed', () => {
    const passages = bulletinPassages(50);
    expect(passages).toHaveLength(50);
    expect(bulletinPassages(50)).toEqual(passages);
    for (const passage of passages) {
      expect(passage.length).toBeGreaterThanOrEqual(40);
      expect(passage.length).toBeLessThanOrEqual(400);
    }
  });

  it('takes the median of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
