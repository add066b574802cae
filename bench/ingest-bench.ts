/**
 * Ingest measurements: the text stages alone (parse, segment, extract), a store growing scale by
 * scale through the real pipeline (stage times included), an unchanged re-ingest, and the Neo4j
 * bulk load through `atlas migrate`'s code path.
 */
import { reprintMilliseconds } from '../graph/reprints/index.ts';
import type { GraphStore } from '../graph/store.ts';
import type { PassageEmbedder } from '../language/embed/index.ts';
import { loadTaxonomy } from '../language/knowledge/taxonomy.ts';
import { migrateGraph } from '../ingest/migrate.ts';
import { createIngester } from '../ingest/ingester.ts';
import { extractText, segmentPassages } from '../ingest/pipeline.ts';
import type { TextStages } from '../ingest/pipeline.ts';
import { createProgressReporter } from '../ingest/progress.ts';
import { readSourceText } from '../ingest/read/files.ts';
import type { TextStagePool } from '../ingest/text-pool.ts';
import { createStageTimings, INGEST_STAGES } from '../ingest/timings.ts';
import type { IngestStage } from '../ingest/timings.ts';
import type { CorpusFile } from './corpus-scales.ts';
import { rate, round } from './stats.ts';

export interface ExtractionResult {
  items: number;
  /** Wall time with the text-stage pool (the product's path for folders). */
  seconds: number;
  itemsPerSecond: number;
  poolSize: number;
  /** The same work in one thread. */
  singleThreadItemsPerSecond: number;
  /** Items per second of (single-thread) time in each stage. */
  byStage: Partial<Record<IngestStage, number>>;
}

/** parse → extract → segment (passages, as ingest cuts them) over files already read, no model and no store. */
export async function measureExtraction(stages: TextStages, files: readonly CorpusFile[], pool: TextStagePool): Promise<ExtractionResult> {
  const texts = await Promise.all(files.map(async (file) => ({ source: file.file, text: (await readSourceText(file.file)).text })));
  const timings = createStageTimings();
  let items = 0;
  const singleStarted = performance.now();
  for (const { source, text } of texts) {
    const doc = extractText(stages, text, source, timings);
    segmentPassages(doc, stages.segmenter, timings);
    items += doc.items.length;
  }
  const singleSeconds = (performance.now() - singleStarted) / 1000;
  const started = performance.now();
  const outcomes = await pool.run(texts);
  const seconds = (performance.now() - started) / 1000;
  const pooledItems = outcomes.reduce((sum, outcome) => sum + ('error' in outcome ? 0 : outcome.doc.items.length), 0);
  return {
    items,
    seconds: round(seconds, 2),
    itemsPerSecond: rate(pooledItems, seconds),
    poolSize: pool.size,
    singleThreadItemsPerSecond: rate(items, singleSeconds),
    byStage: { parse: rate(items, timings.parse / 1000), segment: rate(items, timings.segment / 1000), extract: rate(items, timings.extract / 1000) },
  };
}

export interface IngestRun {
  files: number;
  items: number;
  /** Items written by this run, where documents already stored were passed over (a resumed run). */
  itemsWritten?: number;
  seconds: number;
  itemsPerSecond: number;
  /** Items per second of time spent in each stage. */
  byStage: Record<IngestStage, number>;
  /** Share of the run's time spent in each stage. */
  shareByStage: Record<IngestStage, number>;
  documents: Record<string, number>;
  failed: number;
  /**
   * Reprint detection inside the store writes (sketching, reading a place's stored copies, grouping,
   * report ids): its seconds, its share of the run, and its share of the run without the embed stage.
   */
  reprints: { seconds: number; share: number; shareWithoutEmbeddings: number };
}

export async function ingestFiles(
  files: readonly CorpusFile[],
  options: { stages: TextStages; embedder: PassageEmbedder; store: GraphStore; label: string; textPool: TextStagePool },
): Promise<IngestRun> {
  const timings = createStageTimings();
  const reprintsBefore = reprintMilliseconds();
  const ingester = createIngester({ store: options.store, stages: options.stages, embedder: options.embedder });
  const summary = await ingester.ingestPaths(files.map((file) => file.file), {
    timings, textPool: options.textPool,
    progress: (total) => createProgressReporter({ totalDocuments: total, isTTY: false, intervalMs: 15_000 }),
  });
  if (summary.failed.length > 0) console.error(`bench: ${options.label}: ${summary.failed.length} files failed, first: ${JSON.stringify(summary.failed[0])}`);
  const items = files.reduce((sum, file) => sum + file.items, 0);
  const reprintSeconds = (reprintMilliseconds() - reprintsBefore) / 1000;
  const withoutEmbeddings = Math.max(summary.seconds - timings.embed / 1000, 1e-9);
  const reprints = {
    seconds: round(reprintSeconds, 3),
    share: round(reprintSeconds / Math.max(summary.seconds, 1e-9), 4),
    shareWithoutEmbeddings: round(reprintSeconds / withoutEmbeddings, 4),
  };
  const byStage = {} as Record<IngestStage, number>;
  const shareByStage = {} as Record<IngestStage, number>;
  const total = INGEST_STAGES.reduce((sum, stage) => sum + timings[stage], 0);
  for (const stage of INGEST_STAGES) {
    byStage[stage] = rate(summary.items, timings[stage] / 1000);
    shareByStage[stage] = round(timings[stage] / Math.max(total, 1e-9), 3);
  }
  return {
    files: files.length, items, ...(summary.documents.unchanged > 0 ? { itemsWritten: summary.items } : {}), seconds: round(summary.seconds, 2), itemsPerSecond: rate(summary.items, summary.seconds),
    byStage, shareByStage, documents: summary.documents, failed: summary.failed.length, reprints,
  };
}

export interface BulkLoadRun {
  items: number;
  passages: number;
  seconds: number;
  itemsPerSecond: number;
}

/** Copies what the target lacks from `from` to `to`, in page-sized transactions. */
export async function bulkLoad(from: GraphStore, to: GraphStore, stages: TextStages): Promise<BulkLoadRun> {
  const started = performance.now();
  const summary = await migrateGraph({
    from, to, taxonomy: loadTaxonomy(), segmenter: stages.segmenter, pageSize: 50,
    progress: (total) => createProgressReporter({ totalDocuments: total, isTTY: false, intervalMs: 15_000 }),
  });
  const seconds = (performance.now() - started) / 1000;
  return { items: summary.items, passages: summary.passages, seconds: round(seconds, 2), itemsPerSecond: rate(summary.items, seconds) };
}
