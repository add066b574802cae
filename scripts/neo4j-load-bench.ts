/**
 * Measures the Neo4j adapter: load rate (items/s) for the seed bulletins repeated to at least
 * 2,000 items, the rate of re-writing unchanged documents, search latencies and delete rate.
 *
 *   NEO4J_URI=bolt://127.0.0.1:7687 npx tsx scripts/neo4j-load-bench.ts [--items 2000] [--wipe]
 *
 * Records come from the real text stages (parse, segment, extract) over ../shared/seeds; vectors
 * come from the hashing test double (512-d, normalised), since only the store is measured here.
 * The store must be empty (or pass --wipe); everything written is deleted at the end.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
// The bench measures the adapter itself (with its vector dimension), not the factory's choice.
import { createNeo4jGraphStore } from '../graph/neo4j/store.ts';
import { lockServer, wipeAllNodes } from '../graph/neo4j/testing.ts';
import type { DocumentRecord } from '../graph/model.ts';
import { createHashingEmbedder } from '../ingest/embed/index.ts';
import { loadTaxonomy } from '../ingest/knowledge/taxonomy.ts';
import { extractText, toDocumentRecord } from '../ingest/pipeline.ts';
import { createTextStages } from '../ingest/stages.ts';

const { values } = parseArgs({ options: { items: { type: 'string', default: '2000' }, wipe: { type: 'boolean', default: false } } });
const uri = process.env.NEO4J_URI;
if (uri === undefined || uri === '') {
  console.error('Set NEO4J_URI (start a server with: node scripts/neo4j-dev.mjs start)');
  process.exit(2);
}
const connection = { user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD || undefined, database: process.env.NEO4J_DATABASE };
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

// Test files that wipe the database wait while the bench runs, and the other way round.
const release = await lockServer(uri);
const store = await createNeo4jGraphStore(uri, { ...connection, dimensions: 512 });
try {
  await store.init();
  if (values.wipe) await wipeAllNodes(uri, connection);
  const before = await store.stats();
  if (before.documents > 0 || before.items > 0) throw new Error(`the store at ${store.location} is not empty (${before.documents} documents); pass --wipe to empty it`);
  await store.upsertTaxonomy(loadTaxonomy());

  let started = performance.now();
  for (const doc of docs) await store.writeDocument(doc);
  const load = seconds(started);
  console.log(`load: ${items} items in ${load.toFixed(1)} s = ${(items / load).toFixed(0)} items/s (${(docs.length / load).toFixed(1)} documents/s)`);

  started = performance.now();
  for (const doc of docs) await store.writeDocument(doc);
  const unchanged = seconds(started);
  console.log(`re-write unchanged: ${docs.length} documents in ${unchanged.toFixed(1)} s = ${(docs.length / unchanged).toFixed(0)} documents/s`);

  const stats = await store.stats();
  console.log('stats:', JSON.stringify(stats));

  const sample = docs[0]?.items[0]?.passages[0];
  const tokens = sample?.tokens.slice(0, 6) ?? ['社区'];
  const vector = sample?.embedding ?? new Float32Array(512).fill(1 / Math.sqrt(512));
  const timings: [string, () => Promise<unknown>][] = [
    ['fullText k=10', () => store.fullText(tokens, {}, 10)],
    ['fullText k=10 year filter', () => store.fullText(tokens, { yearFrom: 2100 }, 10)],
    ['nearest k=10', () => store.nearest(vector, {}, 10)],
    ['nearest k=10 section filter', () => store.nearest(vector, { section: docs[0]?.items.at(-1)?.section ?? '市外参考' }, 10)],
    ['findItemIds all', () => store.findItemIds({})],
    ['getItems 50', () => store.getItems(docs.flatMap((doc) => doc.items.map((item) => item.id)).slice(0, 50))],
  ];
  for (const [name, query] of timings) {
    await query();
    const runs = 5;
    started = performance.now();
    for (let run = 0; run < runs; run++) await query();
    console.log(`${name}: ${((seconds(started) / runs) * 1000).toFixed(0)} ms`);
  }

  started = performance.now();
  const check = await store.check();
  console.log(`check: ${check.ok ? 'ok' : check.problems.join('; ')} in ${seconds(started).toFixed(1)} s`);

  started = performance.now();
  for (const doc of docs) await store.deleteDocument(doc.id);
  const deleted = seconds(started);
  console.log(`delete: ${docs.length} documents in ${deleted.toFixed(1)} s = ${(items / deleted).toFixed(0)} items/s`);
} finally {
  await store.close();
  await release();
}
