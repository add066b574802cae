/**
 * Integration: load and faults over real HTTP on loopback.
 *
 * 1. autocannon, 32 concurrent clients mixing search and adoptions POSTs for ATLAS_LOAD_SECONDS
 *    (default 60) against the SQLite-backed server with the seeds: no errors, no non-2xx, no
 *    GraphQL errors; prints req/s and p50/p95/p99.
 * 2. When ATLAS_FAULT_NEO4J_PORT is set (e.g. 7699; needs Java + Maven for scripts/neo4j-dev.mjs):
 *    its own Neo4j on that port, stopped mid-load → /readyz 503 and GraphQL answers
 *    STORE_UNAVAILABLE within bounded time; restarted → the same server recovers by itself.
 *    Never point it at a shared server's port: the test stops that server.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGraphStore } from '../../graph/open.ts';
import type { GraphStore } from '../../graph/store.ts';
import { errorCodes } from '../unit/api/server/http.ts';
import type { GraphQLResponse, RunningServer } from '../unit/api/server/http.ts';
import { ingestSeeds, serveStore, useRealModel } from './seeded-server.ts';

const loadSeconds = Number(process.env.ATLAS_LOAD_SECONDS ?? 60);
const faultPort = process.env.ATLAS_FAULT_NEO4J_PORT;
const projectRoot = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

const searches = ['单元长', '社区党组织', '党建引领基层治理', '村级集体经济', '党员干部'];
const practices = ['单元长制', '社区大党委', '网格化管理'];
const bodies = [
  ...searches.map((query) => ({ query: 'query S($q: String!) { search(query: $q, first: 10) { total hits { score item { id title region { name } } } } }', variables: { q: query } })),
  ...practices.map((practice) => ({ query: 'query A($p: String!) { adoptions(practice: $p) { practices { name } adoptions { region { name } outcomes { value unit } } byProvince { value count } } }', variables: { p: practice } })),
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const temp = mkdtempSync(path.join(tmpdir(), 'atlas-load-int-'));
const model = useRealModel();
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('load on sqlite', () => {
  let store: GraphStore;
  let server: RunningServer;

  beforeAll(async () => {
    store = await openGraphStore(path.join(temp, 'atlas.db'));
    await ingestSeeds(store, model.current);
    server = await serveStore(store, model.current, { rateLimitPerMinute: 0 });
  }, 10 * 60_000);
  afterAll(async () => {
    await server?.close();
    await store?.close();
  });

  it(`serves 32 concurrent clients mixing search and adoptions for ${loadSeconds} s without an error`, async () => {
    let graphqlErrors = 0;
    const latencies: number[] = [];
    let finished: (result: autocannon.Result) => void = () => undefined;
    let failed: (error: unknown) => void = () => undefined;
    const done = new Promise<autocannon.Result>((resolve, reject) => {
      finished = resolve;
      failed = reject;
    });
    const instance = autocannon({
      url: `${server.url}/graphql`,
      connections: 32,
      duration: loadSeconds,
      timeout: 10,
      requests: bodies.map((body) => ({
        method: 'POST' as const,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        onResponse: (_status: number, text: string) => {
          if (text.includes('"errors"')) graphqlErrors += 1;
        },
      })),
    }, (error, result) => (error ? failed(error) : finished(result)));
    // autocannon emits (client, status, bytes, responseTime): the time is the last argument.
    instance.on('response', (...args: unknown[]) => {
      const time = args.at(-1);
      if (typeof time === 'number') latencies.push(time);
    });
    const result = await done;
    latencies.sort((a, b) => a - b);
    const figures = {
      seconds: loadSeconds, requests: result.requests.total, reqPerSec: result.requests.average,
      p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), max: latencies.at(-1),
      errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, graphqlErrors,
    };
    console.log(`load (sqlite, 32 clients): ${JSON.stringify(figures)}`);
    expect(result.requests.total).toBeGreaterThan(0);
    expect({ errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, graphqlErrors }).toEqual({ errors: 0, timeouts: 0, non2xx: 0, graphqlErrors: 0 });
  }, (loadSeconds + 120) * 1000);
});

if (!faultPort && process.env.CI === 'true') {
  it('needs ATLAS_FAULT_NEO4J_PORT in CI', () => {
    throw new Error('ATLAS_FAULT_NEO4J_PORT is not set: CI must run the Neo4j fault test, not skip it');
  });
}

describe.skipIf(!faultPort)('Neo4j stopped and restarted under load', () => {
  const uri = `bolt://127.0.0.1:${faultPort}`;
  const dataDir = path.join(temp, 'neo4j', 'data');
  const neo4jDev = (command: 'start' | 'stop') => run('node', [path.join(projectRoot, 'scripts', 'neo4j-dev.mjs'), command], {
    cwd: projectRoot, env: { ...process.env, NEO4J_BOLT_PORT: faultPort, NEO4J_DATA_DIR: process.env.ATLAS_FAULT_NEO4J_DATA_DIR ?? dataDir, NEO4J_PASSWORD: '' },
    timeout: 180_000,
  });
  let store: GraphStore;
  let server: RunningServer;

  beforeAll(async () => {
    await neo4jDev('start');
    store = await openGraphStore(uri, { dimensions: 512 });
    await ingestSeeds(store, model.current);
    server = await serveStore(store, model.current, { rateLimitPerMinute: 0 });
  }, 15 * 60_000);
  afterAll(async () => {
    await server?.close();
    await store?.close();
    await neo4jDev('stop');
  }, 120_000);

  /** One request that must answer, one way or the other, within 20 s. */
  async function timed<T>(work: (signal: AbortSignal) => Promise<T>): Promise<{ value: T; ms: number }> {
    const started = performance.now();
    const value = await work(AbortSignal.timeout(20_000));
    return { value, ms: Math.round(performance.now() - started) };
  }
  const search = (signal: AbortSignal) => fetch(`${server.url}/graphql`, {
    method: 'POST', signal, headers: { 'content-type': 'application/json' }, body: JSON.stringify(bodies[0]),
  }).then(async (response) => ({ status: response.status, ...((await response.json()) as Omit<GraphQLResponse, 'status'>) }));
  const readyz = (signal: AbortSignal) => fetch(`${server.url}/readyz`, { signal }).then((response) => response.status);

  it('answers 503 and STORE_UNAVAILABLE while Neo4j is down, and recovers by itself when it is back', async () => {
    // Background load: 8 clients in a loop, each request bounded by its own abort timeout.
    let loading = true;
    const outcomes = { ok: 0, unavailable: 0, other: [] as string[] };
    const client = async () => {
      while (loading) {
        try {
          const { value } = await timed(search);
          if (!value.errors) outcomes.ok += 1;
          else if (errorCodes(value).every((code) => code === 'STORE_UNAVAILABLE')) outcomes.unavailable += 1;
          else outcomes.other.push(JSON.stringify(errorCodes(value)));
        } catch (error) {
          outcomes.other.push(String(error));
        }
      }
    };
    // Ready before the load starts: the first /readyz also warms the model check, which would
    // otherwise queue behind eight clients' query embeddings and overrun its 3 s budget.
    expect((await timed(readyz)).value).toBe(200);
    const clients = Array.from({ length: 8 }, client);
    await new Promise((resolve) => setTimeout(resolve, 3000));

    const stopped = performance.now();
    await neo4jDev('stop');
    const stopMs = Math.round(performance.now() - stopped);
    const notReady = await timed(readyz);
    expect(notReady.value).toBe(503);
    const failed = await timed(search);
    expect(errorCodes(failed.value)).toEqual(['STORE_UNAVAILABLE']);
    expect(failed.ms).toBeLessThan(15_000);

    await neo4jDev('start');
    const boltBack = performance.now();
    let recoveredMs = -1;
    while (performance.now() - boltBack < 60_000) {
      const ready = await timed(readyz).catch(() => ({ value: 0 }));
      const answer = ready.value === 200 ? await timed(search).catch(() => undefined) : undefined;
      if (answer && !answer.value.errors) {
        recoveredMs = Math.round(performance.now() - boltBack);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    loading = false;
    await Promise.all(clients);
    console.log(`fault (neo4j ${uri}): ${JSON.stringify({
      stopMs, readyz503Ms: notReady.ms, storeUnavailableMs: failed.ms, recoveredAfterBoltMs: recoveredMs,
      ok: outcomes.ok, unavailable: outcomes.unavailable, other: outcomes.other.slice(0, 5), otherCount: outcomes.other.length,
    })}`);
    expect(recoveredMs).toBeGreaterThanOrEqual(0);
    expect(outcomes.other).toEqual([]);
    expect(outcomes.unavailable).toBeGreaterThan(0);
  }, 10 * 60_000);
});
