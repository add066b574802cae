import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import type { GraphQLEnumType } from 'graphql';
import { loadSchema } from '../../../../api/schema.ts';
import { createServer } from '../../../../api/server.ts';
import { regionEvidenceValues } from '../../../../graph/model.ts';
import { buildItem, callsOf, createFakeServices } from './fake-services.ts';
import type { FakeServices } from './fake-services.ts';
import { errorCodes, startServer } from './http.ts';
import type { RunningServer } from './http.ts';

const quiet = pino({ level: 'silent' });
let fake: FakeServices;
let server: RunningServer;

beforeAll(async () => {
  fake = createFakeServices();
  server = await startServer(createServer({ services: fake, adminToken: 'admin-secret', logger: quiet, production: true }));
});
afterAll(() => server.close());
beforeEach(() => {
  fake.calls.length = 0;
  fake.failWith = undefined;
  fake.readiness = { store: true, model: true };
});

describe('search over HTTP', () => {
  it('passes the filter without nulls and the lower-case mode to the service', async () => {
    const response = await server.graphql(`{ search(query: " 楼栋长 ", filter: { city: "云岭市", county: null, yearFrom: 2022 }, first: 5, mode: BM25) {
      total hits { score item { id title region { name level } } highlights { snippet } } facets { city { value count } } pageInfo { hasNextPage endCursor } } }`);
    expect(response.errors).toBeUndefined();
    expect(callsOf(fake, 'search')).toEqual([[{ query: '楼栋长', filter: { city: '云岭市', yearFrom: 2022 }, first: 5, after: undefined, mode: 'bm25' }]]);
    expect(response.data).toMatchObject({ search: { total: 2, facets: { city: [{ value: '云岭市', count: 2 }] }, pageInfo: { hasNextPage: false, endCursor: 'c2' } } });
    expect(JSON.stringify(response.data)).toContain('"level":"COUNTY"');
  });

  it('asks for the documents of all hits in one call, each once, without their items', async () => {
    const response = await server.graphql('{ search(query: "楼栋长") { hits { item { document { id title issue } } } } }');
    expect(response.errors).toBeUndefined();
    expect(callsOf(fake, 'documentSummaries')).toEqual([[['doc-a']]]);
    expect(callsOf(fake, 'document')).toEqual([]);
  });

  it('refuses pages larger than 100 with BAD_REQUEST before calling the service', async () => {
    const response = await server.graphql('{ search(query: "楼栋长", first: 101) { total } }');
    expect(errorCodes(response)).toEqual(['BAD_REQUEST']);
    expect(callsOf(fake, 'search')).toEqual([]);
  });

  it('refuses a query longer than 500 characters with BAD_REQUEST', async () => {
    const response = await server.graphql('query Long($q: String!) { search(query: $q) { total } }', { variables: { q: '党'.repeat(501) } });
    expect(errorCodes(response)).toEqual(['BAD_REQUEST']);
  });

  it('masks unexpected failures as INTERNAL without their message or stack', async () => {
    fake.failWith = new Error('disk exploded at /secret/path');
    const response = await server.graphql('{ stats { items } }');
    expect(errorCodes(response)).toEqual(['INTERNAL']);
    expect(JSON.stringify(response)).not.toMatch(/secret|stack|exploded/);
  });
});

describe('graph fields', () => {
  it('returns outcomes with normalized numbers for adoptions', async () => {
    const response = await server.graphql(`{ adoptions(practice: "楼栋长") { practices { name related { name } } byProvince { value count }
      adoptions { region { name parent { code name } } firstDate outcomes { value unit normalizedValue normalizedUnit kind approximate practice } } } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ adoptions: {
      practices: [{ name: '楼栋长制', related: [{ name: '网格化管理' }] }],
      byProvince: [{ value: '安徽省', count: 1 }],
      adoptions: [{ region: { name: '青禾县', parent: { code: '3411', name: '云岭市' } }, firstDate: '2023-05-10',
        outcomes: [{ value: 1.2, unit: '万件', normalizedValue: 12000, normalizedUnit: '件', kind: 'OUTCOME', approximate: true, practice: '楼栋长制' }] }],
    } });
  });

  it('reads the text of an item listed without it only when a client asks for it', async () => {
    const before = fake.calls.length;
    const titles = await server.graphql('{ adoptions(practice: "楼栋长") { adoptions { items { id title } } } }');
    expect(titles.errors).toBeUndefined();
    expect(fake.calls.slice(before).map((call) => call.method)).toEqual(['adoptions']);
    const texts = await server.graphql('{ adoptions(practice: "楼栋长") { adoptions { items { id text passages { index text } } } } }');
    expect(texts.errors).toBeUndefined();
    expect(texts.data).toEqual({ adoptions: { adoptions: [{ items: [{ id: 'doc-a:1', text: buildItem().text, passages: buildItem().passages }] }] } });
    expect(fake.calls.slice(before).map((call) => call.method)).toEqual(['adoptions', 'adoptions', 'items']);
  });

  it('counts a practice\'s reports (reprints once) beside its items, asking the counts only when wanted', async () => {
    const without = fake.calls.length;
    await server.graphql('{ practices(first: 5) { nodes { name itemCount } } }');
    expect(fake.calls.slice(without).map((call) => call.method)).not.toContain('practiceReportCounts');
    const response = await server.graphql('{ practices(first: 5) { nodes { name reportCount } } }');
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ practices: { nodes: [{ name: '楼栋长制', reportCount: 1 }] } });
  });

  it('says how each item\'s region was found as a RegionEvidence value', async () => {
    const response = await server.graphql('{ search(query: "楼栋长") { hits { item { id regionEvidence } } } }');
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ search: { hits: [{ item: { id: 'doc-a:1', regionEvidence: 'HEADLINE' } }, { item: { id: 'doc-a:2', regionEvidence: 'PUBLISHER' } }] } });
  });

  it('maps every RegionEvidence value of the schema to the model\'s, each explained', () => {
    const evidence = loadSchema().getType('RegionEvidence') as GraphQLEnumType;
    expect(evidence.getValues().map((value) => value.value)).toEqual(regionEvidenceValues);
    for (const value of evidence.getValues()) expect(value.description).toMatch(/[\u4e00-\u9fff].*[A-Za-z]/s);
  });

  it('loads the items of candidate practices in one batched call', async () => {
    const response = await server.graphql('{ candidatePractices { name count items { id } } }');
    expect(response.data).toEqual({ candidatePractices: [{ name: '红石榴驿站', count: 2, items: [{ id: 'doc-a:1' }, { id: 'doc-a:2' }] }] });
    expect(callsOf(fake, 'items')).toEqual([[['doc-a:1', 'doc-a:2']]]);
  });

  it('answers a region profile by name and null for an unknown one', async () => {
    const response = await server.graphql('{ known: region(codeOrName: "青禾县") { code practices { practice count } items { id } } unknown: region(codeOrName: "无此县") { code } }');
    expect(response.data).toEqual({ known: { code: '341199', practices: [{ practice: '楼栋长制', count: 1 }], items: [{ id: 'doc-a:1' }] }, unknown: null });
    expect(callsOf(fake, 'region')).toEqual([['青禾县'], ['无此县']]);
  });

  it('pages documents with opaque offset cursors', async () => {
    const first = await server.graphql('{ documents(first: 1) { total nodes { id itemCount items { ordinal } } pageInfo { hasNextPage endCursor } } }');
    expect(first.data).toMatchObject({ documents: { total: 1, nodes: [{ id: 'doc-a', itemCount: 2, items: [{ ordinal: 1 }, { ordinal: 2 }] }], pageInfo: { hasNextPage: false } } });
    const bad = await server.graphql('{ documents(after: "not-ours") { total } }');
    expect(errorCodes(bad)).toEqual(['BAD_REQUEST']);
  });
});

describe('query limits', () => {
  it('rejects a query nested deeper than 10 levels with BAD_REQUEST', async () => {
    const response = await server.graphql('{ search(query: "楼栋长") { hits { item { region { parent { parent { parent { items { document { items { id } } } } } } } } } } }');
    expect(errorCodes(response)).toEqual(['BAD_REQUEST']);
    expect(response.errors?.[0]?.extensions?.reason).toBe('QUERY_TOO_DEEP');
    expect(response.data).toBeUndefined();
    expect(fake.calls).toEqual([]);
  });

  it('rejects lists multiplied inside lists beyond the cost bound', async () => {
    const response = await server.graphql('query Big($n: Int) { search(query: "楼栋长", first: $n) { hits { item { document { items { outcomes { text value unit metric kind approximate practice } practices { name category matched } } } } } } }', { variables: { n: 100 } });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_REQUEST', reason: 'QUERY_TOO_COSTLY' });
  });

  it('gives unknown fields the BAD_REQUEST code too', async () => {
    const response = await server.graphql('{ stats { nonsense } }');
    expect(errorCodes(response)).toEqual(['BAD_REQUEST']);
  });

  it('answers 413 with BAD_REQUEST for a body over 1 MB', async () => {
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ stats { items } } #${'x'.repeat(1_100_000)}` }) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
  });
});

describe('health', () => {
  it('reports liveness without touching the services and readiness from them', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(fake.calls).toEqual([]);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    fake.readiness = { store: true, model: false };
    const notReady = await fetch(`${server.url}/readyz`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toEqual({ status: 'not ready', store: true, model: false });
  });

  it('hides GraphiQL in production', async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toContain('GraphiQL');
  });
});
