/** Small vector helpers shared by the embedders and their tests. */
import { exactDot } from '../../graph/vectors/quantize.ts';

/** Dot product (the store's own, one implementation); cosine similarity for normalised vectors. */
export const dot = exactDot;

export function norm(vector: Float32Array): number {
  return Math.sqrt(dot(vector, vector));
}

export function cosineSimilarity(a: Float32Array, b: Float32Array): number {
  const denominator = norm(a) * norm(b);
  return denominator === 0 ? 0 : dot(a, b) / denominator;
}

/** Scales a vector to unit length in place; a zero vector stays zero. */
export function normalizeInPlace(vector: Float32Array): Float32Array {
  const length = norm(vector);
  if (length > 0) for (let index = 0; index < vector.length; index += 1) vector[index] = vector[index]! / length;
  return vector;
}
