/**
 * The SQLite adapter's pure parts, tested without a database: filter SQL, FTS5 query building,
 * the vector codec and scan, error translation.
 */
import { describe, expect, it } from 'vitest';
import { translateSqliteError } from '../../graph/sqlite/errors.ts';
import { buildItemFilterSql } from '../../graph/sqlite/filter.ts';
import { inferLevel } from '../../graph/sqlite/regions.ts';
import { buildMatchQuery } from '../../graph/sqlite/search.ts';
import { decodeVector, encodeVector, itemMask, packVectors, topKByCodes } from '../../graph/sqlite/vectors.ts';
import { createBitMatrix, dotKernelIfLoaded, loadDotKernel } from '../../graph/vectors/dot-kernel.ts';
import { centredSignBits } from '../../graph/vectors/quantize.ts';
import { seeded, unitVector } from '../unit/graph/vectors/seeded-vectors.ts';

describe('buildItemFilterSql', () => {
  it('selects everything for an empty filter or empty lists', () => {
    expect(buildItemFilterSql({})).toEqual({ sql: '1', params: [] });
    expect(buildItemFilterSql({ regionCodes: [], practices: [] })).toEqual({ sql: '1', params: [] });
  });

  it('binds every value as a parameter, lists as one JSON array, in clause order', () => {
    const fragment = buildItemFilterSql({
      regionCodes: ['3408', '23'],
      practices: ['社区大党委'],
      category: '基层党建',
      section: '市内信息',
      yearFrom: 2019,
      yearTo: 2021,
    });
    expect(fragment.params).toEqual(['["3408","23"]', '["社区大党委"]', '基层党建', '市内信息', 2019, 2021]);
    expect(fragment.sql.match(/\?/g)).toHaveLength(6);
    expect(fragment.sql).toContain("ir.role IN ('region','subregion')");
    expect(fragment.sql).toContain('WITH RECURSIVE subtree');
    expect(fragment.sql).toContain('i.year >= ? AND i.year <= ?');
  });
});

describe('buildMatchQuery', () => {
  it('ORs quoted tokens, once each', () => {
    expect(buildMatchQuery(['社区', '大党委', '社区'])).toBe('"社区" OR "大党委"');
  });

  it('doubles quotes inside a token and drops punctuation-only tokens', () => {
    expect(buildMatchQuery(['单元"长', '，', ' ', 'NEAR('])).toBe('"单元""长" OR "NEAR("');
    expect(buildMatchQuery(['。', '“'])).toBeNull();
  });
});

describe('vector codec and scan', () => {
  it('round-trips Float32 vectors through little-endian blobs, unaligned or not', () => {
    const vector = new Float32Array([0.5, -0.25, 1e-7, 3]);
    const blob = encodeVector(vector);
    expect(blob.readFloatLE(4)).toBe(-0.25);
    const unaligned = Buffer.concat([Buffer.from([9]), blob]).subarray(1);
    expect(decodeVector(unaligned)).toEqual(vector);
  });

  it('keeps the k best int8 scores, skipping masked items and other dimensions', () => {
    const rows = [
      { id: 1, item_id: 'a', idx: 0, embedding: encodeVector(new Float32Array([1, 0])) },
      { id: 2, item_id: 'b', idx: 0, embedding: encodeVector(new Float32Array([0.6, 0.8])) },
      { id: 3, item_id: 'c', idx: 1, embedding: encodeVector(new Float32Array([0, 1])) },
      { id: 4, item_id: 'd', idx: 0, embedding: encodeVector(new Float32Array([1, 0, 0])) },
      { id: 5, item_id: 'a', idx: 1, embedding: encodeVector(new Float32Array([0.8, 0.6])) },
    ];
    const packed = packVectors(rows, 2);
    expect(packed.items).toEqual(['a', 'b', 'c']);
    expect([...packed.passageIds]).toEqual([1, 2, 3, 5]);
    const itemOf = (hit: { row: number }) => packed.items[packed.itemOfRow[hit.row]!];
    const query = new Float32Array([0, 1]);
    expect(topKByCodes(packed, query, 2).map(itemOf)).toEqual(['c', 'b']);
    expect(topKByCodes(packed, query, 2, itemMask(packed, ['a', 'b'])).map(itemOf)).toEqual(['b', 'a']);
    expect(topKByCodes(packed, query, 3, itemMask(packed, ['a'])).map((hit) => packed.passageIndexes[hit.row])).toEqual([1, 0]);
    expect(topKByCodes(packed, new Float32Array([1, 0, 0]), 2)).toEqual([]);
  });

  it('answers as the full int8 scan when sign bits shortlist the rows first, with or without a mask', async () => {
    // 12,000 passages of 128 dimensions: 150 noisy copies of the query's topic among random others,
    // so the shortlist (4,096 rows for k = 40) is a third of the rows and must keep the topic's.
    const dimensions = 128;
    const random = seeded(41);
    const topic = unitVector(7, dimensions);
    const rows = Array.from({ length: 12_000 }, (_, index) => {
      const vector = index % 80 === 0 ? topic.map((value) => value + 0.03 * random()) : Float32Array.from({ length: dimensions }, random);
      return { id: index + 1, item_id: `item-${Math.floor(index / 3)}`, idx: index % 3, embedding: encodeVector(vector) };
    });
    const full = packVectors(rows, dimensions);
    expect(full.bits).toBeUndefined();
    await loadDotKernel();
    const bits = createBitMatrix(dotKernelIfLoaded()!, full.count, dimensions);
    centredSignBits(full.codes, full.scales, full.count, dimensions, bits.bits);
    const shortlisted = { ...full, bits };
    const query = topic.map((value) => value + 0.01 * random());
    const rowsOf = (hits: { row: number }[]) => hits.map((hit) => hit.row);
    expect(rowsOf(topKByCodes(shortlisted, query, 40))).toEqual(rowsOf(topKByCodes(full, query, 40)));
    const everyOtherCopy = rows.filter((_, index) => index % 160 === 0 || index % 7 === 0).map((row) => row.item_id);
    const mask = itemMask(full, everyOtherCopy);
    expect(rowsOf(topKByCodes(shortlisted, query, 40, mask))).toEqual(rowsOf(topKByCodes(full, query, 40, mask)));
    const few = itemMask(full, rows.slice(0, 300).map((row) => row.item_id));
    expect(rowsOf(topKByCodes(shortlisted, query, 40, few))).toEqual(rowsOf(topKByCodes(full, query, 40, few)));
  });
});

describe('region levels of path ancestors', () => {
  it('follow the gazetteer code length, else the depth', () => {
    expect(['34', '3408', '340827', '340827100', '340827100001'].map((code, depth) => inferLevel(code, depth))).toEqual([
      'province', 'city', 'county', 'township', 'community',
    ]);
    expect(inferLevel('X1', 0)).toBe('province');
    expect(inferLevel('abc', 1)).toBe('city');
  });
});

describe('translateSqliteError', () => {
  const failure = (code: string) => Object.assign(new Error(`${code} happened`), { code });

  it.each([
    ['SQLITE_BUSY', 'write', 'STORE_UNAVAILABLE'],
    ['SQLITE_BUSY_SNAPSHOT', 'read', 'STORE_UNAVAILABLE'],
    ['SQLITE_CANTOPEN', 'open', 'STORE_UNAVAILABLE'],
    ['SQLITE_CORRUPT', 'read', 'STORE_CORRUPT'],
    ['SQLITE_NOTADB', 'open', 'STORE_CORRUPT'],
    ['SQLITE_CONSTRAINT_PRIMARYKEY', 'write', 'STORE_WRITE_FAILED'],
    ['SQLITE_CONSTRAINT_FOREIGNKEY', 'write', 'STORE_WRITE_FAILED'],
    ['SQLITE_FULL', 'write', 'STORE_WRITE_FAILED'],
  ] as const)('turns %s during a %s into %s', (code, action, expected) => {
    const error = translateSqliteError(failure(code), action, 'data/atlas.db');
    expect(error.code).toBe(expected);
    expect(error.message).toContain('data/atlas.db');
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('treats a failure without an SQLite code inside a write as a failed write', () => {
    expect(translateSqliteError(new TypeError('bad value'), 'write', 'x.db').code).toBe('STORE_WRITE_FAILED');
  });
});
