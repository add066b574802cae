import Database from 'better-sqlite3';
const db = new Database('/tmp/b100k.db');
for (const sql of [
 `SELECT ip.practice_name AS practice, i.id AS itemId, i.date AS date, (SELECT ir.region_code FROM item_regions ir WHERE ir.item_id = i.id AND ir.role = 'region') AS regionCode FROM item_practices ip CROSS JOIN items i ON i.id = ip.item_id CROSS JOIN documents d ON d.id = i.document_id ORDER BY ip.practice_name, d.date IS NULL, d.date, d.id, i.ordinal`,
 `SELECT ip.practice_name AS practice, i.id AS itemId, i.date AS date, (SELECT ir.region_code FROM item_regions ir WHERE ir.item_id = i.id AND ir.role = 'region') AS regionCode FROM documents d CROSS JOIN items i ON i.document_id = d.id CROSS JOIN item_practices ip ON ip.item_id = i.id ORDER BY d.date IS NULL, d.date, d.id, i.ordinal`,
]) { const t = performance.now(); const r = db.prepare(sql).all(); console.log(r.length, (performance.now() - t).toFixed(0), 'ms'); }
