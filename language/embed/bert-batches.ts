/**
 * Pure helpers shared by the bge embedder and the raw-onnxruntime benchmark: which texts go
 * together into a forward pass, the padded int64 inputs a BERT graph takes, and the CLS vectors
 * read back out of `last_hidden_state`. Keeping them here means the benchmark times exactly the
 * batches the embedder runs.
 */

/** Padded, row-major inputs for one forward pass (`rows × columns`). */
export interface BertBatchInputs {
  rows: number;
  /** Tokens per row: the longest sequence in the batch. */
  columns: number;
  inputIds: BigInt64Array;
  attentionMask: BigInt64Array;
  tokenTypeIds: BigInt64Array;
}

/**
 * Positions grouped into batches of at most `batchSize`, shortest first (ties keep input order),
 * so each batch pads to a length close to all of its rows.
 */
export function lengthSortedBatches(lengths: readonly number[], batchSize: number): number[][] {
  const size = Math.max(1, Math.floor(batchSize));
  const order = lengths.map((_, index) => index).sort((a, b) => lengths[a]! - lengths[b]! || a - b);
  const batches: number[][] = [];
  for (let start = 0; start < order.length; start += size) batches.push(order.slice(start, start + size));
  return batches;
}

/** Token ids padded with `padId` to the longest row; the mask marks real tokens, token types are all 0. */
export function padBatch(tokenIds: readonly (readonly number[])[], padId = 0): BertBatchInputs {
  const rows = tokenIds.length;
  const columns = tokenIds.reduce((longest, ids) => Math.max(longest, ids.length), 0);
  const inputIds = new BigInt64Array(rows * columns);
  const attentionMask = new BigInt64Array(rows * columns);
  const tokenTypeIds = new BigInt64Array(rows * columns);
  const pad = BigInt(padId);
  tokenIds.forEach((ids, row) => {
    const offset = row * columns;
    for (let column = 0; column < columns; column += 1) {
      const real = column < ids.length;
      inputIds[offset + column] = real ? BigInt(ids[column]!) : pad;
      attentionMask[offset + column] = real ? 1n : 0n;
    }
  });
  return { rows, columns, inputIds, attentionMask, tokenTypeIds };
}

/**
 * The first token's hidden state of each row, L2-normalised (bge's CLS pooling). `hidden` is
 * `rows × columns × width`, row-major; each vector is a fresh array the caller may keep.
 */
export function normalizedClsRows(hidden: Float32Array, rows: number, columns: number, width: number): Float32Array[] {
  if (hidden.length < rows * columns * width) throw new RangeError(`hidden state has ${hidden.length} values, expected ${rows * columns * width}`);
  const vectors: Float32Array[] = [];
  for (let row = 0; row < rows; row += 1) {
    const start = row * columns * width;
    const vector = hidden.slice(start, start + width);
    let sum = 0;
    for (let index = 0; index < width; index += 1) sum += vector[index]! * vector[index]!;
    const length = Math.sqrt(sum);
    if (length > 0) for (let index = 0; index < width; index += 1) vector[index] = vector[index]! / length;
    vectors.push(vector);
  }
  return vectors;
}
