import neo4j from 'neo4j-driver';
import * as q from './graph/neo4j/queries.ts';
const d = neo4j.driver('bolt://127.0.0.1:7694');
const s = d.session();
const ids = (await s.run('MATCH (i:Item) WITH i SKIP 5000 LIMIT 96 RETURN i.id AS id')).records.map((r) => r.get('id'));
const alt = q.getItems.replace('MATCH (d:Document)-[:HAS_ITEM]->(i:Item)\nWHERE i.id IN $ids', 'MATCH (i:Item) WHERE i.id IN $ids\nMATCH (d:Document)-[:HAS_ITEM]->(i)');
for (let r = 0; r < 3; r++) for (const [label, c] of [['orig', q.getItems], ['alt', alt]] as const) { const a = performance.now(); const res = await s.run(c, { ids }); console.log(label, res.records.length, (performance.now() - a).toFixed(0)); }
const plan = await s.run('EXPLAIN ' + q.getItems, { ids }); console.log(JSON.stringify(plan.summary.plan, (k, v) => (k === 'arguments' ? undefined : v)).slice(0, 600));
const c2 = q.curatedPractices; const c3 = c2.replace('COUNT { (:Item)-[:DESCRIBES]->(p) }', 'COUNT { (p)<-[:DESCRIBES]-() }');
for (let r = 0; r < 2; r++) for (const [label, c] of [['practices orig', c2], ['practices degree', c3]] as const) { const a = performance.now(); const res = await s.run(c, { category: null }); console.log(label, res.records.length, (performance.now() - a).toFixed(0)); }
await s.close(); await d.close();
