/**
 * Runs the GraphStore contract against a real Neo4j at NEO4J_URI (start one with
 * `node scripts/neo4j-dev.mjs start`, then NEO4J_URI=bolt://127.0.0.1:7687).
 *
 * Community edition has a single user database, so tests run one after another (vitest runs a
 * file's tests sequentially) and each test's cleanup deletes every node it wrote.
 * In CI (CI=true) a missing NEO4J_URI fails: a skipped Neo4j tier is not a passed one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNeo4jGraphStore } from '../../graph/neo4j/index.ts';
import { lockServer, runCypher, wipeAllNodes } from '../../graph/neo4j/testing.ts';
import { reprintedReport } from './reprints.contract.ts';
import { buildDocument, buildItem, DIMENSIONS } from './builders.ts';
import { SHARED_TTL_MS } from '../../graph/neo4j/memo.ts';
import { describeGraphStore } from './graph-store.contract.ts';

const uri = process.env.NEO4J_URI;

if (uri === undefined || uri === '') {
  const reason = 'NEO4J_URI is not set: start a server with `node scripts/neo4j-dev.mjs start` and set NEO4J_URI=bolt://127.0.0.1:7687';
  if (process.env.CI === 'true') {
    describe('GraphStore contract: neo4j', () => {
      it('needs a Neo4j server in CI', () => {
        throw new Error(`${reason} (CI must run the Neo4j tier, not skip it)`);
      });
    });
  } else {
    console.warn(`[neo4j contract] skipped: ${reason}`);
    describe.skip(`GraphStore contract: neo4j (skipped: ${reason})`, () => {
      it('runs the contract against Neo4j', () => undefined);
    });
  }
} else {
  const serverUri = uri;
  // Other files that wipe or count the whole database wait for this one, and the other way round.
  let release: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    release = await lockServer(serverUri);
  }, 16 * 60_000);
  afterAll(async () => {
    await release?.();
  });
  describeGraphStore('neo4j', async () => {
    const store = await createNeo4jGraphStore(serverUri, {
      user: process.env.NEO4J_USER,
      password: process.env.NEO4J_PASSWORD,
      database: process.env.NEO4J_DATABASE,
      dimensions: DIMENSIONS,
    });
    await store.init();
    const wipe = async (): Promise<void> => {
      await wipeStore(serverUri);
    };
    // Start from an empty store even if an earlier run was interrupted before its cleanup.
    await wipe();
    return {
      store,
      cleanup: async () => {
        await wipe();
        await store.close();
      },
    };
  });
}

/** Connection settings from the environment, as the contract run uses them. */
function connection() {
  return { user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD, database: process.env.NEO4J_DATABASE };
}

if (uri !== undefined && uri !== '') {
  const serverUri = uri;
  describe('neo4j: a store written before reprints were kept', () => {
    it('sketches and groups its items when the store opens', async () => {
      const store = await createNeo4jGraphStore(serverUri, { ...connection(), dimensions: DIMENSIONS });
      try {
        await store.init();
        await wipeStore(serverUri);
        const { county, newspaper, province } = reprintedReport;
        await store.writeDocuments([province, county, newspaper]);
        await runCypher(serverUri, 'MATCH (i:Item) REMOVE i.reportId, i.placeKey, i.reprintShingles, i.reprintSketch', {}, connection());
        const ids = ['county-2020-06:1', 'paper-2020-07-05:1', 'province-2020-07-12:1'];
        expect((await store.getItems(ids)).map((item) => item.reportId)).toEqual(ids);
        await store.init();
        expect((await store.getItems(ids)).map((item) => item.reportId)).toEqual(ids.map(() => 'county-2020-06:1'));
      } finally {
        await wipeStore(serverUri);
        await store.close();
      }
    });
  });
}

if (uri !== undefined && uri !== '') {
  const serverUri = uri;
  describe('neo4j: item facts, document summaries and report copies kept in memory between requests', () => {
    it('serves them while the change counter stands, and reads them again once another process changed the documents', async () => {
      const writer = await createNeo4jGraphStore(serverUri, { ...connection(), dimensions: DIMENSIONS });
      const reader = await createNeo4jGraphStore(serverUri, { ...connection(), dimensions: DIMENSIONS });
      try {
        await writer.init();
        await wipeStore(serverUri);
        const v1 = buildDocument({ items: [buildItem({ year: 2020, section: '市外参考' })] });
        await writer.writeDocument(v1);
        const id = 'anqing-2020-08:1';
        await expect(reader.itemFacts([id])).resolves.toMatchObject([{ year: 2020, section: '市外参考' }]);
        await expect(reader.getDocuments([v1.id])).resolves.toMatchObject([{ id: v1.id, issue: v1.issue }]);
        const [copy] = await reader.reportCopies([id]);
        expect(copy).toMatchObject({ itemId: id, documentId: v1.id });
        // Changed behind the counter's back: the reader still answers from memory.
        await runCypher(serverUri, "MATCH (i:Item {id: $id}) SET i.year = 1999, i.date = '1999-01-01'", { id }, connection());
        await runCypher(serverUri, "MATCH (d:Document {id: $id}) SET d.issue = '第99期'", { id: v1.id }, connection());
        await new Promise((resolve) => setTimeout(resolve, SHARED_TTL_MS + 100));
        await expect(reader.itemFacts([id])).resolves.toMatchObject([{ year: 2020 }]);
        await expect(reader.getDocuments([v1.id])).resolves.toMatchObject([{ issue: v1.issue }]);
        await expect(reader.reportCopies([id])).resolves.toEqual([copy]);
        // Another process replaces the document (the counter moves): once the reader's shared
        // answers expire it reads the new version.
        await writer.writeDocument({ ...v1, issue: '第10期', hash: 'sha256-anqing-2020-08-v2', items: [buildItem({ year: 2021, section: null })] });
        await new Promise((resolve) => setTimeout(resolve, SHARED_TTL_MS + 100));
        await expect(reader.itemFacts([id])).resolves.toMatchObject([{ year: 2021, section: null }]);
        await expect(reader.getDocuments([v1.id])).resolves.toMatchObject([{ issue: '第10期' }]);
        await expect(reader.reportCopies([id])).resolves.toEqual([copy]);
        await writer.deleteDocument(v1.id);
        await new Promise((resolve) => setTimeout(resolve, SHARED_TTL_MS + 100));
        await expect(reader.itemFacts([id])).resolves.toEqual([]);
        await expect(reader.getDocuments([v1.id])).resolves.toEqual([]);
        await expect(reader.reportCopies([id])).resolves.toEqual([]);
      } finally {
        await wipeStore(serverUri);
        await writer.close();
        await reader.close();
      }
    });
  });
}

/** Deletes every node: the test database is the server's only user database. */
async function wipeStore(serverUri: string): Promise<void> {
  await wipeAllNodes(serverUri, { user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD, database: process.env.NEO4J_DATABASE });
}
