import Database from 'better-sqlite3';
import { loadTaxonomy } from './ingest/knowledge/taxonomy.ts';
const db = new Database('/tmp/b100k.db');
const names = loadTaxonomy().map((p) => p.name);
const variants: Record<string, string> = {
  withDate: `SELECT i.id, i.date, d.date FROM item_practices ip CROSS JOIN items i ON i.id = ip.item_id CROSS JOIN documents d ON d.id = i.document_id WHERE ip.practice_name = ?`,
  noItemDate: `SELECT i.id, d.date FROM item_practices ip CROSS JOIN items i ON i.id = ip.item_id CROSS JOIN documents d ON d.id = i.document_id WHERE ip.practice_name = ?`,
  itemsOnly: `SELECT i.id, i.document_id FROM item_practices ip CROSS JOIN items i ON i.id = ip.item_id WHERE ip.practice_name = ?`,
  region: `SELECT ip.item_id, (SELECT ir.region_code FROM item_regions ir WHERE ir.item_id = ip.item_id AND ir.role = 'region') FROM item_practices ip WHERE ip.practice_name = ?`,
};
let off = 0;
for (const [k, sql] of Object.entries(variants)) {
  const st = db.prepare(sql); const ts: number[] = [];
  for (const n of names.slice(off, off + 25)) { const t = performance.now(); st.all(n); ts.push(performance.now() - t); }
  off += 25; ts.sort((a, b) => a - b); console.log(k, 'p50', ts[12]!.toFixed(1));
}
