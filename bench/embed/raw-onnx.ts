/**
 * The ceiling for the embed stage: the same int8 bge graph on the same passages through
 * onnxruntime-node alone. Tokenisation happens before the clock starts; only
 * `InferenceSession.run` is timed, over the very batches the embedder forms (fewest tokens first,
 * padded to the longest in each batch, int64 input_ids / attention_mask / token_type_ids).
 * The session keeps onnxruntime's default options — its intra-op pool takes every core — which is
 * "the limit on this machine".
 */
import type { InferenceSession } from 'onnxruntime-node';
import { lengthSortedBatches, normalizedClsRows, padBatch } from '../../language/embed/bert-batches.ts';
import type { BertBatchInputs } from '../../language/embed/bert-batches.ts';
import { bertFeeds, createBertSession, loadBertTokenizer } from '../../language/embed/onnx-bert.ts';
import type { BertTokenizer } from '../../language/embed/onnx-bert.ts';
import type { Embedder } from '../../language/types.ts';

export interface RawThroughputOptions {
  modelDir: string;
  passages: string[];
  batchSize: number;
}

export interface Throughput {
  passagesPerSecond: number;
  seconds: number;
}

export interface RawThroughput extends Throughput {
  /** Real (unpadded) tokens, [CLS]/[SEP] included, that went through the model. */
  tokens: number;
}

interface LoadedModel {
  tokenizer: BertTokenizer;
  session: InferenceSession;
}

/** One tokenizer and session per folder for the life of the process: repeated rounds reload nothing. */
const loaded = new Map<string, Promise<LoadedModel>>();

function loadModel(modelDir: string): Promise<LoadedModel> {
  let model = loaded.get(modelDir);
  if (model === undefined) {
    model = Promise.all([loadBertTokenizer(modelDir), createBertSession(modelDir)]).then(([tokenizer, session]) => ({ tokenizer, session }));
    loaded.set(modelDir, model);
  }
  return model;
}

/** Closes the sessions the benchmark opened. */
export async function releaseRawSessions(): Promise<void> {
  const models = [...loaded.values()];
  loaded.clear();
  for (const model of models) await (await model).session.release();
}

interface PreparedBatches {
  batches: { positions: number[]; inputs: BertBatchInputs }[];
  tokens: number;
}

async function prepare(options: RawThroughputOptions): Promise<{ model: LoadedModel } & PreparedBatches> {
  const model = await loadModel(options.modelDir);
  const tokenIds = model.tokenizer.encode(options.passages);
  const batches = lengthSortedBatches(tokenIds.map((ids) => ids.length), options.batchSize).map((positions) => ({
    positions,
    inputs: padBatch(positions.map((position) => tokenIds[position]!), model.tokenizer.padId),
  }));
  return { model, batches, tokens: tokenIds.reduce((sum, ids) => sum + ids.length, 0) };
}

/** Passages per second of `InferenceSession.run` alone, with everything else done beforehand. */
export async function measureRawThroughput(options: RawThroughputOptions): Promise<RawThroughput> {
  const { model, batches, tokens } = await prepare(options);
  const feeds = batches.map(({ inputs }) => bertFeeds(model.session, inputs));
  const started = performance.now();
  for (const feed of feeds) await model.session.run(feed);
  const seconds = (performance.now() - started) / 1000;
  return { passagesPerSecond: options.passages.length / seconds, seconds, tokens };
}

/** The raw session's CLS vectors (first token of last_hidden_state, L2-normalised), in input order. */
export async function rawClsVectors(options: RawThroughputOptions): Promise<Float32Array[]> {
  const { model, batches } = await prepare(options);
  const vectors = new Array<Float32Array>(options.passages.length);
  for (const { positions, inputs } of batches) {
    const output = (await model.session.run(bertFeeds(model.session, inputs)))['last_hidden_state']!;
    const rows = normalizedClsRows(output.data as Float32Array, inputs.rows, inputs.columns, output.dims[2]!);
    positions.forEach((position, row) => {
      vectors[position] = rows[row]!;
    });
  }
  return vectors;
}

/** Wall-clock passages per second of one `embed` call over all passages (tokenisation included). */
export async function measureEmbedderThroughput(embedder: Embedder, passages: string[]): Promise<Throughput> {
  const started = performance.now();
  await embedder.embed(passages);
  const seconds = (performance.now() - started) / 1000;
  return { passagesPerSecond: passages.length / seconds, seconds };
}

/** Seconds the tokenizer alone takes over the passages (the part of our cost raw does not pay). */
export async function measureTokenization(modelDir: string, passages: string[]): Promise<number> {
  const { tokenizer } = await loadModel(modelDir);
  const started = performance.now();
  tokenizer.encode(passages);
  return (performance.now() - started) / 1000;
}

/** Milliseconds for each of `rounds` lone `embed([query])` calls. */
export async function measureQueryLatencies(embedder: Embedder, queries: string[], rounds: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    await embedder.embed([queries[round % queries.length]!]);
    latencies.push(performance.now() - started);
  }
  return latencies;
}
