/**
 * Time spent per ingest stage, summed over a run: the benchmark reports items/s by stage from it,
 * and a run without a timings object pays nothing.
 */

export const INGEST_STAGES = ['read', 'parse', 'segment', 'extract', 'embed', 'write'] as const;
export type IngestStage = (typeof INGEST_STAGES)[number];

/** Milliseconds per stage. */
export type StageTimings = Record<IngestStage, number>;

export function createStageTimings(): StageTimings {
  return { read: 0, parse: 0, segment: 0, extract: 0, embed: 0, write: 0 };
}

export function timeStage<T>(timings: StageTimings | undefined, stage: IngestStage, work: () => T): T {
  if (timings === undefined) return work();
  const started = performance.now();
  try {
    return work();
  } finally {
    timings[stage] += performance.now() - started;
  }
}

export async function timeStageAsync<T>(timings: StageTimings | undefined, stage: IngestStage, work: () => Promise<T>): Promise<T> {
  if (timings === undefined) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    timings[stage] += performance.now() - started;
  }
}

/** Adds `more` into `into`, stage by stage. */
export function addTimings(into: StageTimings, more: StageTimings): StageTimings {
  for (const stage of INGEST_STAGES) into[stage] += more[stage];
  return into;
}
