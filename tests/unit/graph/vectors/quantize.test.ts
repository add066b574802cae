import { describe, expect, it } from 'vitest';
import { bitDistance, centredSignBits, quantizedDot, quantizeQuery, quantizeRow, signBits } from '../../../../graph/vectors/quantize.ts';
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

describe('sign bits against the rows’ mean', () => {
  it('set a row’s bit where it lies above the mean, not above zero', () => {
    // Three rows of 8 dimensions sharing a large positive part: plain sign bits are all ones.
    const rows = [
      [2, 3, 1, 1, 1, 1, 1, 1],
      [1, 1, 3, 2, 1, 1, 1, 1],
      [1, 1, 1, 1, 3, 3, 1, 1],
    ].map((values) => Float32Array.from(values));
    const codes = new Int8Array(rows.length * 8);
    const scales = Float32Array.from(rows.map((row, index) => quantizeRow(row, codes, index * 8)));
    const bits = new Uint8Array(rows.length).fill(0xff);
    centredSignBits(codes, scales, rows.length, 8, bits);
    expect(rows.map((row) => signBits(row)[0])).toEqual([0xff, 0xff, 0xff]);
    expect([...bits]).toEqual([0b0000_0011, 0b0000_1100, 0b0011_0000]);
  });

  it('rank rows as their scores do when only the common part separates them from the query', () => {
    // Rows are a shared offset plus their own direction; the query points along row 2's own part.
    const dimensions = 128;
    const offset = unitVector(3, dimensions).map((value) => Math.abs(value) + 0.2);
    const rows = Array.from({ length: 6 }, (_, index) => unitVector(10 + index, dimensions).map((value, d) => 0.3 * value + offset[d]!));
    const codes = new Int8Array(rows.length * dimensions);
    const scales = Float32Array.from(rows.map((row, index) => quantizeRow(row, codes, index * dimensions)));
    const bits = new Uint8Array(rows.length * (dimensions / 8));
    centredSignBits(codes, scales, rows.length, dimensions, bits);
    const query = signBits(unitVector(12, dimensions));
    const distances = rows.map((_, row) => bitDistance(bits, row * (dimensions / 8), query));
    expect(distances.indexOf(Math.min(...distances))).toBe(2);
    // Plain sign bits of such rows are all set and tell them apart hardly at all.
    const plain = rows.map((row) => bitDistance(signBits(row), 0, query));
    expect(Math.max(...plain) - Math.min(...plain)).toBeLessThan(Math.max(...distances) - Math.min(...distances));
  });
});
