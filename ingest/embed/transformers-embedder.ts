/**
 * The real embedder: bge-small-zh-v1.5 (int8 ONNX) through transformers.js, loaded only from a
 * local folder laid out by `npm run setup:model`. CLS pooling and L2 normalisation, as BAAI
 * prescribes for bge; inputs longer than 512 tokens are truncated by the tokenizer.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { env, pipeline } from '@huggingface/transformers';
import type { FeatureExtractionPipeline } from '@huggingface/transformers';
import { createError, wrapError } from '../../errors/catalogue.ts';
import type { Embedder } from '../types.ts';

export interface TransformersEmbedderOptions {
  /** Folder holding onnx/model_quantized.onnx, tokenizer.json, config.json, tokenizer_config.json. */
  modelDir: string;
  /** Texts per forward pass (padding to the longest in a batch). Default 16. */
  batchSize?: number;
}

const REQUIRED_FILES = ['onnx/model_quantized.onnx', 'tokenizer.json', 'tokenizer_config.json', 'config.json'];

/** transformers.js keeps its model location in a global `env`; loads are queued so two never mix. */
let loading: Promise<unknown> = Promise.resolve();

export async function createTransformersEmbedder(options: TransformersEmbedderOptions): Promise<Embedder> {
  const modelDir = path.resolve(options.modelDir);
  const missing = REQUIRED_FILES.filter((file) => !existsSync(path.join(modelDir, file)));
  if (missing.length > 0) throw createError('MODEL_MISSING', `${modelDir} (${missing.join(', ')})`);
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? 16));
  const dimensions = readHiddenSize(modelDir);
  const model = path.basename(modelDir);

  const extractor = await queueLoad(() => loadPipeline(modelDir));
  // One ONNX session, used by one call at a time: parallel calls would only fight over the cores.
  let running: Promise<unknown> = Promise.resolve();

  /** Texts go to the model shortest first, so each batch pads little; results come back in input order. */
  async function embedBatches(texts: string[]): Promise<Float32Array[]> {
    const order = texts.map((_, index) => index).sort((a, b) => texts[a]!.length - texts[b]!.length);
    const vectors: Float32Array[] = new Array<Float32Array>(texts.length);
    for (let start = 0; start < order.length; start += batchSize) {
      const positions = order.slice(start, start + batchSize);
      const output = await extractor(positions.map((position) => texts[position]!), { pooling: 'cls', normalize: true });
      const data = output.data as Float32Array;
      const width = output.dims[1] ?? 0;
      if (width !== dimensions) throw createError('MODEL_FAILED', `expected ${dimensions} dimensions, got ${width}`);
      positions.forEach((position, row) => {
        vectors[position] = data.slice(row * width, (row + 1) * width);
      });
      output.dispose();
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
      await extractor.dispose();
    },
  };
}

// pipeline()'s overloads make TypeScript give up (TS2590); this is the one overload we use.
const createFeatureExtraction = pipeline as unknown as (
  task: 'feature-extraction',
  model: string,
  options: { dtype: 'q8'; local_files_only: boolean },
) => Promise<FeatureExtractionPipeline>;

async function loadPipeline(modelDir: string): Promise<FeatureExtractionPipeline> {
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = `${path.dirname(modelDir)}${path.sep}`;
  try {
    // dtype q8 selects onnx/model_quantized.onnx.
    return await createFeatureExtraction('feature-extraction', path.basename(modelDir), { dtype: 'q8', local_files_only: true });
  } catch (error) {
    throw wrapError('MODEL_FAILED', error, `${modelDir}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function queueLoad<T>(load: () => Promise<T>): Promise<T> {
  const result = loading.then(load);
  loading = result.catch(() => undefined);
  return result;
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
