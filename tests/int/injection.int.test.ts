/**
 * Integration: hostile strings through every string argument of every query, on the embedded
 * SQLite store and (when NEO4J_URI is set) on Neo4j, both holding the seeds. Every query must
 * answer with data or with catalogued client errors, never leak internals (stack frames, driver
 * or SQL error text), and leave the store exactly as it was. Also checks the HTTP hardening:
 * rate limit, CORS, ingestDocument size/type checks, body size, depth and cost limits.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGraphStore } from '../../graph/open.ts';
import type { GraphStore, StoreStats } from '../../graph/store.ts';
import { errorCodes } from '../unit/api/server/http.ts';
import type { GraphQLResponse, RunningServer } from '../unit/api/server/http.ts';
import { ADMIN_TOKEN, ingestSeeds, serveStore, useRealModel } from './seeded-server.ts';

const payloads = [
  "' OR 1=1 --",
  '"}) MATCH (n) DETACH DELETE n //',
  "'; DROP TABLE items; --",
  '\\u0000',
  'a\u0000b',
  '单元长制\') RETURN 1 UNION MATCH (n) RETURN n //',
  '*:* OR title:* AND text:"',
  '%_\\%\'"`;)]}',
  '𠮷'.repeat(100_000),
  '社区大党委'.repeat(20_000),
];

/** Every query with a string argument, each string argument bound to the payload. */
const filterFields = 'province: $p, city: $p, county: $p, practice: $p, category: $p, section: $p';
const queries: { name: string; query: string }[] = [
  { name: 'search query', query: 'query Q($p: String!) { search(query: $p) { total hits { item { id } } } }' },
  { name: 'search filter and cursor', query: `query Q($p: String!) { search(query: "党建", after: $p, filter: { ${filterFields} }) { total hits { item { id } } facets { city { value } } } }` },
  { name: 'search filter only', query: `query Q($p: String!) { search(query: "党建", filter: { ${filterFields} }) { total } }` },
  { name: 'adoptions', query: `query Q($p: String!) { adoptions(practice: $p, filter: { ${filterFields} }) { practices { name } adoptions { region { name } } } }` },
  { name: 'adoptions practice', query: 'query Q($p: String!) { adoptions(practice: $p) { practices { name } byProvince { value } } }' },
  { name: 'practice', query: 'query Q($p: String!) { practice(name: $p) { name itemCount related { name } } }' },
  { name: 'practices', query: 'query Q($p: String!) { practices(category: $p, query: $p) { total nodes { name } } byQuery: practices(query: $p) { total } }' },
  { name: 'practices cursor', query: 'query Q($p: String!) { practices(after: $p) { total } }' },
  { name: 'region', query: 'query Q($p: String!) { region(codeOrName: $p) { code name items { id } } }' },
  { name: 'compareRegions', query: 'query Q($p: String!) { compareRegions(regions: [$p, "迎江区"], practice: $p) { regions { name } rows { practice } } }' },
  { name: 'compareRegions regions', query: 'query Q($p: String!) { compareRegions(regions: [$p, $p]) { regions { name } } }' },
  { name: 'item', query: 'query Q($p: ID!) { item(id: $p) { id title } }' },
  { name: 'document', query: 'query Q($p: ID!) { document(id: $p) { id items { id } } }' },
  { name: 'documents', query: `query Q($p: String!) { documents(after: $p, filter: { ${filterFields} }) { total nodes { id } } }` },
  { name: 'documents filter', query: `query Q($p: String!) { documents(filter: { ${filterFields} }) { total } }` },
];

/** Codes a hostile but well-formed request may earn; INTERNAL or STORE_* mean something broke. */
const clientCodes = new Set(['BAD_REQUEST', 'NOT_FOUND', 'INPUT_EMPTY', 'INPUT_UNSUPPORTED']);
/** What must never reach a client: stack frames, source paths, driver or SQL error text. */
const leaks = /\bat [\w.<>]+ \(|\.ts:\d+|node_modules|Neo4jError|Neo\.\w+Error|SqliteError|SQLITE_|syntax error|stacktrace|Cypher|better-sqlite3/i;

interface Target {
  open(): Promise<GraphStore>;
  lock?(): Promise<() => Promise<void>>;
}

const temp = mkdtempSync(path.join(tmpdir(), 'atlas-injection-int-'));
const targets: [string, Target][] = [['sqlite', { open: () => openGraphStore(path.join(temp, 'atlas.db')) }]];
const neo4jUri = process.env.NEO4J_URI;
if (neo4jUri) {
  targets.push(['neo4j', {
    open: () => openGraphStore(neo4jUri, { user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD, database: process.env.NEO4J_DATABASE, dimensions: 512 }),
    async lock() {
      const { lockServer } = await import('../../graph/neo4j/testing.ts');
      return lockServer(neo4jUri);
    },
  }]);
}

const model = useRealModel();
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function expectNoLeak(response: GraphQLResponse, label: string): void {
  for (const code of errorCodes(response)) expect(clientCodes, `${label}: code ${String(code)}`).toContain(code);
  const text = JSON.stringify(response.errors ?? []);
  expect(text, label).not.toMatch(leaks);
  expect(response.status, label).toBeLessThan(500);
}

describe.each(targets)('hostile strings on %s', (_kind, target) => {
  let store: GraphStore;
  let server: RunningServer;
  let release: (() => Promise<void>) | undefined;
  let before: StoreStats;
  const written: string[] = [];

  beforeAll(async () => {
    release = await target.lock?.();
    store = await target.open();
    const existing = new Set((await store.listDocuments({ first: 100, offset: 0 })).nodes.map((doc) => doc.id));
    written.push(...(await ingestSeeds(store, model.current)).filter((id) => !existing.has(id)));
    before = await store.stats();
    server = await serveStore(store, model.current, { rateLimitPerMinute: 0 });
  }, 20 * 60_000);

  afterAll(async () => {
    await server?.close();
    if (store) {
      // On a shared Neo4j only what this file added goes; the SQLite file goes with its folder.
      for (const id of written) await store.deleteDocument(id);
      await store.close();
    }
    await release?.();
  }, 120_000);

  it('answers every query and payload with data or catalogued client errors, leaking nothing', async () => {
    for (const { name, query } of queries) {
      for (const payload of payloads) {
        const label = `${name} ← ${JSON.stringify(payload.slice(0, 40))}`;
        expectNoLeak(await server.graphql(query, { variables: { p: payload } }), label);
      }
    }
  }, 10 * 60_000);

  it('treats payloads inlined in the query text as plain strings too', async () => {
    for (const payload of payloads.slice(0, 8)) {
      const literal = JSON.stringify(payload);
      const response = await server.graphql(`{ region(codeOrName: ${literal}) { code } practice(name: ${literal}) { name } item(id: ${literal}) { id } }`);
      expectNoLeak(response, `inline ${literal}`);
      expect(response.data).toEqual({ region: null, practice: null, item: null });
    }
  });

  it('leaves the store as it was and still answers normal queries', async () => {
    expect(await store.stats()).toEqual(before);
    const response = await server.graphql('{ stats { documents items } search(query: "单元长") { hits { item { title } } } }');
    expect(response.errors).toBeUndefined();
    expect((response.data?.search as { hits: { item: { title: string } }[] }).hits[0]?.item.title).toContain('单元长');
  });
});

describe('HTTP hardening on sqlite', () => {
  let store: GraphStore;
  let server: RunningServer;

  beforeAll(async () => {
    store = await openGraphStore(path.join(temp, 'atlas.db'));
    server = await serveStore(store, model.current, { rateLimitPerMinute: 0, corsOrigins: ['https://atlas.example.org'] });
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await store?.close();
  });

  it('limits each client to its token bucket and answers 429 RATE_LIMITED with Retry-After', async () => {
    const limited = await serveStore(store, model.current, { rateLimitPerMinute: 5 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i += 1) statuses.push((await limited.graphql('{ stats { documents } }')).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
      const refused = await fetch(`${limited.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ stats { items } }"}' });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      const body = (await refused.json()) as GraphQLResponse;
      expect(errorCodes({ ...body, status: 429 })).toEqual(['RATE_LIMITED']);
      expect(body.errors?.[0]?.message).toContain('请求过于频繁');
      expect((await fetch(`${limited.url}/readyz`)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('sends CORS headers only to configured origins, and none by default', async () => {
    const preflight = (url: string, origin: string) => fetch(`${url}/graphql`, {
      method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    const allowed = await preflight(server.url, 'https://atlas.example.org');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://atlas.example.org');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
    const foreign = await preflight(server.url, 'https://evil.example.com');
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    const sameOriginOnly = await serveStore(store, model.current);
    try {
      const response = await fetch(`${sameOriginOnly.url}/graphql`, { method: 'POST', headers: { origin: 'https://atlas.example.org', 'content-type': 'application/json' }, body: '{"query":"{ stats { items } }"}' });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect((await preflight(sameOriginOnly.url, 'https://atlas.example.org')).headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await sameOriginOnly.close();
    }
  });

  it('checks ingestDocument text size and type after the admin token', async () => {
    const ingest = 'mutation M($text: String!, $name: String!) { ingestDocument(text: $text, name: $name) { status } }';
    const binary = { text: '%PDF-1.7\u0000\u0001\u0002 stream', name: 'bulletin.txt' };
    expect(errorCodes(await server.graphql(ingest, { variables: binary }))).toEqual(['UNAUTHORIZED']);
    expect(errorCodes(await server.graphql(ingest, { token: ADMIN_TOKEN, variables: binary }))).toEqual(['INPUT_UNSUPPORTED']);
    expect(errorCodes(await server.graphql(ingest, { token: ADMIN_TOKEN, variables: { text: '△某县推行新做法。', name: 'scan.pdf' } }))).toEqual(['INPUT_UNSUPPORTED']);
    expect(errorCodes(await server.graphql(ingest, { token: ADMIN_TOKEN, variables: { text: '党建'.repeat(150_001), name: 'huge.txt' } }))).toEqual(['BAD_REQUEST']);
    const tooLarge = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ stats { items } } # ${'x'.repeat(1_100_000)}` }) });
    expect(tooLarge.status).toBe(413);
  });

  it('refuses queries over the depth and cost limits before running them', async () => {
    const deep = await server.graphql('{ search(query: "单元长") { hits { item { region { parent { parent { items { document { items { region { code } } } } } } } } } } }');
    expect(deep.errors?.[0]?.extensions?.reason).toBe('QUERY_TOO_DEEP');
    const page = 'search(query: "党建", first: 100) { hits { item { document { items { outcomes { value } practices { name } passages { text } region { items { id } } } } } } }';
    const costly = await server.graphql(`{ a: ${page} b: ${page} c: ${page} }`);
    expect(errorCodes(costly)).toEqual(['BAD_REQUEST']);
    expect(costly.errors?.[0]?.extensions?.reason).toBe('QUERY_TOO_COSTLY');
  });
});
