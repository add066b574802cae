/**
 * The shortlist a large store scores: rows are first compared by sign bits (dot-kernel.wat's
 * hamming, a 32nd of the f32 bytes), and only the rows whose bits differ least from the query's
 * go on to int8 scoring. Shared by the SQLite store and the bench's vector-scan comparison.
 */

/**
 * From this many rows on, a scan first compares sign bits (64 bytes a row at 512 dimensions) and
 * scores only a shortlist by int8 codes: the int8 scan reads every code (516 bytes a row) and is
 * bound by memory bandwidth, ~90–210 ms a query over 2.5M rows on this machine. Below it the full
 * int8 scan (~25 ms at 250k rows, ~90 ms at 1M on a slow day) keeps every row's exact rank, which
 * sign bits do not: decision 0011 measured how much of the top k they lose.
 */
export const SHORTLIST_FROM_ROWS = 1_000_000;

/** Share of the rows a shortlist keeps: a tenth kept 99.8 % of the exact top 120 at 1M rows whose queries are not near-copies of rows (decision 0011). */
export const SHORTLIST_SHARE = 0.1;

/** Rows a filter allows: `mask[itemOfRow[row]] === 1`. */
export interface RowFilter {
  mask: Uint8Array;
  itemOfRow: Int32Array;
}

/** Rows kept by the bit comparison for int8 scoring: a tenth of the rows, at least 16 per wanted row and 4,096. */
export function shortlistSize(k: number, rows: number): number {
  return Math.max(16 * k, 4096, Math.ceil(rows * SHORTLIST_SHARE));
}

/**
 * The `size` allowed rows with the fewest differing bits, in row order: a count of rows per
 * distance finds the cut, then one pass keeps the rows under it and, at it, the earliest.
 */
export function shortlist(distances: Uint16Array, count: number, dimensions: number, size: number, filter?: RowFilter): Int32Array {
  const mask = filter?.mask;
  const itemOfRow = filter?.itemOfRow ?? new Int32Array(0);
  // A filtered-out row counts as farther than any (dimensions + 1) and is never kept. The loops are
  // written out twice, with and without a mask: a shared per-row callback cost a third of the scan.
  const far = dimensions + 1;
  const perDistance = new Uint32Array(far + 1);
  if (mask === undefined) for (let row = 0; row < count; row += 1) perDistance[distances[row] as number]! += 1;
  else for (let row = 0; row < count; row += 1) perDistance[mask[itemOfRow[row] as number] === 1 ? (distances[row] as number) : far]! += 1;
  let cut = 0;
  let below = 0;
  while (cut < far && below + (perDistance[cut] as number) < size) below += perDistance[cut++] as number;
  let atCut = cut < far ? Math.min(size - below, perDistance[cut] as number) : 0;
  const kept = new Int32Array(below + atCut);
  let taken = 0;
  for (let row = 0; row < count && taken < kept.length; row += 1) {
    const distance = distances[row] as number;
    if (distance > cut || (mask !== undefined && mask[itemOfRow[row] as number] !== 1)) continue;
    if (distance < cut) kept[taken++] = row;
    else if (atCut > 0) {
      kept[taken++] = row;
      atCut -= 1;
    }
  }
  return kept;
}
