/** Deterministic test vectors: a linear congruential sequence in [-0.5, 0.5), and unit vectors from it. */
export function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31 - 0.5;
  };
}

export function unitVector(seed: number, dimensions: number): Float32Array {
  const vector = Float32Array.from({ length: dimensions }, seeded(seed));
  const length = Math.hypot(...vector);
  return vector.map((value) => value / length);
}
