/**
 * Where a search's time goes: `atlas serve`'s wiring in this process (store warmed, practice
 * descriptions prepared), the bench's search texts sent one at a time as the web UI's GraphQL
 * document over HTTP, and every store call and model call timed inside each request. Prints the
 * latency percentiles and, for the slowest tenth, the mean milliseconds of each stage.
 *
 *   npx tsx bench/search-profile.ts --store data/bench/bench.db [--count 310] [--offset 0] [--warmup 5] [--cpu]
 *                                   [--query search|adoptions]
 *
 * `--query adoptions` asks the practice page's 推广情况 question instead, for the taxonomy's
 * practices in order (as the bench does), from `offset` on.
 *
 * The texts are bench/latency.ts's searchTexts with the bench's seed, from `offset` on: a
 * `--scales 10000 --stores sqlite` run measures texts 5–105 (after 5 warm-up ones).
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { createApiRuntime } from '../api/runtime.ts';
import { createServer } from '../api/server.ts';
import { loadConfig } from '../config/env.ts';
import { openGraphStore } from '../graph/open.ts';
import type { GraphStore, ItemReadOptions } from '../graph/store.ts';
import { createTransformersEmbedder } from '../language/embed/index.ts';
import { loadGazetteer } from '../language/knowledge/gazetteer.ts';
import { loadTaxonomy } from '../language/knowledge/taxonomy.ts';
import type { Embedder } from '../language/types.ts';
import { ADOPTIONS, SEARCH } from '../web/src/queries.ts';
import { searchTexts } from './latency.ts';
import { percentile } from './stats.ts';

const { values } = parseArgs({
  options: {
    store: { type: 'string' },
    count: { type: 'string', default: '310' },
    offset: { type: 'string', default: '0' },
    warmup: { type: 'string', default: '5' },
    requests: { type: 'string', default: '100' },
    cpu: { type: 'boolean', default: false },
    sql: { type: 'boolean', default: false },
    query: { type: 'string', default: 'search' },
  },
});
if (values.query !== 'search' && values.query !== 'adoptions') throw new Error('--query is search or adoptions');
if (values.store === undefined) throw new Error('--store is required');

/**
 * Milliseconds per stage within the current request: wall clock, or with `--cpu` the main thread's
 * CPU time (/proc/thread-self/schedstat), which other processes on a shared machine disturb far
 * less. The store's calls are synchronous and the model runs on the main thread too (with
 * onnxruntime's helper threads, not counted), so the stages are what this thread spent on them.
 */
let stages = new Map<string, number>();
const useCpu = values.cpu === true;
const clock = (): number => (useCpu ? Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6 : performance.now());
function timed<T>(stage: string, work: () => Promise<T>): Promise<T> {
  const started = clock();
  const add = () => stages.set(stage, (stages.get(stage) ?? 0) + clock() - started);
  return work().finally(add);
}

function timedStore(store: GraphStore): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      return (...args: unknown[]) => {
        const options = property === 'getItems' ? (args[1] as ItemReadOptions | undefined) : undefined;
        const label = property === 'getItems' ? `getItems(${options?.lean === true ? 'lean' : options?.withoutText === true ? 'withoutText' : 'full'})` : property;
        return timed(`store.${label}`, () => (value as (...a: unknown[]) => Promise<unknown>).apply(target, args));
      };
    },
  });
}

function timedEmbedder(model: Embedder): Embedder {
  return { ...model, embed: (texts) => timed('model.embed', () => model.embed(texts)) };
}

/** With --sql, every statement the store runs is timed by its text (better-sqlite3's Statement methods wrapped). */
const bySql = new Map<string, { ms: number; calls: number }>();
if (values.sql === true) {
  const { default: Database } = await import('better-sqlite3');
  const probe = new Database(':memory:');
  const statement = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<string, (...args: unknown[]) => unknown>;
  probe.close();
  for (const method of ['all', 'get', 'run', 'iterate']) {
    const original = statement[method]!;
    statement[method] = function (this: { source: string }, ...args: unknown[]) {
      const started = performance.now();
      try {
        return original.apply(this, args);
      } finally {
        const entry = bySql.get(this.source) ?? { ms: 0, calls: 0 };
        entry.ms += performance.now() - started;
        entry.calls += 1;
        bySql.set(this.source, entry);
      }
    };
  }
}

const config = loadConfig();
const model = await createTransformersEmbedder({ modelDir: config.ATLAS_MODEL_DIR, batchSize: config.ATLAS_EMBED_BATCH });
const store = await openGraphStore(values.store);
await store.warm();
const runtime = createApiRuntime({ store: timedStore(store), model: timedEmbedder(model) });
await runtime.services.prepare?.();
const app = createServer({ services: runtime.services, adminToken: '', logger: pino({ level: 'warn' }), production: true, rateLimitPerMinute: 0 });
const server = app.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

const places = loadGazetteer().allNames().filter((name) => /[省市县区]$/u.test(name));
const offset = Number(values.offset);
/** Each request: what it asks (its label), the GraphQL body, and how many items the answer holds. */
interface Ask { label: string; body: string; total: (data: Record<string, { total?: number; totalItems?: number }>) => number }
const asks: Ask[] = values.query === 'adoptions'
  ? loadTaxonomy().map((practice) => practice.name).slice(offset, offset + Number(values.count))
    .map((practice) => ({ label: practice, body: JSON.stringify({ query: ADOPTIONS, variables: { practice } }), total: (data) => data.adoptions?.totalItems ?? 0 }))
  : searchTexts(loadTaxonomy(), places, offset + Number(values.count)).slice(offset)
    .map((query) => ({ label: query, body: JSON.stringify({ query: SEARCH, variables: { query, first: 10 } }), total: (data) => data.search?.total ?? 0 }));
const warmup = Number(values.warmup);

// Garbage collection pauses land in whichever request is running: counted as a stage of their own.
const gcKinds: Record<number, string> = { [constants.NODE_PERFORMANCE_GC_MAJOR]: 'gc.major', [constants.NODE_PERFORMANCE_GC_MINOR]: 'gc.minor', [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'gc.incremental', [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'gc.weakcb' };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const kind = gcKinds[(entry as { detail?: { kind?: number } }).detail?.kind ?? -1] ?? 'gc.other';
    stages.set(kind, (stages.get(kind) ?? 0) + entry.duration);
  }
}).observe({ entryTypes: ['gc'] });

interface Sample { query: string; ms: number; stages: Map<string, number>; total: number }
const samples: Sample[] = [];
for (const [index, ask] of asks.entries()) {
  stages = new Map();
  const started = clock();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: ask.body });
  const answer = (await response.json()) as { errors?: unknown[]; data?: Record<string, { total?: number; totalItems?: number }> };
  const ms = clock() - started;
  if (answer.errors !== undefined) throw new Error(`${ask.label}: ${JSON.stringify(answer.errors)}`);
  if (index === warmup - 1) bySql.clear();
  if (index === warmup - 1) process.stderr.write(`measured from monotonic ${process.hrtime.bigint() / 1000n} µs\n`);
  if (index >= warmup) samples.push({ query: ask.label, ms, stages, total: ask.total(answer.data ?? {}) });
}
server.close();
await store.close();
await model.close?.();

const round = (value: number) => Math.round(value * 10) / 10;
function summary(label: string, group: Sample[]): void {
  const latencies = group.map((sample) => sample.ms).sort((a, b) => a - b);
  process.stdout.write(`${label}: n=${group.length} p50 ${round(percentile(latencies, 50))} p95 ${round(percentile(latencies, 95))} p99 ${round(percentile(latencies, 99))} max ${round(latencies.at(-1) ?? 0)}\n`);
}
summary('all', samples);
const gcTotals = [...new Set(samples.flatMap((sample) => [...sample.stages.keys()].filter((name) => name.startsWith('gc.'))))].sort()
  .map((name) => `${name} ${round(samples.reduce((sum, sample) => sum + (sample.stages.get(name) ?? 0), 0))} ms in ${samples.filter((sample) => sample.stages.has(name)).length} requests`);
process.stdout.write(`collections: ${gcTotals.join(', ')}\n`);
summary('finding nothing', samples.filter((sample) => sample.total === 0));
summary('finding something', samples.filter((sample) => sample.total > 0));
const requests = Number(values.requests);
for (let start = 0; start + requests <= samples.length; start += requests) summary(`texts ${warmup + start}–${warmup + start + requests - 1}`, samples.slice(start, start + requests));

const slowest = [...samples].sort((a, b) => b.ms - a.ms).slice(0, Math.max(1, Math.round(samples.length / 10)));
const names = [...new Set(samples.flatMap((sample) => [...sample.stages.keys()]))].sort();
const mean = (group: Sample[], read: (sample: Sample) => number) => round(group.reduce((sum, sample) => sum + read(sample), 0) / group.length);
// GC pauses overlap the stages they interrupt, so they are not subtracted again.
const rest = (sample: Sample) => sample.ms - [...sample.stages].reduce((sum, [name, ms]) => sum + (name.startsWith('gc.') ? 0 : ms), 0);
const stagePercentile = (read: (sample: Sample) => number, p: number) => round(percentile(samples.map(read).sort((a, b) => a - b), p));
process.stdout.write(`\nms per stage: mean of the slowest ${slowest.length} | mean, p50, p95 of all ${samples.length}\n`);
const stageLine = (name: string, read: (sample: Sample) => number) =>
  process.stdout.write(`  ${name.padEnd(26)} ${String(mean(slowest, read)).padStart(7)} | ${mean(samples, read)}, ${stagePercentile(read, 50)}, ${stagePercentile(read, 95)}\n`);
for (const name of names) stageLine(name, (sample) => sample.stages.get(name) ?? 0);
stageLine('rest (CPU, HTTP, GraphQL)', rest);
process.stdout.write('\nslowest:\n');
for (const sample of slowest) {
  const parts = [...sample.stages.entries()].sort((a, b) => b[1] - a[1]).map(([name, ms]) => `${name} ${round(ms)}`).join(', ');
  process.stdout.write(`  ${round(sample.ms)} ms  total=${sample.total}  ${sample.query}  [${parts}, rest ${round(rest(sample))}]\n`);
}

if (bySql.size > 0) {
  process.stdout.write(`\nstatements by total ms over ${samples.length} requests:\n`);
  for (const [sql, { ms, calls }] of [...bySql].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25)) {
    process.stdout.write(`  ${round(ms / samples.length).toString().padStart(6)} ms/request  ${String(calls).padStart(5)} calls  ${sql.replace(/\s+/g, ' ').slice(0, 150)}\n`);
  }
}
