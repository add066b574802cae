/**
 * The Neo4j adapter's cache of reprint candidates (graph/neo4j/reprint-cache.ts), against a real
 * server at NEO4J_URI: a connection answers from memory while it is the only writer, and reads
 * the store again once another connection changed the copies or its own transaction rolled back.
 * (Skipped without NEO4J_URI; the Neo4j tier of CI sets it.)
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { connectNeo4j, type Neo4jContext } from '../../graph/neo4j/context.ts';
import { bumpReprintVersion, copiesForLinking } from '../../graph/neo4j/reprint-cache.ts';
import { lockServer, runCypher, wipeAllNodes } from '../../graph/neo4j/testing.ts';
import { sketchText, type NewCopy } from '../../graph/reprints/index.ts';

const uri = process.env.NEO4J_URI;
const connection = { user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD, database: process.env.NEO4J_DATABASE };

/** A body in the genre, different per index so every sketch differs. */
function body(index: number): string {
  return `甲县第${index}批推行“党员联系户”制度，全县${index * 7 + 3}名党员结对联系群众${index * 31 + 11}户，收集解决民生诉求${index * 13 + 5}件。`;
}

function copy(index: number): NewCopy {
  return { placeKey: '990101', itemId: `doc${index}:1`, documentId: `doc${index}`, date: '2021-05-01', practices: ['党员联系户'], sketch: sketchText(body(index)) };
}

/** A copy written straight into the store, as another process's batch would leave it. */
async function storeCopy(index: number): Promise<void> {
  const { placeKey, itemId, documentId, sketch } = copy(index);
  await runCypher(
    uri!,
    'CREATE (:Document {id: $documentId})-[:HAS_ITEM]->(:Item {id: $itemId, placeKey: $placeKey, reportId: $itemId, date: "2021-05-01", reprintShingles: $shingles, reprintSketch: $hashes})',
    { documentId, itemId, placeKey, shingles: sketch.shingles, hashes: [...sketch.hashes] },
    connection,
  );
}

/** What one linking transaction of `context` finds at the place, keeping `added` as its new copies. */
async function linkingSees(context: Neo4jContext, added: NewCopy[] = []): Promise<string[]> {
  return context.write(async (tx) => {
    const { candidates, keep } = await copiesForLinking(context, tx, ['990101'], new Set(added.map((one) => one.itemId)));
    const seen = (candidates.get('990101') ?? []).map((found) => found.itemId).sort();
    keep(added);
    return seen;
  });
}

if (uri === undefined || uri === '') {
  describe.skip('neo4j reprint cache (NEO4J_URI is not set)', () => {
    it('keeps candidates in memory', () => undefined);
  });
} else {
  let release: (() => Promise<void>) | undefined;
  let mine: Neo4jContext;
  let other: Neo4jContext;
  beforeAll(async () => {
    release = await lockServer(uri);
    mine = await connectNeo4j(uri, connection);
    other = await connectNeo4j(uri, connection);
  }, 16 * 60_000);
  afterAll(async () => {
    await wipeAllNodes(uri, connection);
    await mine?.close();
    await other?.close();
    await release?.();
  });
  beforeEach(async () => {
    await wipeAllNodes(uri, connection);
  });

  describe('neo4j reprint cache', () => {
    it('answers from memory while its connection is the only writer, with the copies it linked', async () => {
      await storeCopy(1);
      expect(await linkingSees(mine)).toEqual(['doc1:1']);
      // A row written behind the counter's back is not read again: the place comes from memory.
      await storeCopy(2);
      expect(await linkingSees(mine, [copy(3)])).toEqual(['doc1:1']);
      expect(await linkingSees(mine)).toEqual(['doc1:1', 'doc3:1']);
    });

    it('reads the store again once another connection changed the copies', async () => {
      await storeCopy(1);
      expect(await linkingSees(mine)).toEqual(['doc1:1']);
      await storeCopy(2);
      await other.write((tx) => bumpReprintVersion(tx));
      expect(await linkingSees(mine)).toEqual(['doc1:1', 'doc2:1']);
    });

    it('reads the store again after its own linking transaction rolled back', async () => {
      await storeCopy(1);
      expect(await linkingSees(mine)).toEqual(['doc1:1']);
      const failing = mine.write(async (tx) => {
        const { keep } = await copiesForLinking(mine, tx, ['990101'], new Set());
        keep([copy(4)]);
        throw new Error('the batch failed after linking');
      });
      await expect(failing).rejects.toThrow();
      // doc4 was never stored: the next batch must not meet it.
      expect(await linkingSees(mine)).toEqual(['doc1:1']);
    });

    it('starts afresh when the store was emptied and the counter counted up to the same number', async () => {
      await storeCopy(1);
      expect(await linkingSees(mine)).toEqual(['doc1:1']);
      await wipeAllNodes(uri, connection);
      await storeCopy(2);
      expect(await linkingSees(mine)).toEqual(['doc2:1']);
    });
  });
}
