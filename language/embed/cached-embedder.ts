/**
 * Embeds passages once: a vector is looked up by the passage's content hash, first in a small
 * in-process LRU, then in the store (`getEmbeddings`), and only the misses go to the model.
 * The cache trusts that one store is always filled by one model; vectors of another width are
 * treated as misses.
 */
import { createError } from '../../errors/catalogue.ts';
import type { Embedder, EmbeddingCache, Passage } from '../types.ts';

export interface PassageEmbedder {
  /** One normalised vector per passage, in the order given. */
  embedPassages(passages: Passage[]): Promise<Float32Array[]>;
}

export interface CachedEmbedderStats {
  /** Passages served from the in-process LRU. */
  memoryHits: number;
  /** Passages served from the store. */
  storeHits: number;
  /** Passages the model embedded. */
  embedded: number;
}

export interface CachedEmbedder extends PassageEmbedder {
  readonly stats: Readonly<CachedEmbedderStats>;
}

export interface CachedEmbedderOptions {
  /** Vectors kept in memory (512 floats ≈ 2 KB each). Default 20,000. */
  memoryEntries?: number;
  /** Texts per call to the inner embedder. Default 64 (the inner embedder batches again for the model). */
  batchSize?: number;
}

export function createCachedEmbedder(inner: Embedder, cache: EmbeddingCache, options: CachedEmbedderOptions = {}): CachedEmbedder {
  const memory = new LruMap<string, Float32Array>(options.memoryEntries ?? 20_000);
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? 64));
  const stats: CachedEmbedderStats = { memoryHits: 0, storeHits: 0, embedded: 0 };
  const fits = (vector: Float32Array | undefined): vector is Float32Array => vector?.length === inner.dimensions;

  async function embedPassages(passages: Passage[]): Promise<Float32Array[]> {
    const found = new Map<string, Float32Array>();
    const unique = new Map<string, string>(passages.map((passage) => [passage.hash, passage.text]));

    const notInMemory: string[] = [];
    for (const hash of unique.keys()) {
      const vector = memory.get(hash);
      if (fits(vector)) found.set(hash, vector);
      else notInMemory.push(hash);
    }
    stats.memoryHits += unique.size - notInMemory.length;

    const stored = notInMemory.length > 0 ? await cache.getEmbeddings(notInMemory) : new Map<string, Float32Array>();
    const misses: string[] = [];
    for (const hash of notInMemory) {
      const vector = stored.get(hash);
      if (fits(vector)) {
        found.set(hash, vector);
        memory.set(hash, vector);
        stats.storeHits += 1;
      } else {
        misses.push(hash);
      }
    }

    for (let start = 0; start < misses.length; start += batchSize) {
      const hashes = misses.slice(start, start + batchSize);
      const vectors = await inner.embed(hashes.map((hash) => unique.get(hash)!));
      if (vectors.length !== hashes.length) throw createError('MODEL_FAILED', `${inner.model} returned ${vectors.length} vectors for ${hashes.length} texts`);
      hashes.forEach((hash, index) => {
        const vector = vectors[index]!;
        found.set(hash, vector);
        memory.set(hash, vector);
      });
      stats.embedded += hashes.length;
    }
    return passages.map((passage) => found.get(passage.hash)!);
  }

  return { embedPassages, stats };
}

/** A Map that forgets its least recently used entries beyond `capacity`. */
export class LruMap<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      // Re-insert so iteration order (oldest first) reflects use.
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }
}
