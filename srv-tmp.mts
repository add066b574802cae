import { openGraphStore } from './graph/open.ts';
import { createApiRuntime } from './api/runtime.ts';
import { createServer } from './api/server.ts';
import { createTransformersEmbedder } from './ingest/embed/index.ts';
import { loadTaxonomy } from './ingest/knowledge/taxonomy.ts';
import { ADOPTIONS } from './web/src/queries.ts';
import pino from 'pino';
const raw = await openGraphStore('/tmp/b100k.db');
const times = new Map<string, number>(); const counts = new Map<string, number>();
const store = new Proxy(raw, { get(t, p) { const v = (t as any)[p]; if (typeof v !== 'function') return v; return async (...a: any[]) => { const s = performance.now(); try { return await v.apply(t, a); } finally { const k = String(p); times.set(k, (times.get(k) ?? 0) + performance.now() - s); counts.set(k, (counts.get(k) ?? 0) + 1); } }; } });
const model = await createTransformersEmbedder({ modelDir: './models/bge-small-zh-v1.5', batchSize: 16 });
const rt = createApiRuntime({ store: store as any, model });
const app = createServer({ services: rt.services, adminToken: '', logger: pino({ level: 'silent' }) as any, production: true });
const server = app.listen(7811);
const names = loadTaxonomy().map((p) => p.name);
const post = (i: number) => fetch('http://127.0.0.1:7811/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: ADOPTIONS, variables: { practice: names[i % names.length] } }) }).then((r) => r.text());
for (let i = 0; i < 3; i++) await post(i);
times.clear(); counts.clear();
const ts: number[] = []; let svc = 0;
for (let i = 3; i < 83; i++) { const t = performance.now(); await post(i); ts.push(performance.now() - t); }
ts.sort((a, b) => a - b); console.log('http p50', ts[40]!.toFixed(1), 'p95', ts[76]!.toFixed(1));
for (const [k, v] of times) console.log(k, counts.get(k), 'avg', (v / 80).toFixed(2), 'ms/request');
const t2: number[] = [];
for (let i = 3; i < 83; i++) { const t = performance.now(); await rt.services.adoptions(names[i % names.length]!, undefined, 30); t2.push(performance.now() - t); }
t2.sort((a, b) => a - b); console.log('service p50', t2[40]!.toFixed(1), 'p95', t2[76]!.toFixed(1));
server.close(); process.exit(0);
