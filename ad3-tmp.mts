import Database from 'better-sqlite3';
import { loadTaxonomy } from './ingest/knowledge/taxonomy.ts';
const db = new Database(process.env.DB ?? '/tmp/b100k.db');
db.pragma('cache_size = ' + (process.env.CACHE ?? '-2000'));
const names = loadTaxonomy().map((p) => p.name);
const q = (sub: string) => db.prepare(`SELECT asked.value AS practice, i.id AS itemId, i.date AS date ${sub}
       FROM json_each(?) asked CROSS JOIN item_practices ip ON ip.practice_name = asked.value
       CROSS JOIN items i INDEXED BY items_by_id_dated ON i.id = ip.item_id CROSS JOIN documents d ON d.id = i.document_id
       ORDER BY asked.key, d.date IS NULL, d.date, d.id, i.ordinal`);
const full = q(`, (SELECT ir.region_code FROM item_regions ir WHERE ir.item_id = i.id AND ir.role = 'region') AS regionCode`);
const bare = q('');
const only = db.prepare(`SELECT ip.item_id FROM item_practices ip WHERE ip.practice_name = ?`);
for (const [label, st, arg] of [['only-ip', only, (n: string) => n], ['bare', bare, (n: string) => JSON.stringify([n])], ['full', full, (n: string) => JSON.stringify([n])]] as const) {
  const ts: number[] = [];
  for (const n of names.slice(0, 40)) { const t = performance.now(); (st as any).all(arg(n)); ts.push(performance.now() - t); }
  ts.sort((a, b) => a - b); console.log(label, 'p50', ts[20]!.toFixed(1), 'max', ts[39]!.toFixed(1));
}
