import Database from 'better-sqlite3';
const db = new Database('/tmp/b100k.db');
const ids = (db.prepare('SELECT id FROM items ORDER BY random() LIMIT 100').pluck().all()) as string[];
const j = JSON.stringify(ids);
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
for (const [k, sql] of Object.entries(qs)) {
  const st = db.prepare(sql); st.all(j);
  const t = performance.now(); for (let r = 0; r < 5; r++) st.all(j); 
  console.log(k, ((performance.now() - t) / 5).toFixed(2), 'ms |', (db.prepare('EXPLAIN QUERY PLAN ' + sql).all(j) as any[]).map((r) => r.detail).join(' ; '));
}
