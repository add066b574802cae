import Database from 'better-sqlite3';
const db = new Database('/tmp/b100k.db');
const sql = `SELECT asked.value AS practice, i.id AS itemId, i.date AS date,
         (SELECT ir.region_code FROM item_regions ir WHERE ir.item_id = i.id AND ir.role = 'region') AS regionCode
       FROM json_each(?) asked
       CROSS JOIN item_practices ip ON ip.practice_name = asked.value
       CROSS JOIN items i ON i.id = ip.item_id
       CROSS JOIN documents d ON d.id = i.document_id
       WHERE 1
       ORDER BY asked.key, d.date IS NULL, d.date, d.id, i.ordinal`;
console.log(db.prepare('select sqlite_version() v').get());
const st = db.prepare(sql);
for (let i = 0; i < 3; i++) { const t = performance.now(); const r = st.all('["社区大党委"]'); console.log(r.length, (performance.now() - t).toFixed(1)); }
console.log(db.prepare('EXPLAIN QUERY PLAN ' + sql).all('["社区大党委"]').map((r: any) => r.detail).join('\n'));
