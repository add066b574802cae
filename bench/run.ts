/**
 * `npm run bench`: how fast practice-atlas is on this machine, written to bench/report.md and
 * bench/report.json.
 *
 *   npm run bench -- [--scales 1000,10000,100000] [--real-until 10000] [--stores sqlite,neo4j]
 *                    [--requests 100] [--clients 8] [--work data/bench] [--out bench] [--seed 20260101]
 *                    [--neo4j-port 7694] [--embed-passages 384] [--embed-rounds 3] [--latency-budget 120]
 *                    [--neo4j-until 100000] [--as-million] [--resume earlier/report.json]
 *
 * Scales up to --real-until are embedded by the real model; larger ones use projected vectors
 * (see projected-embedder.ts). Neo4j runs as a private instance started and stopped here; with
 * --neo4j-until it is loaded and queried only up to that scale (the 1M run: the embedded store
 * alone beyond 100k, since loading Neo4j that far does not fit the run's 90 minutes — bench/notes.md).
 * With --stores neo4j alone, the pipeline ingests straight into Neo4j (no SQLite store to copy
 * from), which is how a 1M Neo4j store fits one session.
 * --as-million keeps the everyday figures in --out's report.json and writes this run as its 1M section.
 * --resume continues a run that was stopped part-way (same --work, --scales and --stores): the scales
 * its report.json holds are kept as measured, the stores in --work are kept, and the next scale's
 * ingest skips the documents already stored (unchanged), so its rate covers the items added now.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, paths } from '../config/env.ts';
import { openGraphStore } from '../graph/open.ts';
import type { GraphStore } from '../graph/store.ts';
import { createCachedEmbedder, createTransformersEmbedder } from '../language/embed/index.ts';
import { loadGazetteer } from '../language/knowledge/gazetteer.ts';
import { loadTaxonomy } from '../language/knowledge/taxonomy.ts';
import { extractText } from '../ingest/pipeline.ts';
import { readSourceText } from '../ingest/read/files.ts';
import { createTextStages } from '../ingest/stages.ts';
import { createTextStagePool } from '../ingest/text-pool.ts';
import { ensureCorpus, sliceScales } from './corpus-scales.ts';
import { measureEmbedding, passagesOf } from './embedding-bench.ts';
import { bulkLoad, ingestFiles, measureExtraction } from './ingest-bench.ts';
import { measureLatency, searchTexts } from './latency.ts';
import { startNeo4j } from './neo4j.ts';
import { createProjectedEmbedder, recordVectors } from './projected-embedder.ts';
import { readResults, writeReport } from './report.ts';
import type { BenchResults, ScaleResult, StoreLatency } from './report.ts';
import { startBenchServer } from './server.ts';
import { round } from './stats.ts';
import { measureVectorScan } from './vector-scan.ts';
import type { VectorScanResult } from './vector-scan.ts';

const { values } = parseArgs({
  options: {
    scales: { type: 'string', default: '1000,10000,100000' },
    'real-until': { type: 'string', default: '10000' },
    stores: { type: 'string', default: 'sqlite,neo4j' },
    requests: { type: 'string', default: '100' },
    clients: { type: 'string', default: '8' },
    work: { type: 'string', default: path.join(paths.projectRoot, 'data', 'bench') },
    out: { type: 'string', default: path.join(paths.projectRoot, 'bench') },
    seed: { type: 'string', default: '20260101' },
    'neo4j-port': { type: 'string', default: '7694' },
    'embed-passages': { type: 'string', default: '384' },
    'embed-rounds': { type: 'string', default: '3' },
    'latency-budget': { type: 'string', default: '120' },
    'neo4j-until': { type: 'string', default: String(Number.MAX_SAFE_INTEGER) },
    'as-million': { type: 'boolean', default: false },
    resume: { type: 'string' },
  },
});
const log = (line: string) => process.stderr.write(`${line}\n`);
/** Rows the f32 side of the vector-scan comparison can hold (~2.5 GiB of its WebAssembly memory with the int8 codes). */
const VECTOR_SCAN_ROWS_MAX = 1_000_000;
const scales = values.scales.split(',').map(Number).filter((scale) => scale > 0).sort((a, b) => a - b);
const realUntil = Number(values['real-until']);
const stores = new Set(values.stores.split(','));
const neo4jUntil = Number(values['neo4j-until']);
const requests = Number(values.requests);
const clients = Number(values.clients);
const config = loadConfig();
const resumed = values.resume === undefined ? undefined : readResults(values.resume);
if (values.resume !== undefined && resumed === undefined) throw new Error(`bench: --resume ${values.resume} not found`);

const corpusItems = scales.at(-1)!;
const files = await ensureCorpus(path.join(values.work, `corpus-${corpusItems}`), corpusItems, Number(values.seed), log);
const slices = sliceScales(files, scales);
const stages = createTextStages();
const started = new Date();

log('1/4 文本阶段 / text stages (parse, extract, segment) without model or store');
const textPool = await createTextStagePool();
const extractionSlice = slices.find((slice) => slice.scale >= 10_000) ?? slices.at(-1)!;
const extraction = await measureExtraction(stages, extractionSlice.files, textPool);
log(`    ${extraction.items} items: ${extraction.itemsPerSecond} items/s in ${extraction.poolSize} workers, ${extraction.singleThreadItemsPerSecond} in one thread`);

const model = await createTransformersEmbedder({ modelDir: config.ATLAS_MODEL_DIR, batchSize: config.ATLAS_EMBED_BATCH });
log('2/4 嵌入 / embedding against raw onnxruntime');
const sampleDocs = await Promise.all(files.slice(0, 60).map(async (file) => extractText(stages, (await readSourceText(file.file)).text, file.file)));
const embedding = await measureEmbedding({ modelDir: config.ATLAS_MODEL_DIR, embedder: model, passages: passagesOf(sampleDocs, Number(values['embed-passages'])), batchSize: config.ATLAS_EMBED_BATCH, rounds: Number(values['embed-rounds']) });
log(`    raw ${embedding.rawPassagesPerSecond}/s, ours ${embedding.embedderPassagesPerSecond}/s, ratio ${embedding.ratio}`);
const recorder = recordVectors(model, 20_000);
// The same sample seeds the projected vectors, so a run with --real-until 0 still has real ones.
await recorder.embed(passagesOf(sampleDocs, Number(values['embed-passages'])));

const sqlitePath = path.join(values.work, 'bench.db');
if (!resumed) for (const suffix of ['', '-wal', '-shm']) rmSync(sqlitePath + suffix, { force: true });
const sqlite = stores.has('sqlite') ? await openGraphStore(sqlitePath) : undefined;
await sqlite?.upsertTaxonomy(loadTaxonomy());
const neo4j = stores.has('neo4j') ? await startNeo4j({ projectRoot: paths.projectRoot, port: Number(values['neo4j-port']), dataDir: path.join(values.work, 'neo4j'), heap: scales.at(-1)! > 20_000 ? '6g' : '1g', keep: resumed !== undefined }) : undefined;
const neo4jStore: GraphStore | undefined = neo4j ? await openGraphStore(neo4j.uri, { password: '' }) : undefined;
/** The store the pipeline grows: SQLite, or Neo4j when it is the only one asked for. */
const primary = sqlite ?? neo4jStore;
if (primary === undefined) throw new Error(`bench: --stores ${values.stores} names neither sqlite nor neo4j`);
const taxonomy = loadTaxonomy();
const places = loadGazetteer().allNames().filter((name) => /[省市县区]$/u.test(name));
const searches = searchTexts(taxonomy, places, (requests * 3 + 10) * scales.length * 2 + 100);
let searchOffset = 0;
const practiceNames = taxonomy.map((practice) => practice.name);

const results: ScaleResult[] = resumed ? resumed.scales.filter((entry) => scales.includes(entry.scale)) : [];
/** What the stores held when this run took over from a stopped one. */
const resumedAt = resumed ? { from: resumed.startedAt, ...(await primary.stats()) } : undefined;
let vectorScan: VectorScanResult | undefined;
try {
  log('3/4 逐级导入与延迟 / growing the stores scale by scale, with latencies');
  if (resumedAt) log(`  resuming the run of ${resumedAt.from}: ${results.map((entry) => entry.scale).join(', ')} kept; the store holds ${resumedAt.items} items in ${resumedAt.documents} documents`);
  let firstIngestSeconds = results.at(-1)?.cumulativeIngestSeconds ?? 0;
  // Each search text is asked once in a run: the kept scales used the first ones.
  searchOffset = results.reduce((sum, entry) => sum + Object.keys(entry.latency).length * (requests * 3 + 10), 0);
  for (const slice of slices) {
    if (results.some((entry) => entry.scale === slice.scale)) continue;
    const real = slice.scale <= realUntil;
    const embedder = createCachedEmbedder(real ? recorder : createProjectedEmbedder(recorder.recorded()), primary);
    log(`  ${slice.scale}: ingest ${slice.added.length} files (${real ? 'model' : 'projected'} vectors) into ${sqlite ? 'SQLite' : 'Neo4j'}`);
    const ingest = await ingestFiles(slice.added, { stages, embedder, store: primary, label: `scale ${slice.scale}`, textPool });
    firstIngestSeconds += ingest.seconds;
    const result: ScaleResult = { scale: slice.scale, items: slice.items, files: slice.files.length, vectors: real ? 'model' : 'projected', ingestStore: sqlite ? 'sqlite' : 'neo4j', ingest, cumulativeIngestSeconds: round(firstIngestSeconds, 2), latency: {} };
    if (slice.scale === 10_000 || (slice === slices.at(-1) && !slices.some((s) => s.scale === 10_000))) {
      log(`  ${slice.scale}: re-ingest unchanged`);
      const again = await ingestFiles(slice.files, { stages, embedder, store: primary, label: 're-ingest', textPool });
      result.reingest = { seconds: again.seconds, ratio: round(again.seconds / firstIngestSeconds, 4), documents: again.documents };
    }
    const withNeo4j = neo4j !== undefined && neo4jStore !== undefined && slice.scale <= neo4jUntil;
    if (withNeo4j && sqlite !== undefined) {
      log(`  ${slice.scale}: Neo4j bulk load`);
      result.neo4jLoad = await bulkLoad(sqlite, neo4jStore, stages);
    }
    result.storeMiB = { sqlite: sqlite ? bytesMiB(sqlitePath, ['', '-wal']) : undefined, neo4j: withNeo4j ? folderMiB(neo4j.dataDir) : undefined };
    if (sqlite) result.latency.sqlite = await latencyOn(sqlitePath, {}, slice.scale);
    if (withNeo4j) result.latency.neo4j = await latencyOn(neo4j.uri, { NEO4J_PASSWORD: '' }, slice.scale);
    results.push(result);
    // Written after every scale, so a run stopped part-way still leaves what it measured.
    writeResults();
  }
  log('    vector scan: f32 against int8 + rescoring');
  // The f32 side holds rows × 2 KiB in one WebAssembly memory (4 GiB at most): a 1M store's 2.5M
  // passages do not fit, so the comparison runs on the first 1M rows and the section says how many.
  vectorScan = await measureVectorScan({ pool: recorder.recorded(), rows: Math.min((await primary.stats()).passages, VECTOR_SCAN_ROWS_MAX) });
  log(`    f32 ${vectorScan.f32.msPerQuery} ms, int8 ${vectorScan.int8.msPerQuery} ms, recall@${vectorScan.k} ${vectorScan.recallAtK}`);
} finally {
  await textPool.close();
  await neo4jStore?.close();
  await neo4j?.stop();
  await sqlite?.close();
  await model.close?.();
}

async function latencyOn(store: string, env: NodeJS.ProcessEnv, scale: number): Promise<StoreLatency> {
  log(`    latency on ${store.startsWith('bolt:') ? 'neo4j' : 'sqlite'}`);
  // Warm-up reads every vector and item fact: ~20 s at 100k on a warm disk cache, so a 1M store needs minutes.
  const startTimeoutMs = Math.max(180_000, scale * 1.5);
  const server = await startBenchServer({ projectRoot: paths.projectRoot, store, env, startTimeoutMs });
  log(`      ready in ${server.readySeconds} s`);
  try {
    const count = requests * 3 + 10;
    const run = await measureLatency({
      url: server.url, searches: searches.slice(searchOffset, searchOffset + count), practices: practiceNames, requests, clients, budgetSeconds: Number(values['latency-budget']),
    });
    searchOffset += count;
    return { ...run, memory: server.memory(), readySeconds: server.readySeconds };
  } finally {
    await server.stop();
  }
}

/** The store's file (and its write-ahead log) on disk. */
function bytesMiB(file: string, suffixes: string[]): number {
  const bytes = suffixes.reduce((sum, suffix) => { try { return sum + statSync(file + suffix).size; } catch { return sum; } }, 0);
  return round(bytes / 2 ** 20, 1);
}

function folderMiB(folder: string): number {
  const bytes = (dir: string): number => readdirSync(dir, { withFileTypes: true })
    .reduce((sum, entry) => sum + (entry.isDirectory() ? bytes(path.join(dir, entry.name)) : statSync(path.join(dir, entry.name)).size), 0);
  return round(bytes(folder) / 2 ** 20, 1);
}

/** This run's report, or with --as-million the everyday report with this run as its 1M section. */
function writeResults(): { markdown: string; json: string } {
  const everyday = values['as-million'] ? readResults(path.join(values.out, 'report.json')) : undefined;
  return writeReport(values.out, everyday === undefined ? resultsSoFar() : { ...everyday, million: resultsSoFar() });
}

function resultsSoFar(): BenchResults {
  return {
    startedAt: started.toISOString(),
    seconds: round((Date.now() - started.getTime()) / 1000, 1),
    resumed: resumedAt,
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', memoryGiB: round(os.totalmem() / 2 ** 30, 1), node: process.version },
    options: { scales, realUntil, stores: [...stores], neo4jUntil: Number.isFinite(neo4jUntil) && neo4jUntil < Number.MAX_SAFE_INTEGER ? neo4jUntil : undefined, requests, clients, seed: Number(values.seed), embedBatch: config.ATLAS_EMBED_BATCH, latencyBudgetSeconds: Number(values['latency-budget']) },
    corpus: { files: files.length, items: files.reduce((sum, file) => sum + file.items, 0) },
    extraction,
    embedding,
    scales: results,
    vectorScan,
  };
}

log('4/4 报告 / report');
const written = writeResults();
log(`written ${written.markdown} and ${written.json}`);
