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
    const pool = Array.from({ length: 40 }, (_, index) => unitVector(index + 1, 128));
    const result = await measureVectorScan({ pool, rows: 3000, queries: 5, k: 20 });
    expect(result).toMatchObject({ rows: 3000, dimensions: 128, k: 20, queries: 5 });
    expect(result.f32.bytesPerRow).toBe(512);
    expect(result.int8).toMatchObject({ bytesPerRow: 132, rescored: 104 });
    expect(result.recallAtK).toBeGreaterThanOrEqual(0.99);
    // Queries farther from the rows are measured too; int8 with rescoring keeps their top k as well.
    expect(result.farRecallAtK).toBeGreaterThanOrEqual(0.99);
    // Fewer rows than the shortlist's floor: it keeps them all, so it loses nothing either.
    expect(result.shortlist).toMatchObject({ shortlisted: 4096, recallAtK: 1, farRecallAtK: 1 });
    expect(result.f32.msPerQuery).toBeGreaterThanOrEqual(0);
  });
});
