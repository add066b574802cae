import { startBenchServer } from './bench/server.ts';
import { measureLatency, searchTexts } from './bench/latency.ts';
import { loadTaxonomy } from './ingest/knowledge/taxonomy.ts';
import { loadGazetteer } from './ingest/knowledge/gazetteer.ts';
const taxonomy = loadTaxonomy();
const places = loadGazetteer().allNames().filter((name) => /[省市县区]$/u.test(name));
const searches = searchTexts(taxonomy, places, 400, Number(process.env.SEED ?? 11));
const server = await startBenchServer({ projectRoot: process.cwd(), store: process.argv[2] ?? '/tmp/b100k.db', env: process.env });
try {
  const run = await measureLatency({ url: server.url, searches, practices: taxonomy.map((p) => p.name), requests: Number(process.env.N ?? 60), clients: 8, budgetSeconds: 20 });
  const f = (s: any) => `p50 ${s.p50} p95 ${s.p95} p99 ${s.p99} n=${s.count ?? s.n} err=${s.errors}`;
  console.log('search 1', f(run.search.oneClient)); console.log('search 8', f(run.search.concurrent));
  console.log('adopt 1', f(run.adoptions.oneClient)); console.log('adopt 8', f(run.adoptions.concurrent));
  console.log('mem', JSON.stringify(server.memory()));
} finally { await server.stop(); }
