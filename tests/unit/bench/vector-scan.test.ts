import { describe, expect, it } from 'vitest';
import { measureVectorScan, topRows } from '../../../bench/vector-scan.ts';
import { unitVector } from '../graph/vectors/seeded-vectors.ts';

describe('vector scan bench', () => {
  it('picks the k best rows, best first, earlier rows winning ties', () => {
    expect(topRows([0.1, 0.9, 0.5, 0.9, 0.3], 5, 3)).toEqual([1, 3, 2]);
    expect(topRows([0.2, 0.1], 2, 5)).toEqual([0, 1]);
    expect(topRows([], 0, 3)).toEqual([]);
  });

  it('measures both scans on the same rows and finds the exact top k through int8 and rescoring', async () => {
    const pool = Array.from({ length: 40 }, (_, index) => unitVector(index + 1, 64));
    const result = await measureVectorScan({ pool, rows: 3000, queries: 5, k: 20 });
    expect(result).toMatchObject({ rows: 3000, dimensions: 64, k: 20, queries: 5 });
    expect(result.f32.bytesPerRow).toBe(256);
    expect(result.int8).toMatchObject({ bytesPerRow: 68, rescored: 104 });
    expect(result.recallAtK).toBeGreaterThanOrEqual(0.99);
    expect(result.f32.msPerQuery).toBeGreaterThanOrEqual(0);
  });
});
