/**
 * `npx tsx bench/embed/compare.ts [passages=300] [rounds=3] [batch sizes=8,16,32,64]`
 * Raw onnxruntime against our embedder, interleaved round by round (the machine is shared), for
 * each batch size; then the tokenizer's share and a lone query's latency. Prints medians.
 */
import { loadConfig } from '../../config/env.ts';
import { createTransformersEmbedder } from '../../language/embed/transformers-embedder.ts';
import { bulletinPassages } from './bulletin-passages.ts';
import { median } from '../stats.ts';
import { measureEmbedderThroughput, measureQueryLatencies, measureRawThroughput, measureTokenization, releaseRawSessions } from './raw-onnx.ts';

const [count = '300', rounds = '3', sizes = '8,16,32,64'] = process.argv.slice(2);
const modelDir = loadConfig().ATLAS_MODEL_DIR;
const passages = bulletinPassages(Number(count));

for (const batchSize of sizes.split(',').map(Number)) {
  const embedder = await createTransformersEmbedder({ modelDir, batchSize });
  await measureEmbedderThroughput(embedder, passages.slice(0, batchSize));
  const raw: number[] = [];
  const ours: number[] = [];
  for (let round = 0; round < Number(rounds); round += 1) {
    raw.push((await measureRawThroughput({ modelDir, passages, batchSize })).passagesPerSecond);
    ours.push((await measureEmbedderThroughput(embedder, passages)).passagesPerSecond);
  }
  const line = `batch ${batchSize}: raw ${median(raw).toFixed(1)} p/s, ours ${median(ours).toFixed(1)} p/s, ratio ${(median(ours) / median(raw)).toFixed(3)}`;
  console.log(`${line}  (raw ${raw.map((value) => value.toFixed(1)).join(' ')}; ours ${ours.map((value) => value.toFixed(1)).join(' ')})`);
  if (batchSize === Number(sizes.split(',')[0])) {
    const queries = ['楼道里的党员带头人', '软弱涣散党组织怎么整顿', '村集体经济收入增长的做法', '社区大党委共建共治'];
    console.log(`tokenizer alone: ${(await measureTokenization(modelDir, passages)).toFixed(3)} s for ${passages.length} passages`);
    console.log(`lone query p50: ${median(await measureQueryLatencies(embedder, queries, 30)).toFixed(1)} ms`);
  }
  await embedder.close?.();
}
await releaseRawSessions();
