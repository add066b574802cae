/**
 * The shortlist a large store scores: rows are first compared by sign bits (dot-kernel.wat's
 * hamming, a 32nd of the f32 bytes), and only the rows whose bits differ least from the query's
 * go on to int8 scoring. Shared by the SQLite store and the bench's vector-scan comparison.
 */
import type { BitMatrix } from './dot-kernel.ts';

/**
 * From this many rows on, a scan first compares sign bits (64 bytes a row at 512 dimensions) and
 * scores only a shortlist by int8 codes: the int8 scan reads every code (516 bytes a row) and is
 * bound by memory bandwidth, ~90–210 ms a query over 2.5M rows on this machine. Below it the full
 * int8 scan (~25 ms at 250k rows, ~90 ms at 1M on a slow day) keeps every row's exact rank, which
 * sign bits do not: decision 0011 measured how much of the top k they lose.
 */
export const SHORTLIST_FROM_ROWS = 1_000_000;

/**
 * Share of the rows a shortlist keeps. With rows' bits taken from their difference from the rows'
 * mean (quantize.ts centredSignBits), a twentieth kept 99.7 % of the exact top 120 at 1M rows
 * for queries that are not near-copies of rows, as a tenth had with plain sign bits (decision 0011).
 */
export const SHORTLIST_SHARE = 0.05;

/** Rows a filter allows: `mask[itemOfRow[row]] === 1`. */
export interface RowFilter {
  mask: Uint8Array;
  itemOfRow: Int32Array;
}

/** Rows kept by the bit comparison for int8 scoring: a twentieth of the rows, at least 16 per wanted row and 4,096. */
export function shortlistSize(k: number, rows: number): number {
  return Math.max(16 * k, 4096, Math.ceil(rows * SHORTLIST_SHARE));
}

/**
 * The `size` allowed rows among the first `rows` whose bits differ least from `queryBits`, in row order (ties: the
 * earliest). The kernel counts the rows per distance as it compares them; the cut is read off
 * that count, and the kernel lists the rows under it. A filtered-out row is moved to the spare
 * distance (dimensions + 1), which is never kept. A view valid until the matrix's next call.
 */
export function shortlist(bits: BitMatrix, queryBits: Uint8Array, rows: number, size: number, filter?: RowFilter): Int32Array {
  const distances = bits.distances(queryBits, rows);
  const perDistance = bits.histogram;
  const far = bits.dimensions + 1;
  if (filter !== undefined) {
    const { mask, itemOfRow } = filter;
    for (let row = 0; row < distances.length; row += 1) {
      if (mask[itemOfRow[row] as number] === 1) continue;
      perDistance[distances[row] as number]! -= 1;
      perDistance[far]! += 1;
      distances[row] = far;
    }
  }
  let cut = 0;
  let below = 0;
  while (cut < far && below + (perDistance[cut] as number) < size) below += perDistance[cut++] as number;
  const atCut = cut < far ? Math.min(size - below, perDistance[cut] as number) : 0;
  return bits.rowsWithin(cut, atCut);
}
