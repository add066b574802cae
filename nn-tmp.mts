import Database from 'better-sqlite3';
import { createSqliteContext } from './graph/sqlite/context.ts';
import { nearest } from './graph/sqlite/search.ts';
import { decodeVector } from './graph/sqlite/vectors.ts';
import { loadDotKernel } from './graph/vectors/dot-kernel.ts';
await loadDotKernel();
const db = new Database('/tmp/b100k.db', { readonly: true });
const ctx = createSqliteContext(db, 'x');
let t = performance.now(); ctx.packedVectors(512); console.log('pack ms', (performance.now() - t).toFixed(0), 'rss MiB', (process.memoryUsage().rss / 2 ** 20).toFixed(0));
// exact reference: all f32
const all = db.prepare('SELECT id, item_id, idx, embedding FROM passages ORDER BY id').all() as any[];
const vecs = all.map((r) => decodeVector(r.embedding));
const qs = [3, 1000, 50000, 120000, 200000, 250000].map((i) => { const v = Float32Array.from(vecs[i]!, (x, d) => x + Math.sin(d * i) * 0.02); let n = Math.hypot(...v); return v.map((x) => x / n); });
let agree = 0, total = 0;
for (const q of qs) {
  const exact = vecs.map((v, i) => { let s = 0; for (let d = 0; d < 512; d++) s += v[d]! * q[d]!; return { i, s }; }).sort((a, b) => b.s - a.s || a.i - b.i).slice(0, 120);
  const times = [];
  let got;
  for (let r = 0; r < 5; r++) { t = performance.now(); got = nearest(ctx, q, {}, 120); times.push(performance.now() - t); }
  const key = (x: any) => x.itemId + '#' + x.passageIndex;
  const want = new Set(exact.map((e) => all[e.i].item_id + '#' + all[e.i].idx));
  agree += got!.filter((g) => want.has(key(g))).length; total += 120;
  console.log('nearest ms', times.map((x) => x.toFixed(1)).join(' '));
}
console.log('recall', agree / total);
const packed = ctx.packedVectors(512);
const { quantizeQuery } = await import('./graph/vectors/quantize.ts');
const { topKByCodes } = await import('./graph/sqlite/vectors.ts');
for (let r = 0; r < 3; r++) {
  let a = performance.now(); packed.matrix!.scores(quantizeQuery(qs[0]!)); const scan = performance.now() - a;
  a = performance.now(); const c = topKByCodes(packed, qs[0]!, 304); const topk = performance.now() - a;
  a = performance.now(); db.prepare('SELECT id, embedding FROM passages WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(c.map((x) => packed.passageIds[x.row]))); const read = performance.now() - a;
  console.log('scan', scan.toFixed(1), 'topk(incl scan)', topk.toFixed(1), 'read', read.toFixed(1));
}
