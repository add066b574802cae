import Database from 'better-sqlite3';
const db = new Database(process.env.DB ?? '/tmp/b100k.db');
const sql = `SELECT asked.value AS practice, i.id AS itemId, i.date AS date
       FROM json_each(?) asked CROSS JOIN item_practices ip ON ip.practice_name = asked.value
       CROSS JOIN items i INDEXED BY items_by_id_dated ON i.id = ip.item_id CROSS JOIN documents d ON d.id = i.document_id
       ORDER BY asked.key, d.date IS NULL, d.date, d.id, i.ordinal`;
console.log(db.prepare('EXPLAIN QUERY PLAN ' + sql).all('["x"]').map((r: any) => r.detail).join('\n'));
