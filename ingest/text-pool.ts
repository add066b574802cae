/**
 * The text stages (parse → extract → segment) in a pool of worker threads, so extraction uses
 * every core. Each worker builds its own stages once (jieba keeps one dictionary per thread, so
 * the threads do not share segmenter state); documents go out in small chunks to the least-busy
 * worker and the results come back in input order. Everything that crosses a thread is plain data
 * (ExtractedDocument and passages hold only strings, numbers, booleans, null and arrays).
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ChunkRequest, TextJob, TextJobOutcome, WorkerReply, WorkerStageTimes } from './text-pool-protocol.ts';
import type { StageTimings } from './timings.ts';

export type { TextJob, TextJobError, TextJobOutcome, TextResult } from './text-pool-protocol.ts';

export interface TextStagePool {
  /**
   * Results in input order; a job whose text throws gives { error } in its place (message, and the
   * catalogued code for an AtlasError) without failing the others. Rejects only when a worker dies
   * or the pool is closed. `timings` receives parse/extract/segment summed over the workers.
   */
  run(jobs: TextJob[], timings?: StageTimings): Promise<TextJobOutcome[]>;
  readonly size: number;
  close(): Promise<void>;
}

export interface TextStagePoolOptions {
  /** Worker threads; default the number of CPUs. 0 or 1 gives one worker. */
  size?: number;
}

/** The bootstrap registers tsx inside the thread, then loads the TypeScript worker entry. */
const BOOTSTRAP = new URL('./text-pool-bootstrap.mjs', import.meta.url);
const WORKER_ENTRY = new URL('./text-pool-worker.ts', import.meta.url).href;

/** Two chunks per worker: the next one is already waiting when the current one finishes. */
const CHUNKS_IN_FLIGHT = 2;
/** Documents per chunk at most: small enough that the workers finish a run at about the same time. */
const MAX_CHUNK = 4;

interface Chunk {
  id: number;
  jobs: TextJob[];
  resolve: (reply: { outcomes: TextJobOutcome[]; times: WorkerStageTimes }) => void;
  reject: (error: Error) => void;
}

interface Slot {
  index: number;
  worker: Worker;
  inFlight: Map<number, Chunk>;
  alive: boolean;
}

export async function createTextStagePool(options: TextStagePoolOptions = {}): Promise<TextStagePool> {
  const size = Math.max(1, Math.floor(options.size ?? os.availableParallelism()));
  const slots: Slot[] = [];
  const queue: Chunk[] = [];
  let nextChunkId = 0;
  let closed = false;

  const aliveSlots = (): Slot[] => slots.filter((slot) => slot.alive);

  function pump(): void {
    while (queue.length > 0) {
      const slot = aliveSlots()
        .filter((candidate) => candidate.inFlight.size < CHUNKS_IN_FLIGHT)
        .sort((a, b) => a.inFlight.size - b.inFlight.size)[0];
      if (!slot) return;
      const chunk = queue.shift()!;
      slot.inFlight.set(chunk.id, chunk);
      slot.worker.ref();
      slot.worker.postMessage({ id: chunk.id, jobs: chunk.jobs } satisfies ChunkRequest);
    }
  }

  /** A dead worker fails its own chunks; the queue goes to the others, or fails when none is left. */
  function retire(slot: Slot, reason: string): void {
    if (!slot.alive) return;
    slot.alive = false;
    const error = new Error(`Text-stage worker ${slot.index} stopped (${reason}); its ${slot.inFlight.size} pending chunk(s) were not processed`);
    for (const chunk of slot.inFlight.values()) chunk.reject(error);
    slot.inFlight.clear();
    if (aliveSlots().length === 0) {
      for (const chunk of queue.splice(0)) chunk.reject(new Error(`No text-stage worker left (${reason})`));
    } else {
      pump();
    }
  }

  function onReply(slot: Slot, reply: WorkerReply): void {
    if (reply.type !== 'done') return;
    const chunk = slot.inFlight.get(reply.id);
    if (!chunk) return;
    slot.inFlight.delete(reply.id);
    chunk.resolve(reply);
    pump();
    // An idle pool does not keep the process alive, even if the caller forgets close().
    if (slot.inFlight.size === 0) slot.worker.unref();
  }

  function startWorker(index: number): Promise<void> {
    const worker = new Worker(BOOTSTRAP, { workerData: { entry: WORKER_ENTRY } });
    const slot: Slot = { index, worker, inFlight: new Map(), alive: true };
    slots.push(slot);
    return new Promise<void>((resolve, reject) => {
      let ready = false;
      worker.on('message', (reply: WorkerReply) => {
        if (reply.type === 'ready') {
          ready = true;
          worker.unref();
          resolve();
        } else if (reply.type === 'startup-failed') {
          reject(new Error(`Text-stage worker ${index} failed to start: ${reply.message}`));
        } else {
          onReply(slot, reply);
        }
      });
      worker.on('error', (error) => {
        if (!ready) reject(new Error(`Text-stage worker ${index} failed to start: ${error.message}`));
        retire(slot, error.message);
      });
      worker.on('exit', (code) => {
        if (!ready) reject(new Error(`Text-stage worker ${index} exited with code ${code} before it was ready`));
        if (!closed) retire(slot, `exited with code ${code}`);
      });
    });
  }

  async function close(): Promise<void> {
    if (closed) return;
    closed = true;
    const error = new Error('Text-stage pool closed');
    for (const chunk of queue.splice(0)) chunk.reject(error);
    for (const slot of slots) {
      for (const chunk of slot.inFlight.values()) chunk.reject(error);
      slot.inFlight.clear();
      slot.alive = false;
    }
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  try {
    // All at once: the jieba cache file is written through a per-thread temporary name.
    await Promise.all(Array.from({ length: size }, (_, index) => startWorker(index)));
  } catch (error) {
    await close();
    throw error;
  }

  async function run(jobs: TextJob[], timings?: StageTimings): Promise<TextJobOutcome[]> {
    if (closed) throw new Error('Text-stage pool closed');
    if (jobs.length === 0) return [];
    const chunkSize = Math.min(MAX_CHUNK, Math.max(1, Math.ceil(jobs.length / (size * CHUNKS_IN_FLIGHT * 2))));
    const pending: Promise<{ outcomes: TextJobOutcome[]; times: WorkerStageTimes }>[] = [];
    for (let start = 0; start < jobs.length; start += chunkSize) {
      const chunkJobs = jobs.slice(start, start + chunkSize);
      pending.push(new Promise((resolve, reject) => queue.push({ id: nextChunkId++, jobs: chunkJobs, resolve, reject })));
    }
    if (aliveSlots().length === 0) {
      for (const chunk of queue.splice(0)) chunk.reject(new Error('No text-stage worker left'));
    }
    pump();
    const replies = await Promise.all(pending);
    if (timings) {
      for (const { times } of replies) {
        timings.parse += times.parse;
        timings.extract += times.extract;
        timings.segment += times.segment;
      }
    }
    return replies.flatMap((reply) => reply.outcomes);
  }

  return { run, size, close };
}
