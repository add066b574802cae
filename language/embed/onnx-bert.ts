/**
 * The two halves of a local BERT model, loaded without any network: the transformers.js tokenizer
 * (tokenizer.json) and an onnxruntime-node session with the runtime's default options. Both the
 * embedder and the raw benchmark load through here, so they run the same tokenizer and session.
 */
import path from 'node:path';
import { AutoTokenizer, env } from '@huggingface/transformers';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import type { BertBatchInputs } from './bert-batches.ts';

export const QUANTIZED_MODEL_FILE = 'onnx/model_quantized.onnx';

export interface BertTokenizer {
  /** Token ids with [CLS]/[SEP], truncated to the model's window; no padding. */
  encode(texts: readonly string[]): number[][];
  readonly padId: number;
}

/** transformers.js keeps its model location in a global `env`; loads are queued so two never mix. */
let loading: Promise<unknown> = Promise.resolve();

export function loadBertTokenizer(modelDir: string): Promise<BertTokenizer> {
  const load = async (): Promise<BertTokenizer> => {
    env.allowRemoteModels = false;
    env.allowLocalModels = true;
    env.localModelPath = `${path.dirname(path.resolve(modelDir))}${path.sep}`;
    const tokenizer = await AutoTokenizer.from_pretrained(path.basename(path.resolve(modelDir)), { local_files_only: true });
    const maxLength = Number.isFinite(tokenizer.model_max_length) ? Number(tokenizer.model_max_length) : 512;
    return {
      padId: tokenizer.pad_token_id ?? 0,
      encode(texts: readonly string[]): number[][] {
        if (texts.length === 0) return [];
        const encoded = tokenizer([...texts], { truncation: true, max_length: maxLength, return_tensor: false }) as { input_ids: number[][] | number[] };
        // A single text comes back as one flat array.
        return texts.length === 1 && !Array.isArray(encoded.input_ids[0]) ? [encoded.input_ids as number[]] : (encoded.input_ids as number[][]);
      },
    };
  };
  const result = loading.then(load);
  loading = result.catch(() => undefined);
  return result;
}

/** A CPU session on the int8 graph with onnxruntime's defaults (its intra-op pool sized to the cores). */
export function createBertSession(modelDir: string, options: InferenceSession.SessionOptions = {}): Promise<InferenceSession> {
  return InferenceSession.create(path.join(path.resolve(modelDir), QUANTIZED_MODEL_FILE), options);
}

/** The int64 tensors the session asks for (checked against its `inputNames`). */
export function bertFeeds(session: Pick<InferenceSession, 'inputNames'>, inputs: BertBatchInputs): Record<string, Tensor> {
  const dims = [inputs.rows, inputs.columns];
  const available: Record<string, BigInt64Array> = {
    input_ids: inputs.inputIds,
    attention_mask: inputs.attentionMask,
    token_type_ids: inputs.tokenTypeIds,
  };
  const feeds: Record<string, Tensor> = {};
  for (const name of session.inputNames) {
    const data = available[name];
    if (data === undefined) throw new Error(`the model asks for an input named ${name}`);
    feeds[name] = new Tensor('int64', data, dims);
  }
  return feeds;
}
