/**
 * Passage vectors: the BLOB codec (Float32 little-endian, whatever the host order) and an
 * in-memory packed copy for exact cosine scans, so repeated queries do not re-read blobs.
 */
import { endianness } from 'node:os';

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
  values: Float32Array;
  itemIds: string[];
  passageIndexes: number[];
}

export interface StoredVectorRow {
  item_id: string;
  idx: number;
  embedding: Uint8Array;
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
 * best first; rows refused by `accept` are skipped. Ties keep storage order.
 */
export function topKByDot(packed: PackedVectors, query: Float32Array, k: number, accept: (row: number) => boolean): ScoredRow[] {
  const best: ScoredRow[] = [];
  if (k <= 0 || query.length !== packed.dimensions) return best;
  const rowCount = packed.itemIds.length;
  for (let row = 0; row < rowCount; row += 1) {
    if (!accept(row)) continue;
    const score = dotRow(packed.values, row * packed.dimensions, query);
    if (best.length === k && score <= (best[k - 1] as ScoredRow).score) continue;
    let position = best.length;
    while (position > 0 && (best[position - 1] as ScoredRow).score < score) position -= 1;
    best.splice(position, 0, { row, score });
    if (best.length > k) best.pop();
  }
  return best;
}
