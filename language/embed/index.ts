/** The embed stage: passages, the bge embedder, the hash-keyed cache and a fake for tests. */
export { splitPassages, splitSentences, passageHash, DEFAULT_PASSAGE_CHARS } from './passages.ts';
export type { SplitPassagesOptions } from './passages.ts';
export { createTransformersEmbedder, DEFAULT_EMBED_BATCH_SIZE } from './transformers-embedder.ts';
export type { TransformersEmbedderOptions } from './transformers-embedder.ts';
export { createCachedEmbedder, LruMap } from './cached-embedder.ts';
export type { CachedEmbedder, CachedEmbedderOptions, CachedEmbedderStats, PassageEmbedder } from './cached-embedder.ts';
export { createHashingEmbedder, HASHING_EMBEDDER_MODEL } from './hashing-embedder.ts';
export { BGE_QUERY_INSTRUCTION, embedQuery, queryText } from './query.ts';
export { cosineSimilarity, dot, norm, normalizeInPlace } from './vectors.ts';
export { lengthSortedBatches, normalizedClsRows, padBatch } from './bert-batches.ts';
export type { BertBatchInputs } from './bert-batches.ts';
export { bertFeeds, createBertSession, loadBertTokenizer, QUANTIZED_MODEL_FILE } from './onnx-bert.ts';
export type { BertTokenizer } from './onnx-bert.ts';
