import neo4j from 'neo4j-driver';
import * as q from './graph/neo4j/queries.ts';
const d = neo4j.driver('bolt://127.0.0.1:7694');
const s = d.session();
const t = async (label: string, c: { cypher: string; params: any }) => { const a = performance.now(); const r = await s.run(c.cypher, c.params); console.log(label, r.records.length, (performance.now() - a).toFixed(0), 'ms'); return r.records; };
for (let i = 0; i < 2; i++) {
  const ids = (await t('allowed county', q.allowedItemIds({ regionCodes: ['331127'] }, 5001))).map((r) => r.get('id'));
  const pids = (await t('allowed province', q.allowedItemIds({ regionCodes: ['33'] }, 5001))).map((r) => r.get('id'));
  const v = Array.from({ length: 512 }, (_, d) => Math.sin(d) / 16);
  await t('exact county', q.vectorSearchAmong(ids, v, 120));
  await t('exact province', q.vectorSearchAmong(pids, v, 120));
  await t('ft among county', q.fullTextSearchAmong(ids, '组织员 OR 专职', 1200));
}
await s.close(); await d.close();
const d2 = neo4j.driver('bolt://127.0.0.1:7694'); const s2 = d2.session();
const pids2 = (await s2.run(q.allowedItemIds({ regionCodes: ['33'] }, 5001).cypher, q.allowedItemIds({ regionCodes: ['33'] }, 5001).params)).records.map((r) => r.get('id'));
const v2 = Array.from({ length: 512 }, (_, d) => Math.sin(d) / 16);
for (const fetch of [1200, 9600]) for (let i = 0; i < 2; i++) {
  const a = performance.now();
  const r = await s2.run(`CALL db.index.vector.queryNodes('passage_embedding', toInteger($fetch), $vector) YIELD node AS p
OPTIONAL MATCH (i:Item)-[:HAS_PASSAGE]->(p) WHERE i.id IN $itemIds
RETURN i.id AS itemId, p.index AS passageIndex, p.id AS passageId, CASE WHEN i IS NULL THEN null ELSE 2 * vector.similarity.cosine(p.embedding, $vector) - 1 END AS score`, { fetch, vector: v2, itemIds: pids2 });
  console.log('idset vector fetch', fetch, r.records.filter((x) => x.get('itemId') !== null).length, (performance.now() - a).toFixed(0), 'ms');
}
await s2.close(); await d2.close();
