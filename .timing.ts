import { createNeo4jGraphStore } from './graph/neo4j/store.ts';
import { wipeAllNodes } from './graph/neo4j/testing.ts';
import { loadCorpus } from './tests/contract/corpus.ts';
const uri = 'bolt://127.0.0.1:7688';
for (let round = 0; round < 3; round++) {
  let t = performance.now();
  const lap = (label: string) => { const now = performance.now(); console.log(round, label, Math.round(now - t), 'ms'); t = now; };
  const store = await createNeo4jGraphStore(uri, {}); lap('connect');
  await store.init(); lap('init');
  await wipeAllNodes(uri); lap('wipe');
  await loadCorpus(store); lap('loadCorpus');
  await store.stats(); lap('stats');
  await store.check(); lap('check');
  await store.fullText(['社区'], {}, 10); lap('fullText');
  await store.close(); lap('close');
}
