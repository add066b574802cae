/**
 * Passage vectors: the BLOB codec (Float32 little-endian, whatever the host order) and an
 * in-memory packed int8 copy for the scan, so repeated queries do not re-read blobs.
 */
import { endianness } from 'node:os';
import { bitKernelFits, createBitMatrix, createInt8Matrix, dotKernelIfLoaded, int8KernelFits } from '../vectors/dot-kernel.ts';
import type { BitMatrix, Int8Matrix } from '../vectors/dot-kernel.ts';
import { centredSignBits, quantizedDot, quantizeQuery, quantizeRow, signBits } from '../vectors/quantize.ts';
import { shortlist, SHORTLIST_FROM_ROWS, shortlistSize } from '../vectors/shortlist.ts';

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

/** The blob as floats without a copy when it can be viewed in place (little-endian host, aligned), else decoded. */
export function vectorView(blob: Uint8Array): Float32Array {
  if (hostIsLittleEndian && blob.byteOffset % 4 === 0) return new Float32Array(blob.buffer, blob.byteOffset, Math.floor(blob.byteLength / 4));
  return decodeVector(blob);
}

/**
 * All passages of one dimension as int8 codes row after row (quantize.ts), with what the scan
 * needs to name and rescore a row. Items are numbered so a filter becomes a mask, not string lookups.
 */
export interface PackedVectors {
  dimensions: number;
  count: number;
  /** Codes and scales; inside the WASM matrix's memory when there is one. */
  codes: Int8Array;
  scales: Float32Array;
  /** Distinct item ids, and each row's item as an index into them. */
  items: string[];
  itemOfRow: Int32Array;
  /** Each item id's index into `items`, so a filter's items become a mask without a pass over them all. */
  itemNumbers: Map<string, number>;
  passageIndexes: Int32Array;
  /** passages.id of each row, to read its exact vector back. */
  passageIds: Float64Array;
  /** The SIMD kernel over the same codes, when it is loaded and the shape fits. */
  matrix?: Int8Matrix;
  /** The rows' sign bits against their mean (quantize.ts centredSignBits), in a store of SHORTLIST_FROM_ROWS rows or more (shortlist.ts): compared first, so only a shortlist's int8 codes are read. */
  bits?: BitMatrix;
}


export interface StoredVectorRow {
  id: number;
  item_id: string;
  idx: number;
  embedding: Uint8Array;
}

/**
 * Packs up to `count` rows of this dimension (the caller counted them) into the WASM int8 matrix,
 * or into plain arrays where the kernel is not loaded or the shape does not fit.
 */
export function packVectors(rows: Iterable<StoredVectorRow>, dimensions: number, count?: number): PackedVectors {
  const buffered = count === undefined ? [...rows].filter((row) => row.embedding.byteLength === dimensions * 4) : undefined;
  const capacity = count ?? buffered!.length;
  const kernel = dotKernelIfLoaded();
  const matrix = kernel !== null && int8KernelFits(capacity, dimensions) ? createInt8Matrix(kernel, capacity, dimensions) : undefined;
  const bits = kernel !== null && capacity >= SHORTLIST_FROM_ROWS && bitKernelFits(capacity, dimensions) ? createBitMatrix(kernel, capacity, dimensions) : undefined;
  const codes = matrix?.codes ?? new Int8Array(capacity * dimensions);
  const scales = matrix?.scales ?? new Float32Array(capacity);
  const itemOfRow = new Int32Array(capacity);
  const passageIndexes = new Int32Array(capacity);
  const passageIds = new Float64Array(capacity);
  const items: string[] = [];
  const itemNumbers = new Map<string, number>();
  let row = 0;
  for (const stored of buffered ?? rows) {
    if (stored.embedding.byteLength !== dimensions * 4 || row === capacity) continue;
    const vector = decodeVector(stored.embedding);
    scales[row] = quantizeRow(vector, codes, row * dimensions);
    let item = itemNumbers.get(stored.item_id);
    if (item === undefined) itemNumbers.set(stored.item_id, (item = items.push(stored.item_id) - 1));
    itemOfRow[row] = item;
    passageIndexes[row] = stored.idx;
    passageIds[row] = stored.id;
    row += 1;
  }
  if (bits !== undefined) centredSignBits(codes, scales, row, dimensions, bits.bits);
  return { dimensions, count: row, codes, scales, items, itemOfRow, itemNumbers, passageIndexes, passageIds, matrix, bits };
}

/** A mask over `packed.items`: 1 for the items in `allowed` (ids without vectors are ignored). */
export function itemMask(packed: PackedVectors, allowed: Iterable<string>): Uint8Array {
  const mask = new Uint8Array(packed.items.length);
  for (const item of allowed) {
    const number = packed.itemNumbers.get(item);
    if (number !== undefined) mask[number] = 1;
  }
  return mask;
}

export interface ScoredRow {
  row: number;
  score: number;
}

/**
 * The k rows scoring highest against `query` by their int8 codes, best first; rows whose item is
 * 0 in `mask` are skipped. Scores are approximate (proportional to the dot product): rescore the
 * rows from their exact vectors. A size-k min-heap keeps the selection O(n log k).
 */
export function topKByCodes(packed: PackedVectors, query: Float32Array, k: number, mask?: Uint8Array): ScoredRow[] {
  if (k <= 0 || query.length !== packed.dimensions) return [];
  const queryCodes = quantizeQuery(query);
  if (packed.bits !== undefined) return topKOfShortlist(packed, packed.bits, query, queryCodes, k, mask);
  // The kernel scores every row at once (the scan is the cost; skipping rows would not pay).
  const scores = packed.matrix?.scores(queryCodes);
  const heap = new MinHeap(k);
  for (let row = 0; row < packed.count; row += 1) {
    if (mask !== undefined && mask[packed.itemOfRow[row] as number] === 0) continue;
    const score = scores ? (scores[row] as number) : quantizedDot(packed.codes, row * packed.dimensions, packed.scales[row] as number, queryCodes);
    heap.offer(row, score);
  }
  return heap.drain().sort((a, b) => b.score - a.score || a.row - b.row);
}

/**
 * Rows compared by sign bits first: the `shortlistSize(k, rows)` rows whose bits differ least from the
 * query's (ties by storage order), then the k best of those by int8 codes. bench/vector-scan.ts
 * measures how much of the exact top k this keeps.
 */
function topKOfShortlist(packed: PackedVectors, bits: BitMatrix, query: Float32Array, queryCodes: Int16Array, k: number, mask?: Uint8Array): ScoredRow[] {
  const rows = shortlist(bits, signBits(query), packed.count, shortlistSize(k, packed.count), mask && { mask, itemOfRow: packed.itemOfRow });
  const heap = new MinHeap(k);
  // The kernel reads only the listed rows' codes; a tenth of 2.5M rows is too many for scalar JS.
  const scores = packed.matrix?.scoresOfRows(queryCodes, rows);
  rows.forEach((row, at) => heap.offer(row, scores ? (scores[at] as number) : quantizedDot(packed.codes, row * packed.dimensions, packed.scales[row] as number, queryCodes)));
  return heap.drain().sort((a, b) => b.score - a.score || a.row - b.row);
}

/**
 * The k best (score, then earlier row) seen so far; the root is the worst of them. Typed arrays
 * and swaps through locals: a scan offers every row, and the array-literal swap it had allocated
 * ~0.9 MB per query at 25k rows (garbage that every search paid for again in collections).
 */
class MinHeap {
  private readonly rows: Int32Array;
  private readonly scores: Float64Array;
  private size = 0;

  constructor(private readonly capacity: number) {
    this.rows = new Int32Array(capacity);
    this.scores = new Float64Array(capacity);
  }

  /** a ranks below b: lower score, or the same score and a later row. */
  private below(a: number, b: number): boolean {
    const sa = this.scores[a]!;
    const sb = this.scores[b]!;
    return sa < sb || (sa === sb && this.rows[a]! > this.rows[b]!);
  }

  offer(row: number, score: number): void {
    if (this.size < this.capacity) {
      this.rows[this.size] = row;
      this.scores[this.size] = score;
      this.size += 1;
      this.up(this.size - 1);
      return;
    }
    // Rows come in storage order, so an equal score never displaces an earlier row.
    if (score <= this.scores[0]!) return;
    this.rows[0] = row;
    this.scores[0] = score;
    this.down(0);
  }

  drain(): ScoredRow[] {
    return Array.from({ length: this.size }, (_, index) => ({ row: this.rows[index]!, score: this.scores[index]! }));
  }

  private swap(a: number, b: number): void {
    const row = this.rows[a]!;
    this.rows[a] = this.rows[b]!;
    this.rows[b] = row;
    const score = this.scores[a]!;
    this.scores[a] = this.scores[b]!;
    this.scores[b] = score;
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
    const size = this.size;
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
