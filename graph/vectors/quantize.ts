/**
 * Int8 codes for the vector scan. A stored row becomes 127-step codes with one f32 scale (its
 * largest magnitude / 127); the query becomes int16 codes. The scan is memory-bound, so a quarter
 * of the bytes is most of a 4× speed-up; the few hundred best rows are then rescored exactly from
 * their f32 vectors, so rankings are those of the exact scan (see tests/unit/vectors).
 */

/** Writes the codes of `vector` into `codes` at `offset` and returns the scale that restores it. */
export function quantizeRow(vector: Float32Array, codes: Int8Array, offset: number): number {
  let largest = 0;
  for (const value of vector) largest = Math.max(largest, Math.abs(value));
  if (largest === 0 || !Number.isFinite(largest)) {
    codes.fill(0, offset, offset + vector.length);
    return 0;
  }
  const step = largest / 127;
  for (let d = 0; d < vector.length; d += 1) codes[offset + d] = Math.round((vector[d] as number) / step);
  return step;
}

/** The query's codes at int16 resolution; a common factor, so it is not returned. */
export function quantizeQuery(query: Float32Array, codes: Int16Array = new Int16Array(query.length)): Int16Array {
  let largest = 0;
  for (const value of query) largest = Math.max(largest, Math.abs(value));
  if (largest === 0 || !Number.isFinite(largest)) return codes.fill(0);
  const step = largest / 32_767;
  for (let d = 0; d < query.length; d += 1) codes[d] = Math.round((query[d] as number) / step);
  return codes;
}

/** The exact dot product, used to rescore the rows the int8 scan picked; -Infinity when the lengths differ. */
export function exactDot(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) return Number.NEGATIVE_INFINITY;
  let sum = 0;
  for (let d = 0; d < a.length; d += 1) sum += (a[d] as number) * (b[d] as number);
  return sum;
}

/** Scalar form of the kernel's scan_i8 for one row, for hosts without WASM SIMD. */
export function quantizedDot(codes: Int8Array, offset: number, scale: number, query: Int16Array): number {
  let sum = 0;
  for (let d = 0; d < query.length; d += 1) sum += (codes[offset + d] as number) * (query[d] as number);
  return sum * scale;
}

/**
 * The sign bits of `vector` (bit d of byte d / 8 set when vector[d] > 0), written into `bits` at
 * `offset`: what a large store compares first to shortlist rows for the int8 scan.
 */
export function signBits(vector: Float32Array, bits: Uint8Array = new Uint8Array(Math.ceil(vector.length / 8)), offset = 0): Uint8Array {
  const bytes = Math.ceil(vector.length / 8);
  bits.fill(0, offset, offset + bytes);
  for (let d = 0; d < vector.length; d += 1) if ((vector[d] as number) > 0) bits[offset + (d >> 3)]! |= 1 << (d & 7);
  return bits;
}

/**
 * Each row's sign bits taken against the rows' mean (bit d set when the row's value exceeds the
 * mean's), from the int8 codes already packed: what the shortlist compares a query's plain
 * `signBits` with. bge vectors share a large common part, so plain sign bits agree on many
 * dimensions whatever the query; a query's score q·r is q·(r − mean) plus the same q·mean for
 * every row, so ranking rows by the angle to r − mean ranks them by score, and the bits spent on
 * the common part go to what tells rows apart (decision 0011: a twentieth of the rows kept what
 * a tenth kept with plain bits).
 */
export function centredSignBits(codes: Int8Array, scales: Float32Array, count: number, dimensions: number, bits: Uint8Array): void {
  const mean = new Float64Array(dimensions);
  for (let row = 0; row < count; row += 1) {
    const scale = scales[row] as number;
    const offset = row * dimensions;
    for (let d = 0; d < dimensions; d += 1) mean[d]! += (codes[offset + d] as number) * scale;
  }
  for (let d = 0; d < dimensions; d += 1) mean[d]! /= Math.max(1, count);
  const rowBytes = Math.ceil(dimensions / 8);
  // One byte is built in a local and stored once: a fifth faster than setting bits in place (~8 s at 2.5M rows).
  for (let row = 0; row < count; row += 1) {
    const scale = scales[row] as number;
    const offset = row * dimensions;
    const at = row * rowBytes;
    for (let byte = 0; byte < rowBytes; byte += 1) {
      let value = 0;
      for (let d = byte * 8, end = Math.min(dimensions, d + 8); d < end; d += 1) if ((codes[offset + d] as number) * scale > (mean[d] as number)) value |= 1 << (d & 7);
      bits[at + byte] = value;
    }
  }
}

/** Scalar form of the kernel's hamming for one row, for hosts without WASM SIMD and for tests. */
export function bitDistance(bits: Uint8Array, offset: number, query: Uint8Array): number {
  let differ = 0;
  for (let byte = 0; byte < query.length; byte += 1) {
    let x = ((bits[offset + byte] as number) ^ (query[byte] as number)) & 0xff;
    for (; x !== 0; x &= x - 1) differ += 1;
  }
  return differ;
}
