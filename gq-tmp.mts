import { openGraphStore } from './graph/open.ts';
import { createApiRuntime } from './api/runtime.ts';
import { loadSchema } from './api/schema.ts';
import { createLoaders } from './api/loaders.ts';
import { createTransformersEmbedder } from './ingest/embed/index.ts';
import { loadTaxonomy } from './ingest/knowledge/taxonomy.ts';
import { ADOPTIONS } from './web/src/queries.ts';
import { execute, parse } from 'graphql';
const store = await openGraphStore('/tmp/b100k.db');
const model = await createTransformersEmbedder({ modelDir: './models/bge-small-zh-v1.5', batchSize: 16 });
const rt = createApiRuntime({ store, model });
const schema = loadSchema();
const doc = parse(ADOPTIONS);
const names = loadTaxonomy().map((p) => p.name);
const run = (i: number) => execute({ schema, document: doc, variableValues: { practice: names[i % names.length] }, contextValue: { services: rt.services, loaders: createLoaders(rt.services), admin: {}, isAdmin: false } });
for (let i = 0; i < 3; i++) await run(i);
const ts: number[] = []; const js: number[] = [];
for (let i = 3; i < 83; i++) { const t = performance.now(); const r = await run(i); const m = performance.now(); JSON.stringify(r); js.push(performance.now() - m); ts.push(m - t); if (r.errors) console.log(r.errors[0]); }
ts.sort((a, b) => a - b); js.sort((a, b) => a - b);
console.log('execute p50', ts[40]!.toFixed(1), 'p95', ts[76]!.toFixed(1), 'json p50', js[40]!.toFixed(1));
if (process.env.SVC) for (let k = 0; k < 2; k++) { const t2: number[] = [];
for (let i = 3; i < 83; i++) { const t = performance.now(); await rt.services.adoptions(names[i % names.length]!, undefined, 30); t2.push(performance.now() - t); }
t2.sort((a, b) => a - b); console.log('service p50', t2[40]!.toFixed(1), 'p95', t2[76]!.toFixed(1)); }
process.exit(0);
