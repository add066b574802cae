/** The embed stage: passages, the bge embedder, the hash-keyed cache and a fake for tests. */
export { splitPassages, splitSentences, passageHash, DEFAULT_PASSAGE_CHARS } from './passages.ts';
export type { SplitPassagesOptions } from './passages.ts';
export { createTransformersEmbedder } from './transformers-embedder.ts';
export type { TransformersEmbedderOptions } from './transformers-embedder.ts';
export { createCachedEmbedder, LruMap } from './cached-embedder.ts';
export type { CachedEmbedder, CachedEmbedderOptions, CachedEmbedderStats, PassageEmbedder } from './cached-embedder.ts';
export { createHashingEmbedder, HASHING_EMBEDDER_MODEL } from './hashing-embedder.ts';
export { BGE_QUERY_INSTRUCTION, embedQuery, queryText } from './query.ts';
export { cosineSimilarity, dot, norm, normalizeInPlace } from './vectors.ts';
