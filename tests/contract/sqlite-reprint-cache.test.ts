/**
 * The SQLite adapter's cache of reprint candidates (graph/sqlite/reprint-cache.ts): sketches packed
 * one buffer per place come back as stored, and past its byte budget the least recently used
 * places are dropped and read again.
 */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteContext, type SqliteContext } from '../../graph/sqlite/context.ts';
import { COPY_OVERHEAD_BYTES, copiesAt, rememberCopies } from '../../graph/sqlite/reprint-cache.ts';
import { applySchema } from '../../graph/sqlite/schema.ts';
import { nameBits, sketchBytes, sketchText } from '../../graph/reprints/index.ts';

let db: Database.Database;
let context: SqliteContext;

/** Bodies in the genre, different enough per place and item that every sketch differs. */
function body(place: string, index: number): string {
  return `${place}第${index}批推行“党员联系户”制度，全镇${index * 7 + 3}名党员结对联系群众${index * 31 + 11}户，收集解决民生诉求${index * 13 + 5}件，群众满意率提升到${90 + (index % 9)}%。`;
}

function storeCopy(place: string, index: number): void {
  const sketch = sketchText(body(place, index));
  db.prepare('INSERT INTO item_copies(place_key, item_id, document_id, date, practices, name_bits, shingles, hashes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(place, `${place}#${index}`, `${place}-doc-${index % 3}`, '2021-05-01', '["党员联系户"]', nameBits(['党员联系户']), sketch.shingles, sketchBytes(sketch));
}

beforeEach(() => {
  db = new Database(':memory:');
  applySchema(db);
  // The cache reads item_copies alone: rows without their items keep the fixture small.
  db.pragma('foreign_keys = OFF');
  context = createSqliteContext(db, ':memory:');
  for (const place of ['甲县', '乙县', '丙县']) for (let index = 0; index < 4; index += 1) storeCopy(place, index);
});

afterEach(() => db.close());

describe('the reprint candidate cache', () => {
  it('gives every copy of a place with its sketch as stored, the batch’s own items left out', () => {
    const found = copiesAt(context, ['甲县', '乙县'], new Set(['甲县#2']));
    expect(found.get('甲县')!.map((copy) => copy.itemId)).toEqual(['甲县#0', '甲县#1', '甲县#3']);
    for (const [place, copies] of found) {
      for (const copy of copies) {
        const index = Number(copy.itemId.split('#')[1]);
        const expected = sketchText(body(place, index));
        expect(copy.sketch.shingles).toBe(expected.shingles);
        expect([...copy.sketch.hashes]).toEqual([...expected.hashes]);
      }
    }
    // Packed: the place's sketches are views on one buffer.
    const buffers = new Set(found.get('乙县')!.map((copy) => copy.sketch.hashes.buffer));
    expect(buffers.size).toBe(1);
  });

  it('answers from memory while a place is kept, and reads it again once dropped for the budget', () => {
    const oneCopy = sketchText(body('甲县', 0)).hashes.byteLength + COPY_OVERHEAD_BYTES;
    // Room for about two places of four copies: reading the third drops the least recently used.
    const budget = oneCopy * 9;
    copiesAt(context, ['甲县'], new Set(), budget);
    copiesAt(context, ['乙县'], new Set(), budget);
    copiesAt(context, ['甲县'], new Set(), budget);
    copiesAt(context, ['丙县'], new Set(), budget);
    // A row written behind the cache's back shows only where the place is read again.
    storeCopy('甲县', 9);
    storeCopy('乙县', 9);
    expect(copiesAt(context, ['甲县'], new Set(), budget).get('甲县')).toHaveLength(4);
    expect(copiesAt(context, ['乙县'], new Set(), budget).get('乙县')).toHaveLength(5);
  });

  it('adds a batch’s new copies to the places it keeps', () => {
    copiesAt(context, ['甲县'], new Set());
    const sketch = sketchText(body('甲县', 5));
    rememberCopies(context, [
      { placeKey: '甲县', itemId: '甲县#5', documentId: '甲县-doc-new', date: '2022-01-01', practices: ['党员联系户'], sketch },
      { placeKey: '丁县', itemId: '丁县#0', documentId: '丁县-doc-new', date: '2022-01-01', practices: [], sketch },
    ]);
    expect(copiesAt(context, ['甲县'], new Set()).get('甲县')!.map((copy) => copy.itemId)).toContain('甲县#5');
    // A place not kept is not started from one copy: it is read whole when asked.
    expect(copiesAt(context, ['丁县'], new Set()).get('丁县')).toEqual([]);
  });
});
