/**
 * The real embedder: bge-small-zh-v1.5 (int8 ONNX), loaded only from a local folder laid out by
 * `npm run setup:model`. The transformers.js tokenizer feeds an onnxruntime-node session directly
 * (no pipeline: it would copy the whole hidden state to pool one token). CLS pooling and L2
 * normalisation, as BAAI prescribes for bge; inputs longer than 512 tokens are truncated.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createError, wrapError } from '../../errors/catalogue.ts';
import type { Embedder } from '../types.ts';
import { lengthSortedBatches, normalizedClsRows, padBatch } from './bert-batches.ts';
import { bertFeeds, createBertSession, loadBertTokenizer, QUANTIZED_MODEL_FILE } from './onnx-bert.ts';
import type { BertTokenizer } from './onnx-bert.ts';
import type { InferenceSession } from 'onnxruntime-node';

export interface TransformersEmbedderOptions {
  /** Folder holding onnx/model_quantized.onnx, tokenizer.json, config.json, tokenizer_config.json. */
  modelDir: string;
  /** Texts per forward pass (padding to the longest in a batch). Default 16 (see bench/embed). */
  batchSize?: number;
}

/**
 * Measured with bench/embed on 2 cores: 8, 16 and 32 run equally fast (raw onnxruntime too), 64 is
 * slower. 16 blocks the event loop half as long per `run` as 32 (the API answers between batches).
 */
export const DEFAULT_EMBED_BATCH_SIZE = 16;

const REQUIRED_FILES = [QUANTIZED_MODEL_FILE, 'tokenizer.json', 'tokenizer_config.json', 'config.json'];
const HIDDEN_STATE_OUTPUT = 'last_hidden_state';

export async function createTransformersEmbedder(options: TransformersEmbedderOptions): Promise<Embedder> {
  const modelDir = path.resolve(options.modelDir);
  const missing = REQUIRED_FILES.filter((file) => !existsSync(path.join(modelDir, file)));
  if (missing.length > 0) throw createError('MODEL_MISSING', `${modelDir} (${missing.join(', ')})`);
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_EMBED_BATCH_SIZE));
  const dimensions = readHiddenSize(modelDir);
  const model = path.basename(modelDir);

  let tokenizer: BertTokenizer;
  let session: InferenceSession;
  try {
    [tokenizer, session] = await Promise.all([loadBertTokenizer(modelDir), createBertSession(modelDir)]);
  } catch (error) {
    throw wrapError('MODEL_FAILED', error, `${modelDir}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const outputName = session.outputNames.includes(HIDDEN_STATE_OUTPUT) ? HIDDEN_STATE_OUTPUT : session.outputNames[0]!;

  // One ONNX session, used by one call at a time: parallel calls would only fight over the cores.
  let running: Promise<unknown> = Promise.resolve();

  async function runBatch(tokenIds: number[][]): Promise<Float32Array[]> {
    const inputs = padBatch(tokenIds, tokenizer.padId);
    const output = (await session.run(bertFeeds(session, inputs), [outputName]))[outputName]!;
    const width = output.dims[2] ?? 0;
    if (width !== dimensions) throw createError('MODEL_FAILED', `expected ${dimensions} dimensions, got ${width}`);
    return normalizedClsRows(output.data as Float32Array, inputs.rows, inputs.columns, width);
  }

  /** Texts go to the model fewest tokens first, so each batch pads little; results come back in input order. */
  async function embedBatches(texts: string[]): Promise<Float32Array[]> {
    const tokenIds = tokenizer.encode(texts);
    if (texts.length === 1) return runBatch(tokenIds); // a lone query skips the batching bookkeeping
    const vectors: Float32Array[] = new Array<Float32Array>(texts.length);
    for (const positions of lengthSortedBatches(tokenIds.map((ids) => ids.length), batchSize)) {
      const batchVectors = await runBatch(positions.map((position) => tokenIds[position]!));
      positions.forEach((position, row) => {
        vectors[position] = batchVectors[row]!;
      });
    }
    return vectors;
  }

  return {
    model,
    dimensions,
    embed(texts: string[]): Promise<Float32Array[]> {
      if (texts.length === 0) return Promise.resolve([]);
      const result = running.then(() => embedBatches(texts)).catch((error: unknown) => {
        throw wrapError('MODEL_FAILED', error);
      });
      running = result.catch(() => undefined);
      return result;
    },
    async close(): Promise<void> {
      await running;
      await session.release();
    },
  };
}

function readHiddenSize(modelDir: string): number {
  try {
    const config = JSON.parse(readFileSync(path.join(modelDir, 'config.json'), 'utf8')) as { hidden_size?: unknown };
    if (typeof config.hidden_size === 'number' && config.hidden_size > 0) return config.hidden_size;
  } catch (error) {
    throw wrapError('MODEL_FAILED', error, `${modelDir}/config.json: ${error instanceof Error ? error.message : String(error)}`);
  }
  throw createError('MODEL_FAILED', `${modelDir}/config.json has no hidden_size`);
}
