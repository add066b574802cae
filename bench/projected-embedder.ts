/**
 * Vectors for the largest corpus without hours of model time: each passage gets a real bge vector
 * recorded from the model earlier in the run (picked by the passage's hash) plus seeded noise,
 * renormalised. The index then holds 100k-scale data with the model's own geometry; the report
 * says so, and the embedding stage is timed only where the model really ran.
 */
import { createHash } from 'node:crypto';
import { normalizeInPlace } from '../language/embed/index.ts';
import type { Embedder } from '../language/types.ts';
import { createRandom } from './corpus/random.ts';
import type { Random } from './corpus/random.ts';

export interface VectorRecorder extends Embedder {
  /** Up to `capacity` vectors the wrapped model produced, in order. */
  recorded(): Float32Array[];
}

/** Wraps the real model and keeps a sample of what it produced. */
export function recordVectors(inner: Embedder, capacity: number): VectorRecorder {
  const kept: Float32Array[] = [];
  return {
    model: inner.model,
    dimensions: inner.dimensions,
    async embed(texts) {
      const vectors = await inner.embed(texts);
      for (const vector of vectors) if (kept.length < capacity) kept.push(vector);
      return vectors;
    },
    close: () => inner.close?.() ?? Promise.resolve(),
    recorded: () => kept,
  };
}

export function createProjectedEmbedder(pool: readonly Float32Array[], noise = 0.02): Embedder {
  if (pool.length === 0) throw new Error('bench: the projected embedder needs recorded vectors');
  const dimensions = pool[0]!.length;
  return {
    model: 'projected-bge-sample',
    dimensions,
    embed(texts) {
      return Promise.resolve(texts.map((text) => {
        const digest = createHash('sha1').update(text).digest();
        const base = pool[digest.readUInt32LE(0) % pool.length]!;
        const random = createRandom(digest.readUInt32LE(4));
        const vector = new Float32Array(dimensions);
        for (let index = 0; index < dimensions; index++) vector[index] = base[index]! + noise * gaussian(random);
        return normalizeInPlace(vector);
      }));
    },
  };
}

function gaussian(random: Random): number {
  const u = Math.max(random.next(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
}
