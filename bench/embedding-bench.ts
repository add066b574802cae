/**
 * The embedding stage against the same ONNX model run through onnxruntime alone, on the same
 * passages and batch size; runs alternate (raw, ours, raw, ours…) so load from elsewhere on the
 * machine hits both alike, and medians are compared.
 */
import { splitPassages } from '../language/embed/index.ts';
import type { Embedder } from '../language/types.ts';
import { measureEmbedderThroughput, measureRawThroughput, releaseRawSessions } from './embed/raw-onnx.ts';
import type { ExtractedDocument } from '../language/types.ts';
import { median, round } from './stats.ts';

export interface EmbeddingResult {
  passages: number;
  batchSize: number;
  rounds: number;
  rawPassagesPerSecond: number;
  embedderPassagesPerSecond: number;
  ratio: number;
}

export function passagesOf(docs: readonly ExtractedDocument[], limit: number): string[] {
  return docs.flatMap((doc) => doc.items.flatMap((item) => splitPassages(`${item.title}。${item.text}`).map((passage) => passage.text))).slice(0, limit);
}

export async function measureEmbedding(options: { modelDir: string; embedder: Embedder; passages: string[]; batchSize: number; rounds: number }): Promise<EmbeddingResult> {
  const raw: number[] = [];
  const ours: number[] = [];
  try {
    for (let round = 0; round < options.rounds; round++) {
      raw.push((await measureRawThroughput({ modelDir: options.modelDir, passages: options.passages, batchSize: options.batchSize })).passagesPerSecond);
      ours.push((await measureEmbedderThroughput(options.embedder, options.passages)).passagesPerSecond);
    }
  } finally {
    await releaseRawSessions();
  }
  const rawMedian = median(raw);
  const oursMedian = median(ours);
  return {
    passages: options.passages.length, batchSize: options.batchSize, rounds: options.rounds,
    rawPassagesPerSecond: round(rawMedian, 1), embedderPassagesPerSecond: round(oursMedian, 1), ratio: round(oursMedian / rawMedian, 3),
  };
}
