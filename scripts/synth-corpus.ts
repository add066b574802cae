/**
 * Writes a seeded synthetic corpus of bulletins for benchmarks (see bench/corpus/):
 *
 *   npx tsx scripts/synth-corpus.ts --items 10000 --out data/bench/corpus-10k [--seed N]
 *
 * Prints progress (items/s) while writing and a summary at the end. Same seed and size → the same
 * files, byte for byte.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_SEED } from '../bench/corpus/generate.ts';
import { TRUTH_FILE, writeCorpus } from '../bench/corpus/write.ts';

const USAGE = 'usage: npx tsx scripts/synth-corpus.ts --items <count> --out <folder> [--seed <number>]';

const { values } = parseArgs({
  options: {
    items: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const items = Number(values.items);
const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
if (!Number.isInteger(items) || items < 1 || !values.out || !Number.isInteger(seed)) {
  console.error(USAGE);
  process.exit(2);
}
const out = values.out;

const started = performance.now();
let lastReport = started;
const rate = (count: number): string => `${Math.round(count / Math.max(0.001, (performance.now() - started) / 1000))} items/s`;

const summary = await writeCorpus(out, { items, seed }, {
  onDocument(_document, sofar) {
    const now = performance.now();
    if (now - lastReport < 1000) return;
    lastReport = now;
    const percent = ((sofar.items / items) * 100).toFixed(0);
    process.stderr.write(`  ${sofar.items}/${items} items (${percent}%), ${sofar.files} files, ${rate(sofar.items)}\n`);
  },
});

const seconds = (performance.now() - started) / 1000;
console.log(
  `wrote ${summary.items} items in ${summary.files} files (${(summary.bytes / 1048576).toFixed(1)} MiB) to ${out} ` +
    `in ${seconds.toFixed(1)} s (${rate(summary.items)}), seed ${seed}; truth in ${out}/${TRUTH_FILE}`,
);
