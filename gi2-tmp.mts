import Database from 'better-sqlite3';
import { loadTaxonomy } from './ingest/knowledge/taxonomy.ts';
const db = new Database('/tmp/b100k.db');
const names = loadTaxonomy().map((p) => p.name);
const inIds = 'IN (SELECT value FROM json_each(?))';
const qs: Record<string, string> = {
  items: `SELECT i.*, o.office_name AS office FROM items i LEFT JOIN item_offices o ON o.item_id = i.id WHERE i.id ${inIds}`,
  regions: `SELECT item_id, region_code, role FROM item_regions WHERE item_id ${inIds} ORDER BY item_id, role, position`,
  practices: `SELECT ip.item_id, p.name, p.category, ip.matched FROM item_practices ip JOIN practices p ON p.name = ip.practice_name WHERE ip.item_id ${inIds} ORDER BY ip.item_id, ip.position`,
  candidates: `SELECT item_id, name, matched FROM item_candidates WHERE item_id ${inIds} ORDER BY item_id, position`,
  outcomes: `SELECT * FROM outcomes WHERE item_id ${inIds} ORDER BY item_id, position`,
  policies: `SELECT item_id, policy_title FROM item_policies WHERE item_id ${inIds} ORDER BY item_id, position`,
  passages: `SELECT item_id, idx, text FROM passages WHERE item_id ${inIds} ORDER BY item_id, idx`,
};
const sum: Record<string, number> = {};
let n = 0;
for (const name of names.slice(40, 70)) {
  // items of the 30 places with most items, roughly as the service picks them
  const rows = db.prepare(`SELECT ip.item_id AS id, (SELECT region_code FROM item_regions WHERE item_id = ip.item_id AND role='region') AS r FROM item_practices ip WHERE practice_name = ?`).all(name) as any[];
  const by = new Map<string, string[]>(); for (const r of rows) { (by.get(r.r) ?? by.set(r.r, []).get(r.r)!).push(r.id); }
  const ids = [...by.values()].sort((a, b) => b.length - a.length).slice(0, 30).flat();
  n += ids.length;
  const j = JSON.stringify(ids);
  for (const [k, sql] of Object.entries(qs)) { const t = performance.now(); db.prepare(sql).all(j); sum[k] = (sum[k] ?? 0) + performance.now() - t; }
}
console.log('avg items', n / 30); for (const [k, v] of Object.entries(sum)) console.log(k, (v / 30).toFixed(2));
