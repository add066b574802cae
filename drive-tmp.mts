import { ADOPTIONS } from './web/src/queries.ts';
import { loadTaxonomy } from './ingest/knowledge/taxonomy.ts';
const names = loadTaxonomy().map((p) => p.name);
const ts: number[] = [];
for (let i = 0; i < 120; i++) {
  const t = performance.now();
  const r = await fetch('http://127.0.0.1:7801/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: ADOPTIONS, variables: { practice: names[i % names.length] } }) });
  const body = await r.text(); ts.push(performance.now() - t);
  if (i === 0) console.log(body.length, body.slice(0, 100));
}
ts.sort((a, b) => a - b); console.log('p50', ts[60]!.toFixed(1), 'p95', ts[114]!.toFixed(1));
