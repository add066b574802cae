import { openGraphStore } from './graph/open.ts';
const s = await openGraphStore('/tmp/b100k.db');
let t = performance.now(); const r = await s.relatedPractices('社区大党委'); console.log('first', (performance.now() - t).toFixed(0), r.slice(0, 3));
t = performance.now(); await s.relatedPractices('单元长制'); console.log('second', (performance.now() - t).toFixed(2));
