import { describe, expect, it } from 'vitest';
import { quantizedDot, quantizeQuery, quantizeRow } from '../../../../graph/vectors/quantize.ts';
import { unitVector } from './seeded-vectors.ts';

describe('int8 quantization of passage vectors', () => {
  it('restores every component to within half a step', () => {
    const vector = unitVector(5, 64);
    const codes = new Int8Array(64 + 3);
    const scale = quantizeRow(vector, codes, 3);
    expect(Math.max(...codes.subarray(3).map(Math.abs))).toBe(127);
    vector.forEach((value, d) => expect(Math.abs(codes[3 + d]! * scale - value)).toBeLessThanOrEqual(scale / 2 + 1e-7));
  });

  it('keeps a zero vector at zero instead of dividing by it', () => {
    const codes = new Int8Array(4).fill(9);
    expect(quantizeRow(new Float32Array(4), codes, 0)).toBe(0);
    expect([...codes]).toEqual([0, 0, 0, 0]);
    expect([...quantizeQuery(new Float32Array(3))]).toEqual([0, 0, 0]);
  });

  it('orders rows as the exact dot product does, up to near ties', () => {
    const dimensions = 128;
    const rows = Array.from({ length: 300 }, (_, index) => unitVector(100 + index, dimensions));
    const codes = new Int8Array(rows.length * dimensions);
    const scales = rows.map((row, index) => quantizeRow(row, codes, index * dimensions));
    const query = unitVector(7, dimensions);
    const queryCodes = quantizeQuery(query);
    const exact = rows.map((row) => row.reduce((sum, value, d) => sum + value * query[d]!, 0));
    const approximate = rows.map((_, index) => quantizedDot(codes, index * dimensions, scales[index]!, queryCodes));
    // Proportional to the exact score: the ratio is the query's step, the same for every row.
    const ratio = approximate[0]! / exact[0]!;
    exact.forEach((score, index) => expect(Math.abs(approximate[index]! / ratio - score)).toBeLessThan(0.01));
    const best = (scores: number[]) => scores.map((score, index) => ({ score, index })).sort((a, b) => b.score - a.score).slice(0, 10).map((entry) => entry.index);
    const approximateTop = new Set(best(approximate));
    expect(best(exact).filter((index) => approximateTop.has(index)).length).toBeGreaterThanOrEqual(9);
  });
});
