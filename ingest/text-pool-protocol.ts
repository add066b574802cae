/** The messages between the text pool and its workers, in a module of their own so neither imports the other. */
import type { SegmentedPassage } from './records.ts';
import type { ExtractedDocument } from '../language/types.ts';

export interface TextJob {
  text: string;
  source: string;
}

/** Exactly what extractText + segmentPassages give for the job in one thread. */
export interface TextResult {
  doc: ExtractedDocument;
  passages: SegmentedPassage[][];
}

export interface TextJobError {
  /** `userMessage` is the catalogued line (Chinese / English) when the error was an AtlasError. */
  error: { message: string; code?: string; userMessage?: string };
}

export type TextJobOutcome = TextResult | TextJobError;

export interface ChunkRequest {
  id: number;
  jobs: TextJob[];
}

/** Milliseconds spent in this worker's stages for one chunk. */
export type WorkerStageTimes = { parse: number; extract: number; segment: number };

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'startup-failed'; message: string }
  | { type: 'done'; id: number; outcomes: TextJobOutcome[]; times: WorkerStageTimes };
