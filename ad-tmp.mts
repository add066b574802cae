import { openGraphStore } from './graph/open.ts';
import { loadTaxonomy } from './ingest/knowledge/taxonomy.ts';
const store = await openGraphStore('/tmp/b100k.db');
const names = loadTaxonomy().map((p) => p.name);
for (let i = 0; i < 20; i++) { const t = performance.now(); const rows = await store.adoptions([names[i]!], {}); console.log(names[i], rows.length, (performance.now() - t).toFixed(1)); }
