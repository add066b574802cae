/**
 * Passage vectors: the BLOB codec (Float32 little-endian, whatever the host order) and an
 * in-memory packed copy for exact cosine scans, so repeated queries do not re-read blobs.
 */
import { endianness } from 'node:os';
import { createDotMatrix, dotKernelIfLoaded, kernelFits } from '../vectors/dot-kernel.ts';
import type { DotMatrix } from '../vectors/dot-kernel.ts';

const hostIsLittleEndian = endianness() === 'LE';

export function encodeVector(vector: Float32Array): Buffer {
  if (hostIsLittleEndian) return Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength);
  const bytes = Buffer.alloc(vector.length * 4);
  vector.forEach((value, index) => bytes.writeFloatLE(value, index * 4));
  return bytes;
}

export function decodeVector(blob: Uint8Array): Float32Array {
  const length = Math.floor(blob.byteLength / 4);
  const vector = new Float32Array(length);
  if (hostIsLittleEndian) {
    // Copy: the driver's buffer may be unaligned for a Float32Array view.
    new Uint8Array(vector.buffer).set(blob.subarray(0, length * 4));
    return vector;
  }
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  for (let index = 0; index < length; index += 1) vector[index] = view.getFloat32(index * 4, true);
  return vector;
}

/** All passages of one dimension packed row after row. */
export interface PackedVectors {
  dimensions: number;
  /** The rows; inside the WASM matrix's memory when there is one. */
  values: Float32Array;
  itemIds: string[];
  passageIndexes: number[];
  /** The SIMD kernel over the same rows, when it is loaded and the shape fits. */
  matrix?: DotMatrix;
}

export interface StoredVectorRow {
  item_id: string;
  idx: number;
  embedding: Uint8Array;
}

/**
 * Packs `count` rows (the caller counted the rows of this dimension) straight into the WASM
 * matrix, without a second copy on the JS heap; falls back to packVectors without the kernel.
 */
export function packVectorsCounted(rows: Iterable<StoredVectorRow>, dimensions: number, count: number): PackedVectors {
  const kernel = dotKernelIfLoaded();
  if (kernel === null || !kernelFits(count, dimensions)) return packVectors(rows, dimensions);
  const matrix = createDotMatrix(kernel, count, dimensions);
  const bytes = new Uint8Array(matrix.rows.buffer, matrix.rows.byteOffset, matrix.rows.byteLength);
  const itemIds: string[] = [];
  const passageIndexes: number[] = [];
  for (const row of rows) {
    if (row.embedding.byteLength !== dimensions * 4 || itemIds.length === count) continue;
    if (hostIsLittleEndian) bytes.set(row.embedding, itemIds.length * dimensions * 4);
    else matrix.rows.set(decodeVector(row.embedding), itemIds.length * dimensions);
    itemIds.push(row.item_id);
    passageIndexes.push(row.idx);
  }
  return { dimensions, values: matrix.rows.subarray(0, itemIds.length * dimensions), itemIds, passageIndexes, matrix };
}

/** Packs the rows whose vectors have the asked dimension; others cannot be compared and are skipped. */
export function packVectors(rows: Iterable<StoredVectorRow>, dimensions: number): PackedVectors {
  const itemIds: string[] = [];
  const passageIndexes: number[] = [];
  const chunks: Float32Array[] = [];
  for (const row of rows) {
    if (row.embedding.byteLength !== dimensions * 4) continue;
    chunks.push(decodeVector(row.embedding));
    itemIds.push(row.item_id);
    passageIndexes.push(row.idx);
  }
  const values = new Float32Array(chunks.length * dimensions);
  chunks.forEach((chunk, index) => values.set(chunk, index * dimensions));
  return { dimensions, values, itemIds, passageIndexes };
}

export interface ScoredRow {
  row: number;
  score: number;
}

/** Dot product of one packed row with the query; four accumulators let V8 pipeline the loop. */
function dotRow(values: Float32Array, offset: number, query: Float32Array): number {
  const dimensions = query.length;
  const unrolled = dimensions - (dimensions % 4);
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (let d = 0; d < unrolled; d += 4) {
    s0 += (values[offset + d] as number) * (query[d] as number);
    s1 += (values[offset + d + 1] as number) * (query[d + 1] as number);
    s2 += (values[offset + d + 2] as number) * (query[d + 2] as number);
    s3 += (values[offset + d + 3] as number) * (query[d + 3] as number);
  }
  for (let d = unrolled; d < dimensions; d += 1) s0 += (values[offset + d] as number) * (query[d] as number);
  return s0 + s1 + s2 + s3;
}

/**
 * The k rows with the highest dot product with `query` (cosine, since vectors are normalized),
 * best first; rows refused by `accept` are skipped. Ties keep storage order. A size-k min-heap
 * keeps the selection O(n log k) for the large k hybrid search asks for.
 */
export function topKByDot(packed: PackedVectors, query: Float32Array, k: number, accept: (row: number) => boolean): ScoredRow[] {
  if (k <= 0 || query.length !== packed.dimensions) return [];
  const rowCount = packed.itemIds.length;
  // The kernel scores every row at once (the scan is the cost; skipping rows would not pay).
  const scores = packed.matrix?.scores(query);
  const heap = new MinHeap(k);
  for (let row = 0; row < rowCount; row += 1) {
    if (!accept(row)) continue;
    const score = scores ? (scores[row] as number) : dotRow(packed.values, row * packed.dimensions, query);
    heap.offer(row, score);
  }
  return heap.drain().sort((a, b) => b.score - a.score || a.row - b.row);
}

/** The k best (score, then earlier row) seen so far; the root is the worst of them. */
class MinHeap {
  private readonly rows: number[] = [];
  private readonly scores: number[] = [];

  constructor(private readonly capacity: number) {}

  /** a ranks below b: lower score, or the same score and a later row. */
  private below(a: number, b: number): boolean {
    const sa = this.scores[a]!;
    const sb = this.scores[b]!;
    return sa < sb || (sa === sb && this.rows[a]! > this.rows[b]!);
  }

  offer(row: number, score: number): void {
    if (this.rows.length < this.capacity) {
      this.rows.push(row);
      this.scores.push(score);
      this.up(this.rows.length - 1);
      return;
    }
    // Rows come in storage order, so an equal score never displaces an earlier row.
    if (score <= this.scores[0]!) return;
    this.rows[0] = row;
    this.scores[0] = score;
    this.down(0);
  }

  drain(): ScoredRow[] {
    return this.rows.map((row, index) => ({ row, score: this.scores[index]! }));
  }

  private swap(a: number, b: number): void {
    [this.rows[a], this.rows[b]] = [this.rows[b]!, this.rows[a]!];
    [this.scores[a], this.scores[b]] = [this.scores[b]!, this.scores[a]!];
  }

  private up(index: number): void {
    for (let child = index; child > 0; ) {
      const parent = (child - 1) >> 1;
      if (!this.below(child, parent)) return;
      this.swap(child, parent);
      child = parent;
    }
  }

  private down(index: number): void {
    const size = this.rows.length;
    for (let parent = index; ; ) {
      const left = 2 * parent + 1;
      const right = left + 1;
      let worst = parent;
      if (left < size && this.below(left, worst)) worst = left;
      if (right < size && this.below(right, worst)) worst = right;
      if (worst === parent) return;
      this.swap(parent, worst);
      parent = worst;
    }
  }
}
