/**
 * A text-stage worker thread: builds the stages once (jieba dictionary, gazetteer, taxonomy), then
 * answers chunks of documents with what extractText + segmentPassages give, and the time spent
 * per stage. A document that throws becomes an error entry; it never stops the chunk.
 *
 * Nothing imported here may load onnxruntime-node or sharp (the embed barrel does): those native
 * modules are not safe in worker threads ("Module did not self-register", "free(): invalid pointer").
 */
import { parentPort } from 'node:worker_threads';
import { isAtlasError } from '../errors/catalogue.ts';
import { extractText, segmentPassages } from './records.ts';
import type { TextStages } from './records.ts';
import { createTextStages } from './stages.ts';
import type { ChunkRequest, TextJob, TextJobOutcome, TextResult, WorkerReply } from './text-pool-protocol.ts';
import { createStageTimings } from './timings.ts';
import type { StageTimings } from './timings.ts';

/** The error as it crosses the thread boundary: Error instances lose their class and code on the way. */
export function describeError(error: unknown): { message: string; code?: string; userMessage?: string } {
  if (isAtlasError(error)) return { message: error.message, code: error.code, userMessage: error.userMessage };
  return { message: error instanceof Error ? error.message : String(error) };
}

function processText(stages: TextStages, job: TextJob, timings: StageTimings): TextResult {
  const doc = extractText(stages, job.text, job.source, timings);
  return { doc, passages: segmentPassages(doc, stages.segmenter, timings) };
}

function serve(port: NonNullable<typeof parentPort>): void {
  let stages: TextStages;
  try {
    stages = createTextStages();
  } catch (error) {
    port.postMessage({ type: 'startup-failed', message: describeError(error).message } satisfies WorkerReply);
    return;
  }
  port.on('message', (request: ChunkRequest) => {
    const timings = createStageTimings();
    const outcomes = request.jobs.map((job): TextJobOutcome => {
      try {
        return processText(stages, job, timings);
      } catch (error) {
        return { error: describeError(error) };
      }
    });
    const times = { parse: timings.parse, extract: timings.extract, segment: timings.segment };
    port.postMessage({ type: 'done', id: request.id, outcomes, times } satisfies WorkerReply);
  });
  port.postMessage({ type: 'ready' } satisfies WorkerReply);
}

if (parentPort) serve(parentPort);
