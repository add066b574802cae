/**
 * bge retrieval is asymmetric: short queries are embedded with an instruction prefix, passages
 * without. Callers embedding a search query pass it through `queryText` first.
 */
import { createError } from '../../errors/catalogue.ts';
import type { Embedder } from '../types.ts';

/** The instruction BAAI publishes for bge-*-zh-v1.5 queries (s2p retrieval). */
export const BGE_QUERY_INSTRUCTION = '为这个句子生成表示以用于检索相关文章：';

/** The text to embed for a search query: the bge instruction followed by the query. */
export function queryText(query: string): string {
  return `${BGE_QUERY_INSTRUCTION}${query.trim()}`;
}

/** Embeds one search query (with the instruction) and returns its normalised vector. */
export async function embedQuery(embedder: Embedder, query: string): Promise<Float32Array> {
  const [vector] = await embedder.embed([queryText(query)]);
  if (!vector) throw createError('MODEL_FAILED', `${embedder.model} returned no vector for the query`);
  return vector;
}
