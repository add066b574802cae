/**
 * The vector scan the SQLite store uses against the exact one it replaced, on the same rows: an
 * f32 SIMD scan (exact), an int8 SIMD scan whose best 2k + 64 rows are rescored from their f32
 * vectors, and the large store's path (sign bits shortlist the rows, int8 codes pick 2k + 64 of
 * them, f32 rescores). Reports time per query, bytes per row and how much of the exact top k each
 * returns (recall@k), so the choice is measured rather than assumed.
 */
import { createBitMatrix, createDotMatrix, createInt8Matrix, loadDotKernel } from '../graph/vectors/dot-kernel.ts';
import { exactDot, quantizedDot, quantizeQuery, quantizeRow, signBits } from '../graph/vectors/quantize.ts';
import { shortlist, shortlistSize } from '../graph/vectors/shortlist.ts';
import { createProjectedEmbedder } from './projected-embedder.ts';
import { median, round } from './stats.ts';

export interface VectorScanResult {
  rows: number;
  dimensions: number;
  k: number;
  queries: number;
  f32: { msPerQuery: number; bytesPerRow: number };
  int8: { msPerQuery: number; bytesPerRow: number; rescored: number };
  /** Share of the exact scan's top k that the int8 scan with rescoring returns. */
  recallAtK: number;
  /** Sign bits, then int8 codes of the shortlist, then f32 (the store's path from SHORTLIST_FROM_ROWS rows). */
  shortlist?: { msPerQuery: number; bytesPerRow: number; shortlisted: number; recallAtK: number };
}

export interface VectorScanOptions {
  /** Real model vectors the rows are projected from (see projected-embedder.ts). */
  pool: readonly Float32Array[];
  rows: number;
  queries?: number;
  k?: number;
}

/** Indexes of the `k` highest scores, best first (ties: earlier row first). */
export function topRows(scores: ArrayLike<number>, count: number, k: number): number[] {
  const best: number[] = [];
  let floor = Number.NEGATIVE_INFINITY;
  for (let row = 0; row < count; row += 1) {
    const score = scores[row] as number;
    if (best.length === k && score <= floor) continue;
    let at = best.length;
    while (at > 0 && (scores[best[at - 1]!] as number) < score) at -= 1;
    best.splice(at, 0, row);
    if (best.length > k) best.pop();
    if (best.length === k) floor = scores[best[k - 1]!] as number;
  }
  return best;
}

export async function measureVectorScan(options: VectorScanOptions): Promise<VectorScanResult> {
  const kernel = await loadDotKernel();
  if (kernel === null) throw new Error('bench: the WASM SIMD kernel is not available on this Node');
  const k = options.k ?? 120;
  const queryCount = options.queries ?? 30;
  const projector = createProjectedEmbedder(options.pool);
  const dimensions = projector.dimensions;
  const exact = createDotMatrix(kernel, options.rows, dimensions);
  const coded = createInt8Matrix(kernel, options.rows, dimensions);
  const bits = createBitMatrix(kernel, options.rows, dimensions);
  const chunk = 5000;
  for (let start = 0; start < options.rows; start += chunk) {
    const texts = Array.from({ length: Math.min(chunk, options.rows - start) }, (_, n) => `row-${start + n}`);
    const vectors = await projector.embed(texts);
    vectors.forEach((vector, n) => {
      const row = start + n;
      exact.rows.set(vector, row * dimensions);
      coded.scales[row] = quantizeRow(vector, coded.codes, row * dimensions);
      signBits(vector, bits.bits, row * (dimensions / 8));
    });
  }
  const queries = await projector.embed(Array.from({ length: queryCount }, (_, n) => `query-${n}`));
  const rescored = 2 * k + 64;
  const f32Times: number[] = [];
  const int8Times: number[] = [];
  const shortlistTimes: number[] = [];
  let found = 0;
  let foundShortlisted = 0;
  for (const query of queries) {
    let started = performance.now();
    const truth = topRows(exact.scores(query), options.rows, k);
    f32Times.push(performance.now() - started);

    started = performance.now();
    const candidates = topRows(coded.scores(quantizeQuery(query)), options.rows, rescored);
    const rescoredScores = candidates.map((row) => exactDot(exact.rows.subarray(row * dimensions, (row + 1) * dimensions), query));
    const answer = topRows(rescoredScores, candidates.length, k).map((index) => candidates[index]!);
    int8Times.push(performance.now() - started);

    started = performance.now();
    const queryCodes = quantizeQuery(query);
    const near = shortlist(bits.distances(signBits(query)), options.rows, dimensions, shortlistSize(rescored));
    const nearScores = Array.from(near, (row) => quantizedDot(coded.codes, row * dimensions, coded.scales[row]!, queryCodes));
    const shortlisted = topRows(nearScores, near.length, rescored).map((index) => near[index]!);
    const shortlistScores = shortlisted.map((row) => exactDot(exact.rows.subarray(row * dimensions, (row + 1) * dimensions), query));
    const shortlistAnswer = topRows(shortlistScores, shortlisted.length, k).map((index) => shortlisted[index]!);
    shortlistTimes.push(performance.now() - started);

    const wanted = new Set(truth);
    found += answer.filter((row) => wanted.has(row)).length;
    foundShortlisted += shortlistAnswer.filter((row) => wanted.has(row)).length;
  }
  return {
    rows: options.rows,
    dimensions,
    k,
    queries: queryCount,
    f32: { msPerQuery: round(median(f32Times), 1), bytesPerRow: dimensions * 4 },
    int8: { msPerQuery: round(median(int8Times), 1), bytesPerRow: dimensions + 4, rescored },
    recallAtK: round(found / (k * queryCount), 4),
    shortlist: {
      msPerQuery: round(median(shortlistTimes), 1), bytesPerRow: dimensions + 4 + dimensions / 8, shortlisted: shortlistSize(rescored),
      recallAtK: round(foundShortlisted / (k * queryCount), 4),
    },
  };
}
