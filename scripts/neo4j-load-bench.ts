/**
 * Measures the Neo4j adapter: bulk-load rate (items/s) through writeDocuments in batches for the
 * seed bulletins repeated to at least --items items, the rate of re-writing unchanged documents,
 * search, adoptions and filter latencies on the loaded store, and the delete rate.
 *
 *   NEO4J_URI=bolt://127.0.0.1:7687 npx tsx scripts/neo4j-load-bench.ts [--items 2000] [--batch 50] [--wipe] [--keep]
 *   npx tsx scripts/neo4j-load-bench.ts --store sqlite [--items 20000]   (the embedded store, in a temporary file)
 *
 * --keep leaves the loaded documents in place (for PROFILE by hand); otherwise they are deleted.
 *
 * Records come from the real text stages (parse, segment, extract) over ../shared/seeds; vectors
 * come from the hashing test double (512-d, normalised), since only the store is measured here.
 * The store must be empty (or pass --wipe).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
// The bench measures the adapter itself (with its vector dimension), not the factory's choice.
import { createNeo4jGraphStore } from '../graph/neo4j/index.ts';
import { lockServer, wipeAllNodes } from '../graph/neo4j/testing.ts';
import type { DocumentRecord } from '../graph/model.ts';
import { createSqliteGraphStore } from '../graph/sqlite/index.ts';
import type { GraphStore } from '../graph/store.ts';
import { createHashingEmbedder } from '../language/embed/index.ts';
import { loadTaxonomy } from '../language/knowledge/taxonomy.ts';
import { extractText, toDocumentRecord } from '../ingest/pipeline.ts';
import { createTextStages } from '../ingest/stages.ts';

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '2000' },
    batch: { type: 'string', default: '50' },
    store: { type: 'string', default: 'neo4j' },
    wipe: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const useSqlite = values.store === 'sqlite';
const uri = process.env.NEO4J_URI ?? '';
if (!useSqlite && uri === '') {
  console.error('Set NEO4J_URI (start a server with: node scripts/neo4j-dev.mjs start), or pass --store sqlite');
  process.exit(2);
}
const connection = { user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD || undefined, database: process.env.NEO4J_DATABASE };
const batchSize = Math.max(1, Number(values.batch));
const wantedItems = Number(values.items);
const seedsDir = path.resolve(import.meta.dirname, '../../shared/seeds');

function seconds(since: number): number {
  return (performance.now() - since) / 1000;
}

/** A copy of a record under new ids, so the same text loads again as another document. */
function copyOf(doc: DocumentRecord, copy: number): DocumentRecord {
  const id = `${doc.id}-copy${copy}`;
  return { ...doc, id, hash: `${doc.hash}-copy${copy}`, items: doc.items.map((item) => ({ ...item, id: `${id}:${item.ordinal}` })) };
}

async function seedRecords(): Promise<DocumentRecord[]> {
  const stages = createTextStages();
  const hashing = createHashingEmbedder(512);
  const embedder = { embedPassages: (passages: { text: string }[]) => hashing.embed(passages.map((passage) => passage.text)) };
  const records: DocumentRecord[] = [];
  for (const file of readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).sort()) {
    const extracted = extractText(stages, readFileSync(path.join(seedsDir, file), 'utf8'), path.join(seedsDir, file));
    records.push(await toDocumentRecord(extracted, stages.segmenter, embedder));
  }
  return records;
}

const seeds = await seedRecords();
const seedItems = seeds.reduce((sum, doc) => sum + doc.items.length, 0);
const copies = Math.ceil(wantedItems / seedItems);
const docs = Array.from({ length: copies }, (_, copy) => seeds.map((doc) => copyOf(doc, copy))).flat();
const items = docs.reduce((sum, doc) => sum + doc.items.length, 0);
const passages = docs.reduce((sum, doc) => sum + doc.items.reduce((n, item) => n + item.passages.length, 0), 0);
console.log(`seeds: ${seeds.length} documents, ${seedItems} items → ${docs.length} documents, ${items} items, ${passages} passages`);

function batches<T>(list: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(list.length / size) }, (_, index) => list.slice(index * size, (index + 1) * size));
}

async function timed(name: string, query: () => Promise<unknown>, runs = 5): Promise<void> {
  await query();
  const started = performance.now();
  for (let run = 0; run < runs; run++) await query();
  console.log(`${name}: ${((seconds(started) / runs) * 1000).toFixed(1)} ms`);
}

async function openStore(): Promise<{ store: GraphStore; dispose(): Promise<void> }> {
  if (useSqlite) {
    const folder = mkdtempSync(path.join(tmpdir(), 'atlas-load-bench-'));
    const store = createSqliteGraphStore(path.join(folder, 'atlas.db'));
    await store.init();
    return { store, dispose: async () => rmSync(folder, { recursive: true, force: true }) };
  }
  // Test files that wipe the database wait while the bench runs, and the other way round.
  const release = await lockServer(uri);
  const store = await createNeo4jGraphStore(uri, { ...connection, dimensions: 512 });
  await store.init();
  if (values.wipe) await wipeAllNodes(uri, connection);
  return { store, dispose: release };
}

const { store, dispose } = await openStore();
try {
  const before = await store.stats();
  if (before.documents > 0 || before.items > 0) throw new Error(`the store at ${store.location} is not empty (${before.documents} documents); pass --wipe to empty it`);
  await store.upsertTaxonomy(loadTaxonomy());

  let started = performance.now();
  for (const batch of batches(docs, batchSize)) await store.writeDocuments(batch);
  const load = seconds(started);
  console.log(
    `load (${store.location}, batches of ${batchSize} documents): ${items} items in ${load.toFixed(1)} s = ` +
      `${(items / load).toFixed(0)} items/s (${(docs.length / load).toFixed(1)} documents/s)`,
  );

  started = performance.now();
  for (const batch of batches(docs, batchSize)) await store.writeDocuments(batch);
  const unchanged = seconds(started);
  console.log(`re-write unchanged: ${docs.length} documents in ${unchanged.toFixed(1)} s = ${(docs.length / unchanged).toFixed(0)} documents/s`);

  const replacements = docs.slice(0, batchSize).map((doc) => ({ ...doc, hash: `${doc.hash}-v2` }));
  started = performance.now();
  await store.writeDocuments(replacements);
  const replaced = seconds(started);
  const replacedItems = replacements.reduce((sum, doc) => sum + doc.items.length, 0);
  console.log(`replace one batch: ${replacements.length} documents (${replacedItems} items) in ${(replaced * 1000).toFixed(0)} ms`);

  const stats = await store.stats();
  console.log('stats:', JSON.stringify(stats));

  const sample = docs[0]?.items[0]?.passages[0];
  const tokens = sample?.tokens.slice(0, 6) ?? ['社区'];
  const vector = sample?.embedding ?? new Float32Array(512).fill(1 / Math.sqrt(512));
  const practiceNames = (await store.practices({ status: 'curated' })).slice(0, 3).map((practice) => practice.name);
  const firstRegion = docs.flatMap((doc) => doc.items).find((item) => item.region !== null)?.region;
  const province = firstRegion?.pathCodes[0] ?? '34';
  const category = (await store.practices({ status: 'curated' }))[0]?.category ?? '基层党建';
  const year = docs.flatMap((doc) => doc.items).find((item) => item.year !== null)?.year ?? 2020;
  const timings: [string, () => Promise<unknown>][] = [
    ['fullText k=10', () => store.fullText(tokens, {}, 10)],
    ['fullText k=10 year filter (none match)', () => store.fullText(tokens, { yearFrom: 2100 }, 10)],
    [`fullText k=10 region filter ${province}`, () => store.fullText(tokens, { regionCodes: [province] }, 10)],
    ['nearest k=10', () => store.nearest(vector, {}, 10)],
    ['nearest k=10 section filter', () => store.nearest(vector, { section: docs[0]?.items.at(-1)?.section ?? '市外参考' }, 10)],
    [`nearest k=10 category filter ${category}`, () => store.nearest(vector, { category }, 10)],
    [`adoptions ${practiceNames.join('/')}`, () => store.adoptions(practiceNames, {})],
    [`adoptions in region ${province}`, () => store.adoptions(practiceNames, { regionCodes: [province] })],
    ['findItemIds all', () => store.findItemIds({})],
    [`findItemIds region ${province}`, () => store.findItemIds({ regionCodes: [province] })],
    [`findItemIds category ${category} year ${year}`, () => store.findItemIds({ category, yearFrom: year, yearTo: year })],
    ['listDocuments first 20, offset 100', () => store.listDocuments({ first: 20, offset: 100 })],
    ['getItems 50', () => store.getItems(docs.flatMap((doc) => doc.items.map((item) => item.id)).slice(0, 50))],
    ['candidatePractices', () => store.candidatePractices()],
    ['stats', () => store.stats()],
  ];
  for (const [name, query] of timings) await timed(name, query);

  started = performance.now();
  const check = await store.check();
  console.log(`check: ${check.ok ? 'ok' : check.problems.join('; ')} in ${seconds(started).toFixed(1)} s`);

  if (!values.keep) {
    const deleting = docs.slice(0, Math.min(docs.length, 200));
    started = performance.now();
    for (const doc of deleting) await store.deleteDocument(doc.id);
    const deleted = seconds(started);
    console.log(`delete: ${deleting.length} documents one by one in ${deleted.toFixed(1)} s = ${(deleting.length / deleted).toFixed(1)} documents/s`);
    if (!useSqlite) await wipeAllNodes(uri, connection);
  }
} finally {
  await store.close();
  await dispose();
}
