import { describe, expect, it } from 'vitest';
import { bitKernelFits, createBitMatrix, createDotMatrix, createInt8Matrix, int8KernelFits, loadDotKernel } from '../../../../graph/vectors/dot-kernel.ts';
import { bitDistance, quantizedDot, quantizeQuery, quantizeRow, signBits } from '../../../../graph/vectors/quantize.ts';
import { seeded } from './seeded-vectors.ts';

describe('WASM SIMD dot-product kernel', () => {
  it('compiles from its WAT source on this Node', async () => {
    expect(await loadDotKernel()).toBeInstanceOf(WebAssembly.Module);
  });

  it('scores every row exactly as a scalar dot product would', async () => {
    const kernel = (await loadDotKernel())!;
    const random = seeded(3);
    const count = 257;
    const dimensions = 24;
    const matrix = createDotMatrix(kernel, count, dimensions);
    for (let index = 0; index < matrix.rows.length; index++) matrix.rows[index] = random();
    const query = Float32Array.from({ length: dimensions }, random);
    const scores = matrix.scores(query);
    expect(scores).toHaveLength(count);
    for (const row of [0, 1, 128, 256]) {
      let expected = 0;
      for (let d = 0; d < dimensions; d++) expected += matrix.rows[row * dimensions + d]! * query[d]!;
      expect(scores[row]).toBeCloseTo(expected, 5);
    }
  });

  it('answers a second query against the same rows', async () => {
    const matrix = createDotMatrix((await loadDotKernel())!, 2, 8);
    matrix.rows.set([1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
    expect([...matrix.scores(Float32Array.of(1, 0, 0, 0, 0, 0, 0, 0))]).toEqual([1, 0]);
    expect([...matrix.scores(Float32Array.of(0.5, 2, 0, 0, 0, 0, 0, 0))]).toEqual([0.5, 2]);
  });
});

/** An int8 matrix of `count` random rows, quantized, and a random query's codes. */
async function quantizedRows(random: () => number, count: number, dimensions: number) {
  const matrix = createInt8Matrix((await loadDotKernel())!, count, dimensions);
  for (let index = 0; index < count; index++) {
    matrix.scales[index] = quantizeRow(Float32Array.from({ length: dimensions }, random), matrix.codes, index * dimensions);
  }
  return { matrix, query: quantizeQuery(Float32Array.from({ length: dimensions }, random)) };
}

describe('WASM SIMD int8 kernel', () => {
  it('scores int8 rows exactly as the scalar quantized dot product does', async () => {
    const count = 101;
    const dimensions = 48;
    const { matrix, query } = await quantizedRows(seeded(11), count, dimensions);
    const scores = matrix.scores(query);
    for (const row of [0, 1, 50, 100]) {
      const expected = quantizedDot(matrix.codes, row * dimensions, matrix.scales[row]!, query);
      // The integer sum is exact; only the final f32 multiply by the scale rounds.
      expect(Math.abs(scores[row]! - expected)).toBeLessThanOrEqual(Math.abs(expected) * 2 ** -22);
    }
  });

  it('scores only the listed rows, in the order listed, as the full scan scores them', async () => {
    const count = 300;
    const dimensions = 64;
    const { matrix, query } = await quantizedRows(seeded(17), count, dimensions);
    const full = Float32Array.from(matrix.scores(query));
    const listed = Int32Array.from([299, 0, 157, 3, 3, 42]);
    expect(Array.from(matrix.scoresOfRows(query, listed))).toEqual(Array.from(listed, (row) => full[row]!));
    expect(matrix.scoresOfRows(query, new Int32Array(0))).toHaveLength(0);
    expect(() => matrix.scoresOfRows(query, Int32Array.from([count]))).toThrow(RangeError);
  });

  it('takes dimensions in steps of 16 only', () => {
    expect(int8KernelFits(250_000, 512)).toBe(true);
    expect(int8KernelFits(100, 24)).toBe(false);
  });
});

/** A bit matrix of `count` rows of random sign bits, and more random bits (queries) from the same seeded sequence. */
async function randomBitMatrix(seed: number, count: number, dimensions: number) {
  const random = seeded(seed);
  const randomBits = () => signBits(Float32Array.from({ length: dimensions }, random));
  const matrix = createBitMatrix((await loadDotKernel())!, count, dimensions);
  for (let row = 0; row < count; row++) matrix.bits.set(randomBits(), row * (dimensions / 8));
  return { matrix, randomBits };
}

describe('WASM SIMD sign-bit kernel', () => {
  it('counts the differing sign bits of every row as the scalar count does', async () => {
    const count = 67;
    const dimensions = 256;
    const { matrix, randomBits } = await randomBitMatrix(23, count, dimensions);
    const query = randomBits();
    const distances = matrix.distances(query);
    for (let row = 0; row < count; row++) expect(distances[row]).toBe(bitDistance(matrix.bits, row * (dimensions / 8), query));
    // A row against its own bits differs nowhere; against their complement, everywhere.
    const own = matrix.bits.slice(5 * 32, 6 * 32);
    expect(matrix.distances(own)[5]).toBe(0);
    expect(matrix.distances(own.map((byte) => ~byte & 0xff))[5]).toBe(dimensions);
  });

  it('counts the rows at each distance, and lists the rows under a cut in row order', async () => {
    const count = 300;
    const dimensions = 128;
    const { matrix, randomBits } = await randomBitMatrix(29, count, dimensions);
    const distances = [...matrix.distances(randomBits())];
    const expected = new Array<number>(dimensions + 2).fill(0);
    for (const distance of distances) expected[distance]! += 1;
    expect([...matrix.histogram]).toEqual(expected);
    const cut = [...distances].sort((a, b) => a - b)[40]!;
    const under = distances.flatMap((distance, row) => (distance < cut ? [row] : []));
    const atCut = distances.flatMap((distance, row) => (distance === cut ? [row] : []));
    expect([...matrix.rowsWithin(cut, 2)]).toEqual([...under, ...atCut.slice(0, 2)].sort((a, b) => a - b));
    expect([...matrix.rowsWithin(cut, 0)]).toEqual(under);
    expect([...matrix.rowsWithin(dimensions + 1, 0)]).toHaveLength(count);
    // Only the first rows asked for are compared, counted and listed.
    matrix.distances(randomBits(), 10);
    expect(matrix.histogram.reduce((sum, rows) => sum + rows, 0)).toBe(10);
    expect([...matrix.rowsWithin(dimensions + 1, 0)]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('sets bit d for a positive dimension d, low bit first', () => {
    expect([...signBits(Float32Array.of(1, -1, 0, 2, -3, 0.5, 0, 0, 0.1))]).toEqual([0b0010_1001, 0b1]);
  });

  it('takes dimensions in steps of 128 only', () => {
    expect(bitKernelFits(2_500_000, 512)).toBe(true);
    expect(bitKernelFits(100, 48)).toBe(false);
  });
});
