/**
 * TEST DOUBLE — not a language model. A deterministic embedder for fast tests: each character
 * bigram (a single character for one-character texts) is hashed into one of `dimensions` slots
 * with a hashed sign, and the sum is L2-normalised. Texts sharing many bigrams get similar vectors,
 * which is enough to exercise search plumbing without loading bge.
 *
 * Whitespace, punctuation and symbols are ignored, and the bge query instruction is stripped, so
 * callers can use `queryText` with either embedder.
 */
import type { Embedder } from '../types.ts';
import { BGE_QUERY_INSTRUCTION } from './query.ts';
import { normalizeInPlace } from './vectors.ts';

export const HASHING_EMBEDDER_MODEL = 'hashing-bigram-test-double';

const IGNORED = /[\s\p{P}\p{S}]+/gu;

export function createHashingEmbedder(dimensions = 512): Embedder {
  if (!Number.isInteger(dimensions) || dimensions < 1) throw new RangeError(`dimensions must be a positive integer, got ${dimensions}`);
  return {
    model: HASHING_EMBEDDER_MODEL,
    dimensions,
    embed(texts: string[]): Promise<Float32Array[]> {
      return Promise.resolve(texts.map((text) => hashText(text, dimensions)));
    },
  };
}

/** An all-zero vector for a text with no characters left after cleaning. */
function hashText(text: string, dimensions: number): Float32Array {
  const vector = new Float32Array(dimensions);
  const body = text.startsWith(BGE_QUERY_INSTRUCTION) ? text.slice(BGE_QUERY_INSTRUCTION.length) : text;
  const characters = Array.from(body.replace(IGNORED, '').toLowerCase());
  const grams = characters.length === 1 ? characters : characters.slice(1).map((character, index) => characters[index]! + character);
  for (const gram of grams) {
    const hash = fnv1a(gram);
    vector[hash % dimensions]! += hash & 0x80000000 ? -1 : 1;
  }
  return normalizeInPlace(vector);
}

/** 32-bit FNV-1a over UTF-16 units: tiny, stable across runs and platforms. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
