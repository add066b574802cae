/**
 * Integration: the GraphQL API over real HTTP (127.0.0.1, port 0) against a real store holding the
 * seeds, ingested once per store with the real bge-small-zh model, read through the real services.
 * Runs against the embedded SQLite store always, and against Neo4j too when NEO4J_URI is set.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createApiRuntime } from '../../api/runtime.ts';
import type { ApiRuntime } from '../../api/runtime.ts';
import { createServer } from '../../api/server.ts';
import { openGraphStore } from '../../graph/open.ts';
import type { GraphStore } from '../../graph/store.ts';
import { loadTaxonomy } from '../../language/knowledge/taxonomy.ts';
import { createTextStages } from '../../ingest/stages.ts';
import { errorCodes, startServer } from '../unit/api/server/http.ts';
import type { RunningServer } from '../unit/api/server/http.ts';
import { ingestSeeds, useRealModel } from './seeded-server.ts';

interface StoreFactory {
  /** Waits for exclusive use of a shared server; returns its release. */
  lock?(): Promise<() => Promise<void>>;
  open(): Promise<GraphStore>;
  /** Removes what the test wrote (a temp folder, or the seed documents on a shared server). */
  cleanup(store: GraphStore, documentIds: string[]): Promise<void>;
  /** True when the store held nothing but what this file wrote, so counts are exact. */
  fresh: boolean;
}

const temp = mkdtempSync(path.join(tmpdir(), 'atlas-api-int-'));
const factories: [string, StoreFactory][] = [[
  'sqlite',
  { open: () => openGraphStore(path.join(temp, 'atlas.db')), cleanup: async () => undefined, fresh: true },
]];
const neo4jUri = process.env.NEO4J_URI;
if (neo4jUri) {
  factories.push(['neo4j', {
    // The Neo4j test files share one server database; they take turns through the same file lock.
    async lock() {
      // Imported lazily so the SQLite-only run never loads the driver.
      const { lockServer } = await import('../../graph/neo4j/testing.ts');
      return lockServer(neo4jUri);
    },
    open: () => openGraphStore(neo4jUri, { user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD, database: process.env.NEO4J_DATABASE, dimensions: 512 }),
    async cleanup(store, documentIds) {
      for (const id of documentIds) await store.deleteDocument(id);
      // The port has no undo for curation: take back what the curation test decided on this shared server.
      const { runCypher } = await import('../../graph/neo4j/testing.ts');
      const connection = { user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD, database: process.env.NEO4J_DATABASE };
      const names = curation.decided;
      await runCypher(neo4jUri, `MATCH (d:CandidateDecision) WHERE d.name IN $names
        OPTIONAL MATCH (p:Practice {name: d.name}) WHERE d.decision = 'promoted'
        DETACH DELETE d, p`, { names }, connection);
      await runCypher(neo4jUri, 'MATCH (p:Practice) WHERE any(a IN p.aliases WHERE a IN $aliases) SET p.aliases = [a IN p.aliases WHERE NOT a IN $aliases]',
        { aliases: [...names, ...curation.aliases] }, connection);
      await runCypher(neo4jUri, 'MATCH (c:Category) WHERE NOT EXISTS { (:Practice)-[:IN_CATEGORY]->(c) } DELETE c', {}, connection);
    },
    fresh: false,
  }]);
}

const ADMIN = 'int-admin-token';
/** What the curation test decided and added, for the shared server's cleanup. */
const curation = { decided: [] as string[], aliases: ['API测试别名甲', 'API测试别名乙'] };
/** An invented bulletin in the genre (not from the seeds), for the ingestDocument mutation. */
const inventedBulletin = [
  '组工信息', '第12期', '中共黄山市委组织部编                2021年6月8日', '【市内信息】',
  '△歙县推行“村务晾晒台”提升村级治理透明度。歙县在全县128个行政村设立“村务晾晒台”，每月公开村级财务和重点事项，今年以来共晾晒事项3100余条，群众满意度提升到96%。',
  '△休宁县组建党员代办员队伍。休宁县组建党员代办员队伍860人，为群众代办事项1.5万件。',
].join('\n');

const model = useRealModel();
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe.each(factories)('GraphQL API over HTTP on %s', (_kind, factory) => {
  let store: GraphStore;
  let server: RunningServer;
  let release: (() => Promise<void>) | undefined;
  let runtime: ApiRuntime;
  const written: string[] = [];

  beforeAll(async () => {
    release = await factory.lock?.();
    store = await factory.open();
    written.push(...(await ingestSeeds(store, model.current)));
    const stages = createTextStages();
    runtime = createApiRuntime({ store, model: model.current, stages });
    server = await startServer(createServer({
      services: runtime.services, ingest: runtime.ingest, deleteDocument: runtime.deleteDocument,
      adminToken: ADMIN, logger: pino({ level: 'silent' }), production: true,
    }));
  }, 20 * 60_000);

  afterAll(async () => {
    await server?.close();
    if (store) {
      await factory.cleanup(store, written);
      await store.close();
    }
    await release?.();
  }, 120_000);

  it('reports liveness and readiness', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', store: true, model: true });
  });

  it('counts the ingested seeds', async () => {
    const response = await server.graphql('{ stats { documents items } }');
    const stats = response.data?.stats as { documents: number; items: number };
    if (factory.fresh) expect(stats).toEqual({ documents: 5, items: 19 });
    else expect(stats.items).toBeGreaterThanOrEqual(19);
  });

  it('finds the 单元长 item first, with highlights and facets', async () => {
    const response = await server.graphql(`{ search(query: "单元长") { total
      hits { score item { title region { name path } document { title } } highlights { snippet } }
      facets { province { value count } city { value count } practice { value count } } } }`);
    expect(response.errors).toBeUndefined();
    const search = response.data?.search as {
      total: number; hits: { item: { title: string; region: { name: string } | null }; highlights: { snippet: string }[] }[];
      facets: { city: { value: string; count: number }[]; practice: { value: string }[] };
    };
    expect(search.total).toBeGreaterThan(0);
    expect(search.hits[0]?.item.title).toContain('单元长');
    expect(search.hits[0]?.item.region?.name).toBe('迎江区');
    expect(search.hits[0]?.highlights.some((h) => h.snippet.includes('<em>'))).toBe(true);
    expect(search.facets.city.map((bucket) => bucket.value)).toContain('安庆市');
    expect(search.facets.practice.map((bucket) => bucket.value)).toContain('单元长制');
  });

  it('narrows a search to a province and to a year range', async () => {
    const response = await server.graphql(`{ search(query: "党建", first: 50, filter: { province: "黑龙江省" }) { total hits { item { region { path } } } }
      recent: search(query: "党建", first: 50, filter: { yearFrom: 2024 }) { hits { item { year } } } }`);
    expect(response.errors).toBeUndefined();
    const data = response.data as { search: { total: number; hits: { item: { region: { path: string[] } | null } }[] }; recent: { hits: { item: { year: number | null } }[] } };
    expect(data.search.total).toBeGreaterThan(0);
    for (const hit of data.search.hits) expect(hit.item.region?.path[0]).toBe('黑龙江省');
    for (const hit of data.recent.hits) expect(hit.item.year).toBeGreaterThanOrEqual(2024);
  });

  it('pages search results with the end cursor, without repeats', async () => {
    const query = 'query Page($after: String) { search(query: "社区党组织", first: 3, after: $after) { total hits { item { id } } pageInfo { hasNextPage endCursor } } }';
    type Page = { search: { total: number; hits: { item: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    const first = (await server.graphql(query)).data as Page;
    expect(first.search.hits).toHaveLength(3);
    expect(first.search.pageInfo.hasNextPage).toBe(true);
    const second = (await server.graphql(query, { variables: { after: first.search.pageInfo.endCursor } })).data as Page;
    const firstIds = first.search.hits.map((hit) => hit.item.id);
    expect(second.search.hits.length).toBeGreaterThan(0);
    for (const hit of second.search.hits) expect(firstIds).not.toContain(hit.item.id);
  });

  it('lists the adoptions of 单元长制 with 迎江区 and its outcomes', async () => {
    const response = await server.graphql(`{ adoptions(practice: "单元长制") { practices { name }
      adoptions { region { name parent { name } } items { title } outcomes { value unit normalizedValue practice } otherOutcomes { value practice } firstDate } byProvince { value count } } }`);
    expect(response.errors).toBeUndefined();
    const result = response.data?.adoptions as {
      practices: { name: string }[];
      adoptions: { region: { name: string; parent: { name: string } | null } | null; outcomes: { value: number; practice: string | null }[]; otherOutcomes: { value: number }[] }[];
      byProvince: { value: string }[];
    };
    expect(result.practices.map((practice) => practice.name)).toContain('单元长制');
    const yingjiang = result.adoptions.find((adoption) => adoption.region?.name === '迎江区');
    expect(yingjiang?.region?.parent?.name).toBe('安庆市');
    expect(yingjiang?.outcomes.every((outcome) => outcome.practice === '单元长制')).toBe(true);
    expect(yingjiang?.otherOutcomes.map((outcome) => outcome.value)).toContain(293);
    expect(result.byProvince.map((bucket) => bucket.value)).toContain('安徽省');
  });

  it('compares two counties on a practice', async () => {
    const response = await server.graphql(`{ compareRegions(regions: ["迎江区", "望江县"], practice: "单元长制") {
      regions { name } rows { practice regionCount cells { region { name } items { id } outcomes { value } } metrics { label unit values { value } } } } }`);
    expect(response.errors).toBeUndefined();
    const comparison = response.data?.compareRegions as {
      regions: { name: string }[];
      rows: { practice: string; regionCount: number; cells: { region: { name: string }; items: unknown[] }[]; metrics: unknown[] }[];
    };
    expect(comparison.regions.map((region) => region.name)).toEqual(['迎江区', '望江县']);
    const row = comparison.rows.find((candidate) => candidate.practice === '单元长制');
    expect(row?.cells.map((cell) => [cell.region.name, cell.items.length > 0])).toEqual([['迎江区', true], ['望江县', false]]);
    expect([row?.regionCount, row?.metrics]).toEqual([1, []]);
  });

  it('answers a region profile and a document with its items', async () => {
    const response = await server.graphql('{ region(codeOrName: "望江县") { code level practices { practice count } items { id } } documents(first: 2) { total nodes { id itemCount items { ordinal } } pageInfo { hasNextPage } } }');
    expect(response.errors).toBeUndefined();
    const data = response.data as { region: { level: string; items: unknown[] }; documents: { total: number; nodes: { itemCount: number; items: unknown[] }[]; pageInfo: { hasNextPage: boolean } } };
    expect(data.region.level).toBe('COUNTY');
    expect(data.region.items.length).toBeGreaterThanOrEqual(2);
    expect(data.documents.nodes).toHaveLength(2);
    for (const doc of data.documents.nodes) expect(doc.items).toHaveLength(doc.itemCount);
    expect(data.documents.pageInfo.hasNextPage).toBe(true);
  });

  it('refuses every mutation without the token or with a wrong one', async () => {
    const mutations = [
      'mutation { ingestDocument(text: "x", name: "x.txt") { status } }',
      'mutation { deleteDocument(id: "doc-x") }',
      'mutation { curatePractice(name: "x", category: "y") { name } }',
      'mutation { addAlias(practice: "单元长制", alias: "楼道长制") { name } }',
    ];
    for (const mutation of mutations) {
      expect(errorCodes(await server.graphql(mutation))).toEqual(['UNAUTHORIZED']);
      expect(errorCodes(await server.graphql(mutation, { token: `${ADMIN}x` }))).toEqual(['UNAUTHORIZED']);
    }
  });

  it('ingests and deletes a bulletin with the right token', async () => {
    const ingest = await server.graphql('mutation Add($text: String!) { ingestDocument(text: $text, name: "api-int-黄山组工信息-第12期.txt") { status document { id itemCount } extraction { items regions { name } outcomes } } }',
      { token: ADMIN, variables: { text: inventedBulletin } });
    expect(ingest.errors).toBeUndefined();
    const result = ingest.data?.ingestDocument as { status: string; document: { id: string; itemCount: number }; extraction: { items: number; regions: { name: string }[]; outcomes: number } };
    written.push(result.document.id);
    expect(result.status).toBe('CREATED');
    expect(result.extraction.items).toBe(2);
    expect(result.extraction.regions.map((region) => region.name)).toEqual(['歙县', '休宁县']);
    expect(result.extraction.outcomes).toBeGreaterThanOrEqual(4);
    // How each region was found travels from the extractor through the store to the API.
    const stored = await server.graphql(`{ document(id: "${result.document.id}") { items { region { name } regionEvidence } } }`);
    const items = (stored.data as { document: { items: { region: { name: string } | null; regionEvidence: string | null }[] } }).document.items;
    expect(items.map((item) => item.region?.name)).toEqual(['歙县', '休宁县']);
    for (const item of items) expect(['HEADLINE', 'OFFICE', 'BODY', 'TOWN', 'SOURCE', 'PUBLISHER', 'SIBLING']).toContain(item.regionEvidence);
    const removed = await server.graphql(`mutation { deleteDocument(id: "${result.document.id}") }`, { token: ADMIN });
    expect(removed.data).toEqual({ deleteDocument: true });
    expect((await server.graphql(`{ document(id: "${result.document.id}") { id } }`)).data).toEqual({ document: null });
  });

  // Curation changes the store, so it runs after the read tests.
  it('promotes, merges and rejects candidates and adds an alias with the right token', async () => {
    type Candidate = { name: string; count: number };
    const listed = async (): Promise<Candidate[]> => (await server.graphql('{ candidatePractices(first: 100) { name count } }')).data?.candidatePractices as Candidate[];
    const before = await listed();
    const countBefore = (await runtime.services.candidatePractices()).length;
    expect(before.length).toBeGreaterThanOrEqual(3);
    const [promoted, merged, rejected] = before as [Candidate, Candidate, Candidate];
    curation.decided.push(promoted.name, merged.name, rejected.name);

    const promote = await server.graphql('mutation Promote($name: String!) { curatePractice(name: $name, category: "基层治理", aliases: ["API测试别名甲"]) { name status category aliases itemCount } }',
      { token: ADMIN, variables: { name: promoted.name } });
    expect(promote.errors).toBeUndefined();
    expect(promote.data?.curatePractice).toEqual({ name: promoted.name, status: 'CURATED', category: '基层治理', aliases: ['API测试别名甲'], itemCount: promoted.count });

    const merge = await server.graphql('mutation Merge($c: String!) { curatePractice(candidate: $c, action: MERGE, into: "单元长制") { name aliases } }',
      { token: ADMIN, variables: { c: merged.name } });
    expect(merge.errors).toBeUndefined();
    expect(merge.data?.curatePractice).toMatchObject({ name: '单元长制', aliases: expect.arrayContaining([merged.name]) });
    const reject = await server.graphql('mutation Reject($c: String!) { curatePractice(candidate: $c, action: REJECT) { name } }',
      { token: ADMIN, variables: { c: rejected.name } });
    expect(reject.errors).toBeUndefined();
    expect(reject.data).toEqual({ curatePractice: null });
    const after = (await listed()).map((candidate) => candidate.name);
    for (const decided of [promoted, merged, rejected]) expect(after).not.toContain(decided.name);
    expect((await runtime.services.candidatePractices()).length).toBe(countBefore - 3);

    const alias = await server.graphql('mutation { addAlias(practice: "单元长制", alias: "API测试别名乙") { name aliases } }', { token: ADMIN });
    expect(alias.errors).toBeUndefined();
    expect((alias.data?.addAlias as { aliases: string[] }).aliases).toEqual(expect.arrayContaining([merged.name, 'API测试别名乙']));
    const taken = await server.graphql(`mutation { addAlias(practice: "社区大党委", alias: "${merged.name}") { name } }`, { token: ADMIN });
    expect(errorCodes(taken)).toEqual(['BAD_REQUEST']);

    const profiles = await server.graphql(`{ byName: practice(name: "${promoted.name}") { name itemCount } byAlias: practice(name: "API测试别名乙") { name } }`);
    expect(profiles.data).toEqual({ byName: { name: promoted.name, itemCount: promoted.count }, byAlias: { name: '单元长制' } });

    // The ingest path re-loads the taxonomy file on every run; curation must survive it.
    await store.upsertTaxonomy(loadTaxonomy());
    const kept = await server.graphql(`{ practice(name: "单元长制") { aliases } promoted: practice(name: "${promoted.name}") { status } }`);
    expect((kept.data?.practice as { aliases: string[] }).aliases).toEqual(expect.arrayContaining([merged.name, 'API测试别名乙']));
    expect(kept.data?.promoted).toEqual({ status: 'CURATED' });
  });

  it('rejects a query deeper than 10 levels and a search text over 500 characters with BAD_REQUEST', async () => {
    const deep = await server.graphql('{ search(query: "单元长") { hits { item { region { parent { parent { items { document { items { region { code } } } } } } } } } } }');
    expect(errorCodes(deep)).toEqual(['BAD_REQUEST']);
    expect(deep.errors?.[0]?.extensions?.reason).toBe('QUERY_TOO_DEEP');
    const long = await server.graphql('query Long($q: String!) { search(query: $q) { total } }', { variables: { q: '基层党建'.repeat(126) } });
    expect(errorCodes(long)).toEqual(['BAD_REQUEST']);
  });
});
