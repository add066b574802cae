/**
 * The vector scan the SQLite store uses against the exact one it replaced, on the same rows: an
 * f32 SIMD scan (exact), an int8 SIMD scan whose best 2k + 64 rows are rescored from their f32
 * vectors, and the large store's path (sign bits shortlist the rows, int8 codes pick 2k + 64 of
 * them, f32 rescores). Reports time per query, bytes per row and how much of the exact top k each
 * returns (recall@k), so the choice is measured rather than assumed.
 */
import { createBitMatrix, createDotMatrix, createInt8Matrix, loadDotKernel } from '../graph/vectors/dot-kernel.ts';
import { centredSignBits, exactDot, quantizeQuery, quantizeRow, signBits } from '../graph/vectors/quantize.ts';
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
  /** Share of the exact scan's top k that the int8 scan with rescoring returns (queries near rows). */
  recallAtK: number;
  /** The same for queries farther from the rows (FAR_QUERY_NOISE); absent in reports before it. */
  farRecallAtK?: number;
  /** Sign bits, then int8 codes of the shortlist, then f32 (the store's path from SHORTLIST_FROM_ROWS rows). */
  shortlist?: { msPerQuery: number; bytesPerRow: number; shortlisted: number; recallAtK: number; farRecallAtK?: number };
}

/** Noise of the far queries: each of a query's components moved by this much (rows: 0.02), so no row is a near-copy of it. */
export const FAR_QUERY_NOISE = 0.05;

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
    });
  }
  centredSignBits(coded.codes, coded.scales, options.rows, dimensions, bits.bits);
  // Near queries are projected like the rows (each is a near-copy of one); far ones carry more
  // noise, as a short question lies farther from every passage than passages from each other.
  // Sign bits lose more of the far queries' top k, so both are measured.
  const near = await projector.embed(Array.from({ length: queryCount }, (_, n) => `query-${n}`));
  const far = await createProjectedEmbedder(options.pool, FAR_QUERY_NOISE).embed(Array.from({ length: queryCount }, (_, n) => `far-query-${n}`));
  const rescored = 2 * k + 64;
  const shortlisted = shortlistSize(rescored, options.rows);
  const f32Times: number[] = [];
  const int8Times: number[] = [];
  const shortlistTimes: number[] = [];
  const found = { int8: 0, shortlist: 0, farInt8: 0, farShortlist: 0 };
  const best = (candidates: ArrayLike<number>, query: Float32Array) => {
    const rows = Array.from(candidates);
    const scores = rows.map((row) => exactDot(exact.rows.subarray(row * dimensions, (row + 1) * dimensions), query));
    return topRows(scores, rows.length, k).map((index) => rows[index]!);
  };
  for (const [set, queries] of [['near', near], ['far', far]] as const) {
    for (const query of queries) {
      let started = performance.now();
      const truth = topRows(exact.scores(query), options.rows, k);
      if (set === 'near') f32Times.push(performance.now() - started);

      started = performance.now();
      const answer = best(topRows(coded.scores(quantizeQuery(query)), options.rows, rescored), query);
      if (set === 'near') int8Times.push(performance.now() - started);

      started = performance.now();
      const queryCodes = quantizeQuery(query);
      const kept = shortlist(bits, signBits(query), options.rows, shortlisted);
      const keptScores = coded.scoresOfRows(queryCodes, kept);
      const shortlistAnswer = best(topRows(keptScores, kept.length, rescored).map((index) => kept[index]!), query);
      if (set === 'near') shortlistTimes.push(performance.now() - started);

      const wanted = new Set(truth);
      const hits = (rows: number[]) => rows.filter((row) => wanted.has(row)).length;
      if (set === 'near') {
        found.int8 += hits(answer);
        found.shortlist += hits(shortlistAnswer);
      } else {
        found.farInt8 += hits(answer);
        found.farShortlist += hits(shortlistAnswer);
      }
    }
  }
  const recall = (count: number) => round(count / (k * queryCount), 4);
  return {
    rows: options.rows,
    dimensions,
    k,
    queries: queryCount,
    f32: { msPerQuery: round(median(f32Times), 1), bytesPerRow: dimensions * 4 },
    int8: { msPerQuery: round(median(int8Times), 1), bytesPerRow: dimensions + 4, rescored },
    recallAtK: recall(found.int8),
    farRecallAtK: recall(found.farInt8),
    shortlist: {
      msPerQuery: round(median(shortlistTimes), 1), bytesPerRow: dimensions + 4 + dimensions / 8, shortlisted,
      recallAtK: recall(found.shortlist), farRecallAtK: recall(found.farShortlist),
    },
  };
}
