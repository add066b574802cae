/**
 * Dot-product scans over packed vectors in WebAssembly SIMD: f32 (exact, ~5× a scalar JS loop),
 * int8 × int16 (a quarter of the bytes; the SQLite store's scan, see quantize.ts) and sign bits
 * compared by popcount (a 32nd of the bytes: the shortlist of a large store). The f32 matrix
 * remains for the bench's comparison (bench/vector-scan.ts).
 * The kernel is compiled once from dot-kernel.wat (readable source, no binary in the repo); each
 * packed matrix lives in its own instance's memory, so no copy is kept on the JS heap.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import wabt from 'wabt';

/** Rows of one dimension in WASM memory, scored against a query in one call. */
export interface DotMatrix {
  readonly count: number;
  readonly dimensions: number;
  /** View on the rows, to fill them once after allocation. */
  readonly rows: Float32Array;
  /** Scores of every row against `query`, in row order (a view, valid until the next call). */
  scores(query: Float32Array): Float32Array;
}

const PAGE_BYTES = 65_536;
/** wasm32 addresses 4 GiB; stay well below to leave room for the query and scores. */
const MAX_BYTES = 3.5 * 2 ** 30;

/** Int8 rows with a scale each in WASM memory (see quantize.ts), scored against int16 query codes. */
export interface Int8Matrix {
  readonly count: number;
  readonly dimensions: number;
  /** Views on the codes and scales, to fill them once after allocation. */
  readonly codes: Int8Array;
  readonly scales: Float32Array;
  /** Approximate scores of every row (proportional to the dot product), in row order; a view valid until the next call. */
  scores(query: Int16Array): Float32Array;
  /** The same scores for the listed rows only, in the list's order (a shortlist); a view valid until the next call. */
  scoresOfRows(query: Int16Array, rows: Int32Array): Float32Array;
}

/** One sign bit per dimension per row in WASM memory (quantize.ts signBits), compared bit by bit with a query's. */
export interface BitMatrix {
  readonly count: number;
  readonly dimensions: number;
  /** View on the rows' bits (dimensions / 8 bytes a row), to fill them once after allocation. */
  readonly bits: Uint8Array;
  /** How many sign bits of each of the first `rows` rows (all by default) differ from `queryBits`'s, in row order; a view valid until the next call. */
  distances(queryBits: Uint8Array, rows?: number): Uint16Array;
  /**
   * Rows per distance in the last `distances` call (index d: rows d bits away), dimensions + 2
   * entries, the last one spare for rows a filter sets aside. A view valid until the next call;
   * a caller that changes a distance keeps it in step.
   */
  readonly histogram: Uint32Array;
  /** Rows of the last `distances` call whose distance is below `cut`, and the first `atCut` at it, in row order; a view valid until the next call. */
  rowsWithin(cut: number, atCut: number): Int32Array;
}

interface KernelExports {
  memory: WebAssembly.Memory;
  hamming(query: number, rows: number, out: number, hist: number, count: number, dims: number): void;
  pick_rows(out: number, count: number, cut: number, atCut: number, picks: number): number;
  scan(query: number, rows: number, scores: number, count: number, dims: number): void;
  scan_i8(query: number, rows: number, scales: number, scores: number, count: number, dims: number): void;
  scan_i8_rows(query: number, rows: number, scales: number, picks: number, scores: number, n: number, dims: number): void;
}

let compiled: Promise<WebAssembly.Module | null> | undefined;
let ready: WebAssembly.Module | null = null;

/** The compiled kernel, or null where WASM SIMD is unavailable (callers fall back to JS). */
export function loadDotKernel(): Promise<WebAssembly.Module | null> {
  compiled ??= (async () => {
    try {
      const source = readFileSync(path.join(import.meta.dirname, 'dot-kernel.wat'), 'utf8');
      const tools = await wabt();
      const parsed = tools.parseWat('dot-kernel.wat', source, { simd: true });
      try {
        const { buffer } = parsed.toBinary({});
        ready = await WebAssembly.compile(new Uint8Array(buffer));
        return ready;
      } finally {
        parsed.destroy();
      }
    } catch (error) {
      // The scan still answers (scalar JavaScript), but several times slower: say so once.
      process.emitWarning(`WASM SIMD dot kernel unavailable, vector search falls back to scalar JavaScript: ${error instanceof Error ? error.message : String(error)}`, { code: 'ATLAS_DOT_KERNEL' });
      return null;
    }
  })();
  return compiled;
}

/** The kernel once loadDotKernel() has finished, for synchronous callers; null before or without SIMD. */
export function dotKernelIfLoaded(): WebAssembly.Module | null {
  return ready;
}

/** Whether an int8 matrix of this shape can go to the kernel. */
export function int8KernelFits(count: number, dimensions: number): boolean {
  return dimensions > 0 && dimensions % 16 === 0 && dimensions <= 2048 && (count + 1) * (dimensions + 12) + 64 < MAX_BYTES;
}

/** Whether a bit matrix of this shape can go to the kernel (dot-kernel.wat's hamming). */
export function bitKernelFits(count: number, dimensions: number): boolean {
  return dimensions > 0 && dimensions % 128 === 0 && dimensions <= 2048 && (count + 1) * (dimensions / 8 + 2 + 4) + 4 * dimensions + 128 < MAX_BYTES;
}

/** A fresh kernel instance whose memory holds at least `bytes`. */
function instantiate(kernel: WebAssembly.Module, bytes: number): KernelExports {
  const exports = new WebAssembly.Instance(kernel, {}).exports as unknown as KernelExports;
  const pages = Math.ceil(bytes / PAGE_BYTES) - exports.memory.buffer.byteLength / PAGE_BYTES;
  if (pages > 0) exports.memory.grow(pages);
  return exports;
}

/** Allocates a matrix for `count` rows; fill `rows` before scoring. */
export function createDotMatrix(kernel: WebAssembly.Module, count: number, dimensions: number): DotMatrix {
  const queryOffset = 0;
  const rowsOffset = align16(dimensions * 4);
  const scoresOffset = align16(rowsOffset + count * dimensions * 4);
  const exports = instantiate(kernel, scoresOffset + count * 4);
  // Views are taken after growing: growing detaches earlier views.
  const buffer = exports.memory.buffer;
  const query = new Float32Array(buffer, queryOffset, dimensions);
  const rows = new Float32Array(buffer, rowsOffset, count * dimensions);
  const scores = new Float32Array(buffer, scoresOffset, count);
  return {
    count,
    dimensions,
    rows,
    scores(vector) {
      query.set(vector);
      exports.scan(queryOffset, rowsOffset, scoresOffset, count, dimensions);
      return scores;
    },
  };
}

/** Allocates an int8 matrix for `count` rows; fill `codes` and `scales` before scoring. */
export function createInt8Matrix(kernel: WebAssembly.Module, count: number, dimensions: number): Int8Matrix {
  const queryOffset = 0;
  const codesOffset = align16(dimensions * 2);
  const scalesOffset = align16(codesOffset + count * dimensions);
  const scoresOffset = align16(scalesOffset + count * 4);
  const picksOffset = align16(scoresOffset + count * 4);
  const exports = instantiate(kernel, picksOffset + count * 4);
  const buffer = exports.memory.buffer;
  const query = new Int16Array(buffer, queryOffset, dimensions);
  const picks = new Int32Array(buffer, picksOffset, count);
  const codes = new Int8Array(buffer, codesOffset, count * dimensions);
  const scales = new Float32Array(buffer, scalesOffset, count);
  const scores = new Float32Array(buffer, scoresOffset, count);
  return {
    count,
    dimensions,
    codes,
    scales,
    scores(queryCodes) {
      query.set(queryCodes);
      exports.scan_i8(queryOffset, codesOffset, scalesOffset, scoresOffset, count, dimensions);
      return scores;
    },
    scoresOfRows(queryCodes, rows) {
      // A row number past the matrix would read another area of the memory, not fail: refuse it here.
      for (const row of rows) if (row < 0 || row >= count) throw new RangeError(`row ${row} is not in a matrix of ${count} rows`);
      query.set(queryCodes);
      picks.set(rows);
      exports.scan_i8_rows(queryOffset, codesOffset, scalesOffset, picksOffset, scoresOffset, rows.length, dimensions);
      return scores.subarray(0, rows.length);
    },
  };
}

/** Allocates a bit matrix for `count` rows; fill `bits` before comparing. */
export function createBitMatrix(kernel: WebAssembly.Module, count: number, dimensions: number): BitMatrix {
  // The kernel steps 128 bits at a time: another width would compare bits across rows, silently.
  if (!bitKernelFits(count, dimensions)) throw new RangeError(`sign bits of ${count} rows × ${dimensions} dimensions do not fit the kernel`);
  const rowBytes = dimensions / 8;
  const queryOffset = 0;
  const rowsOffset = align16(rowBytes);
  const outOffset = align16(rowsOffset + count * rowBytes);
  const histOffset = align16(outOffset + count * 2);
  const picksOffset = align16(histOffset + (dimensions + 2) * 4);
  const exports = instantiate(kernel, picksOffset + count * 4);
  const buffer = exports.memory.buffer;
  const query = new Uint8Array(buffer, queryOffset, rowBytes);
  const bits = new Uint8Array(buffer, rowsOffset, count * rowBytes);
  const out = new Uint16Array(buffer, outOffset, count);
  const histogram = new Uint32Array(buffer, histOffset, dimensions + 2);
  const picks = new Int32Array(buffer, picksOffset, count);
  let compared = 0;
  return {
    count,
    dimensions,
    bits,
    histogram,
    distances(queryBits, rows = count) {
      compared = Math.max(0, Math.min(count, Math.floor(rows)));
      query.set(queryBits);
      histogram.fill(0);
      exports.hamming(queryOffset, rowsOffset, outOffset, histOffset, compared, dimensions);
      return out.subarray(0, compared);
    },
    rowsWithin(cut, atCut) {
      return picks.subarray(0, exports.pick_rows(outOffset, compared, cut, Math.max(0, Math.floor(atCut)), picksOffset));
    },
  };
}

function align16(bytes: number): number {
  return Math.ceil(bytes / 16) * 16;
}
