/**
 * npm run eval — retrieval quality on the evaluation sets of ../shared: the documents are ingested
 * (the same pipeline as `atlas ingest`, real bge-small-zh) into a temporary SQLite store or the one
 * given with --store, the set's queries are run in each mode, and nDCG@10 and Recall@10 are printed
 * (or emitted as JSON with --json).
 *   --set public (default): the seeds and ../shared/eval/public/queries.jsonl;
 *   --set dev: the seeds and the dev reports together (a larger, mixed corpus), the dev queries.
 *
 *   tsx scripts/eval.ts [--set public|dev] [--store <location>] [--json]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createAtlasServices } from '../api/services/index.ts';
import type { AtlasServicesTuning } from '../api/services/index.ts';
import type { SearchMode } from '../api/services/types.ts';
import { loadConfig } from '../config/env.ts';
import { openGraphStore } from '../graph/open.ts';
import type { GraphStore } from '../graph/store.ts';
import { createTransformersEmbedder } from '../language/embed/index.ts';
import { createRegionResolver } from '../language/extract/regions/index.ts';
import { loadTaxonomy } from '../language/knowledge/taxonomy.ts';
import { createIngester } from '../ingest/ingester.ts';
import { createTextStages } from '../ingest/stages.ts';
import type { Embedder } from '../language/types.ts';
import { silentProgress } from '../ingest/progress.ts';

export const sharedDir = path.resolve(import.meta.dirname, '../../shared');
export const CUTOFF = 10;
export const MODES: SearchMode[] = ['bm25', 'vector', 'hybrid'];

export interface Judgement { doc: string; item: number; grade: number }
export interface EvalQuery { q: string; relevant: Judgement[] }
export interface Scores { ndcg: number; recall: number; precision: number }
export interface ModeScores extends Scores { mode: SearchMode }
export interface QueryScores { q: string; scores: Record<SearchMode, Scores> }
/** Queries nothing answers: how many found nothing, per mode, and the hits of those that found some. */
export interface NonsenseReport {
  queries: number;
  zeroHits: Record<SearchMode, number>;
  answered: { q: string; mode: SearchMode; total: number }[];
}
export interface EvalReport { store: string; queries: number; modes: ModeScores[]; perQuery: QueryScores[]; nonsense: NonsenseReport }

export function loadQueries(file = path.join(sharedDir, 'eval/public/queries.jsonl')): EvalQuery[] {
  return readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as EvalQuery);
}

/** Queries nobody's corpus answers (scripts/eval-nonsense.json). */
export function loadNonsenseQueries(file = path.join(import.meta.dirname, 'eval-nonsense.json')): string[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { queries: string[] }).queries;
}

const keyOf = (doc: string, item: number): string => `${doc}#${item}`;

/** nDCG@k with exponential gain (2^grade − 1): grade-2 answers weigh three times grade-1 ones. */
export function ndcgAt(ranked: string[], relevant: Judgement[], k = CUTOFF): number {
  const grades = new Map(relevant.map((judgement) => [keyOf(judgement.doc, judgement.item), judgement.grade]));
  const gain = (grade: number): number => 2 ** grade - 1;
  const dcg = ranked.slice(0, k).reduce((sum, key, index) => sum + gain(grades.get(key) ?? 0) / Math.log2(index + 2), 0);
  const ideal = [...grades.values()].sort((a, b) => b - a).slice(0, k).reduce((sum, grade, index) => sum + gain(grade) / Math.log2(index + 2), 0);
  return ideal === 0 ? 0 : dcg / ideal;
}

/** Share of the relevant items (any grade) found in the top k. */
export function recallAt(ranked: string[], relevant: Judgement[], k = CUTOFF): number {
  if (relevant.length === 0) return 0;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((judgement) => top.has(keyOf(judgement.doc, judgement.item))).length / relevant.length;
}

/**
 * Precision@k: the share of the hits shown (the top k, or fewer when fewer are returned) that are
 * relevant (any grade). A search that returns nothing shows nothing wrong but answers nothing: 0.
 * Dividing by what is returned rather than by k rewards a search for stopping at its evidence.
 */
export function precisionAt(ranked: string[], relevant: Judgement[], k = CUTOFF): number {
  const shown = ranked.slice(0, k);
  if (shown.length === 0) return 0;
  const judged = new Set(relevant.map((judgement) => keyOf(judgement.doc, judgement.item)));
  return shown.filter((key) => judged.has(key)).length / shown.length;
}

export type RetrievalSet = 'public' | 'dev';

/** The folders a set searches over: the dev queries run over the seeds and the dev reports together. */
export function corpusOf(set: RetrievalSet): string[] {
  const seeds = path.join(sharedDir, 'seeds');
  return set === 'public' ? [seeds] : [seeds, path.join(sharedDir, 'eval/dev/docs')];
}

/** Seeds into the store the way `atlas ingest` does it. */
export async function ingestSeeds(store: GraphStore, model: Embedder, folders: string[] = corpusOf('public')): Promise<void> {
  const summary = await createIngester({ store, model }).ingestPaths(folders, { progress: silentProgress });
  if (summary.failed.length > 0) throw new Error(`ingest failed: ${summary.failed.map((failure) => `${failure.file}: ${failure.reason}`).join('; ')}`);
}

/** Runs every query in every mode against an already ingested store. */
export async function evaluateStore(
  store: GraphStore,
  model: Embedder,
  options: { queries?: EvalQuery[]; nonsense?: string[]; tuning?: AtlasServicesTuning } = {},
): Promise<EvalReport> {
  const queries = options.queries ?? loadQueries();
  const nonsense = options.nonsense ?? loadNonsenseQueries();
  const services = createAtlasServices({
    store, embedder: model, segmenter: createTextStages().segmenter, regions: createRegionResolver(), taxonomy: loadTaxonomy(), tuning: options.tuning,
  });
  // Gold names an item by its seed file (without .txt) and 1-based ordinal.
  const docNames = new Map<string, string>();
  const docName = async (documentId: string): Promise<string> => {
    if (!docNames.has(documentId)) {
      const source = (await store.getDocument(documentId))?.source ?? documentId;
      docNames.set(documentId, path.basename(source).replace(/\.txt$/i, ''));
    }
    return docNames.get(documentId)!;
  };
  const perQuery: QueryScores[] = [];
  for (const query of queries) {
    const scores = {} as QueryScores['scores'];
    for (const mode of MODES) {
      const result = await services.search({ query: query.q, mode, first: CUTOFF });
      const ranked = await Promise.all(result.hits.map(async (hit) => keyOf(await docName(hit.item.documentId), hit.item.ordinal)));
      scores[mode] = { ndcg: ndcgAt(ranked, query.relevant), recall: recallAt(ranked, query.relevant), precision: precisionAt(ranked, query.relevant) };
    }
    perQuery.push({ q: query.q, scores });
  }
  const nonsenseReport: NonsenseReport = { queries: nonsense.length, zeroHits: { bm25: 0, vector: 0, hybrid: 0 }, answered: [] };
  for (const q of nonsense) {
    for (const mode of MODES) {
      const { total } = await services.search({ query: q, mode, first: CUTOFF });
      if (total === 0) nonsenseReport.zeroHits[mode] += 1;
      else nonsenseReport.answered.push({ q, mode, total });
    }
  }
  const mean = (mode: SearchMode, metric: keyof Scores): number => perQuery.reduce((sum, entry) => sum + entry.scores[mode][metric], 0) / Math.max(1, perQuery.length);
  return {
    store: store.location,
    queries: perQuery.length,
    modes: MODES.map((mode) => ({ mode, ndcg: mean(mode, 'ndcg'), recall: mean(mode, 'recall'), precision: mean(mode, 'precision') })),
    perQuery,
    nonsense: nonsenseReport,
  };
}

export function formatReport(report: EvalReport): string {
  const { nonsense } = report;
  const lines = [
    `检索评测 / retrieval evaluation — ${report.queries} queries, ${report.store}`,
    `mode      nDCG@${CUTOFF}   Recall@${CUTOFF}   P@${CUTOFF}   nonsense→0`,
    ...report.modes.map((row) =>
      `${row.mode.padEnd(8)}  ${row.ndcg.toFixed(3).padStart(7)}   ${row.recall.toFixed(3).padStart(9)}   ${row.precision.toFixed(3).padStart(5)}   ${`${nonsense.zeroHits[row.mode]}/${nonsense.queries}`.padStart(10)}`),
    `P@${CUTOFF} = relevant hits in the top ${CUTOFF} / hits returned (at most ${CUTOFF}); 0 when nothing is returned.`,
    `nonsense→0 = queries nothing answers (scripts/eval-nonsense.json) that returned zero hits.`,
    ...nonsense.answered.map((entry) => `  answered: ${entry.mode} “${entry.q}” → ${entry.total}`),
  ];
  return lines.join('\n');
}

/** Opens (or creates in a temporary folder) the store, ingests the seeds, evaluates, cleans up. */
export async function runEvaluation(options: { store?: string; tuning?: AtlasServicesTuning; set?: RetrievalSet } = {}): Promise<EvalReport> {
  const set = options.set ?? 'public';
  const config = loadConfig();
  const scratch = options.store === undefined ? mkdtempSync(path.join(tmpdir(), 'atlas-eval-')) : null;
  const model = await createTransformersEmbedder({ modelDir: config.ATLAS_MODEL_DIR, batchSize: config.ATLAS_EMBED_BATCH });
  try {
    const location = options.store ?? path.join(scratch!, 'eval.db');
    const store = await openGraphStore(location, { user: config.NEO4J_USER, password: config.NEO4J_PASSWORD, dimensions: model.dimensions });
    try {
      await ingestSeeds(store, model, corpusOf(set));
      return await evaluateStore(store, model, { tuning: options.tuning, queries: loadQueries(path.join(sharedDir, `eval/${set}/queries.jsonl`)) });
    } finally {
      await store.close();
    }
  } finally {
    await model.close?.();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const set = argument('--set') ?? 'public';
  if (set !== 'public' && set !== 'dev') throw new Error(`未知的评测集：${set}（可选 public、dev）`);
  const report = await runEvaluation({ store: argument('--store'), set });
  process.stdout.write(`${process.argv.includes('--json') ? JSON.stringify(report, null, 2) : formatReport(report)}\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
