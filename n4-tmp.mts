import { openGraphStore } from './graph/open.ts';
import { createSqliteGraphStore } from './graph/sqlite/index.ts';
const neo = await openGraphStore('bolt://127.0.0.1:7694', { password: '' });
const lite = await openGraphStore('/tmp/b100k.db');
// a query vector: an existing passage's embedding from SQLite
const [emb] = [...(await lite.getEmbeddings(['x'])).values()];
const ids = await lite.findItemIds({ regionCodes: ['331127'] });
console.log('items in 331127', ids.length);
const items = await lite.getItems(ids.slice(0, 1));
const v = (await lite.nearest(new Float32Array(512).fill(0.044), {}, 1));
const timed = async (label: string, f: () => Promise<unknown[]>) => { const t = performance.now(); const r = await f(); console.log(label, r.length, (performance.now() - t).toFixed(0), 'ms'); };
const q = new Float32Array(512).map((_, d) => Math.sin(d) / 16);
await timed('neo vector unfiltered', () => neo.nearest(q, {}, 120));
await timed('neo vector unfiltered', () => neo.nearest(q, {}, 120));
await timed('neo fulltext unfiltered', () => neo.fullText(['组织员', '专职'], {}, 120));
await timed('neo vector county', () => neo.nearest(q, { regionCodes: ['331127'] }, 120));
await timed('neo fulltext county', () => neo.fullText(['组织员', '专职'], { regionCodes: ['331127'] }, 120));
await timed('neo vector province', () => neo.nearest(q, { regionCodes: ['33'] }, 120));
process.exit(0);
