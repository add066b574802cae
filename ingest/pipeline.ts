/**
 * Runs the stages: read → parse → segment → extract → embed → write over files, with progress and
 * a per-file account of what was skipped and why. A file that fails is reported and the run goes
 * on; nothing already stored is touched by a failing file.
 *
 * Resuming: a file whose text is already stored under its name is recognised by its hash right
 * after reading and skipped as unchanged, before any parsing or embedding, so a run that was
 * interrupted (or an unchanged folder ingested again) costs little more than reading the files.
 * Documents are written in batches, each batch atomic: an interruption loses at most one batch.
 */
import path from 'node:path';
import { createError, isAtlasError, wrapError } from '../errors/catalogue.ts';
import type { DocumentRecord } from '../graph/model.ts';
import type { GraphStore, WriteResult, WriteStatus } from '../graph/store.ts';
import type { PassageEmbedder } from '../language/embed/index.ts';
import { createProgressReporter } from './progress.ts';
import type { ProgressReporter } from './progress.ts';
import { listInputFiles, readSourceText } from './read/files.ts';
import { contentHash, embedDocuments, extractText, segmentPassages } from './records.ts';
import { claim, isStoredUnchanged, legacyCopyOf, listStoredDocuments } from './stored-documents.ts';
import type { SegmentedDocument, TextStages } from './records.ts';
import type { TextStagePool } from './text-pool.ts';
import { timeStageAsync } from './timings.ts';
import type { StageTimings } from './timings.ts';

export { documentIdFor } from './document-ids.ts';
export { contentHash, embedDocuments, extractText, segmentPassages, toDocumentRecord, toDocumentRecords } from './records.ts';
export type { SegmentedDocument, SegmentedPassage, TextStages } from './records.ts';

export interface IngestSummary {
  documents: Record<WriteStatus, number>;
  /** Items of the documents written (created or replaced); unchanged documents are not re-read. */
  items: number;
  regions: number;
  practices: number;
  outcomes: number;
  skipped: { file: string; reason: string }[];
  failed: { file: string; reason: string }[];
  seconds: number;
}

export interface IngestOptions {
  stages: TextStages;
  embedder: PassageEmbedder;
  store: GraphStore;
  progress?: (totalDocuments: number) => ProgressReporter;
  /** Items gathered before they are embedded and written together (one transaction). Default 64. */
  batchItems?: number;
  /** Filled with the time spent in each stage, when given. */
  timings?: StageTimings;
  /** Worker threads for parse → extract → segment; without one the stages run in this thread. */
  textPool?: TextStagePool;
}

interface Pending {
  file: string;
  segmented: SegmentedDocument;
}

const DEFAULT_BATCH_ITEMS = 64;
/** Files read (and handed to the text stages) together. */
const GROUP_FILES = 16;

export async function ingestPaths(inputs: string[], options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const { files, skipped } = await listInputFiles(inputs);
  const progress = (options.progress ?? ((total) => createProgressReporter({ totalDocuments: total })))(files.length);
  const summary: IngestSummary = {
    documents: { created: 0, replaced: 0, unchanged: 0 },
    items: 0, regions: 0, practices: 0, outcomes: 0, skipped, failed: [], seconds: 0,
  };
  const regions = new Set<string>();
  const practices = new Set<string>();
  const stored = await listStoredDocuments(options.store);
  /** Old working-folder ids of files now stored under their own: deleted after the last write. */
  const retired = new Set<string>();
  const batchItems = Math.max(1, options.batchItems ?? DEFAULT_BATCH_ITEMS);
  let pending: Pending[] = [];
  let pendingItems = 0;

  const fail = (file: string, error: unknown) => {
    summary.failed.push({ file, reason: reasonOf(error) });
    progress.advance(0, path.basename(file));
  };
  const written = (record: DocumentRecord, result: WriteResult, file: string) => {
    summary.documents[result.status]++;
    const legacy = legacyCopyOf(stored, record.source, record.hash);
    if (legacy !== null) retired.add(legacy);
    summary.items += record.items.length;
    for (const item of record.items) {
      if (item.region) regions.add(item.region.code);
      for (const practice of item.practices) practices.add(practice.name);
      summary.outcomes += item.outcomes.length;
    }
    progress.advance(record.items.length, path.basename(file));
  };
  /** Writes what is pending in batches of about batchItems items, one transaction each. */
  const flush = async () => {
    const waiting = pending;
    pending = [];
    pendingItems = 0;
    while (waiting.length > 0) {
      let items = 0;
      let take = 0;
      while (take < waiting.length && items < batchItems) items += waiting[take++]!.segmented.doc.items.length;
      await writeBatch(waiting.splice(0, take), options, written, (entry, error) => {
        stored.byHash.delete(entry.segmented.doc.hash);
        fail(entry.file, error);
      });
    }
  };

  for (let start = 0; start < files.length; start += GROUP_FILES) {
    // read, and skip what is stored already, before any parsing.
    const jobs: TextFile[] = [];
    for (const file of files.slice(start, start + GROUP_FILES)) {
      try {
        const source = await timeStageAsync(options.timings, 'read', () => readSourceText(file));
        const hash = contentHash(source.text);
        const legacy = legacyCopyOf(stored, source.source, hash);
        if (isStoredUnchanged(stored, hash, source.source, file)) {
          if (legacy !== null) retired.add(legacy);
          summary.documents.unchanged++;
          progress.skip(path.basename(file));
          continue;
        }
        // Claimed now, so a copy later in this group is a duplicate; released if the file fails.
        claim(stored, hash, source.source);
        jobs.push({ file, hash, text: source.text, source: source.source });
      } catch (error) {
        fail(file, error);
      }
    }
    const outcomes = await segmentFiles(jobs, options);
    outcomes.forEach((outcome, index) => {
      const job = jobs[index]!;
      const failure = 'error' in outcome ? outcome.error : outcome.doc.items.length === 0 ? createError('INPUT_NO_ITEMS', job.file) : undefined;
      if (failure !== undefined || 'error' in outcome) {
        stored.byHash.delete(job.hash);
        fail(job.file, failure);
        return;
      }
      pending.push({ file: job.file, segmented: outcome });
      pendingItems += outcome.doc.items.length;
    });
    if (pendingItems >= batchItems) await flush();
  }
  await flush();
  for (const id of retired) await options.store.deleteDocument(id);
  progress.done();
  summary.regions = regions.size;
  summary.practices = practices.size;
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

interface TextFile {
  file: string;
  hash: string;
  text: string;
  source: string;
}

/** parse → extract → segment for a group of files: in the text pool when there is one, else here. */
async function segmentFiles(jobs: TextFile[], options: IngestOptions): Promise<({ error: unknown } | SegmentedDocument)[]> {
  if (jobs.length === 0) return [];
  if (options.textPool) {
    const outcomes = await options.textPool.run(jobs.map(({ text, source }) => ({ text, source })), options.timings);
    return outcomes.map((outcome) => ('error' in outcome ? { error: new PoolError(outcome.error) } : outcome));
  }
  return jobs.map((job) => {
    try {
      const doc = extractText(options.stages, job.text, job.source, options.timings);
      return { doc, passages: segmentPassages(doc, options.stages.segmenter, options.timings) };
    } catch (error) {
      return { error };
    }
  });
}

/** A failure reported by a text-pool worker, with the catalogued line it had there. */
class PoolError extends Error {
  constructor(readonly described: { message: string; userMessage?: string }) {
    super(described.message);
  }
}

/** The line a user reads for a failed file; anything uncatalogued is reported as internal. */
function reasonOf(error: unknown): string {
  if (isAtlasError(error)) return error.userMessage;
  if (error instanceof PoolError && error.described.userMessage !== undefined) return error.described.userMessage;
  return wrapError('INTERNAL', error).userMessage + ` (${error instanceof Error ? error.message : String(error)})`;
}

/**
 * Embeds and writes one batch in a single store transaction; when that fails, each document is
 * tried alone so the failure is pinned on its file and the others still land.
 */
async function writeBatch(
  batch: Pending[],
  options: IngestOptions,
  written: (record: DocumentRecord, result: WriteResult, file: string) => void,
  failed: (entry: Pending, error: unknown) => void,
): Promise<void> {
  const { embedder, store, timings } = options;
  try {
    const records = await embedDocuments(batch.map((entry) => entry.segmented), embedder, timings);
    const results = await timeStageAsync(timings, 'write', () => store.writeDocuments(records));
    records.forEach((record, index) => written(record, results[index]!, batch[index]!.file));
    return;
  } catch (error) {
    if (batch.length === 1) {
      failed(batch[0]!, error);
      return;
    }
  }
  for (const entry of batch) {
    try {
      const [record] = await embedDocuments([entry.segmented], embedder, timings);
      const result = await timeStageAsync(timings, 'write', () => store.writeDocument(record!));
      written(record!, result, entry.file);
    } catch (error) {
      failed(entry, error);
    }
  }
}
