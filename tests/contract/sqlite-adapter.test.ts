/**
 * What only the SQLite adapter can show: failures injected inside the database, damage the
 * integrity check must see, driver errors translated at the boundary, and the vector cache
 * noticing another connection's writes.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openGraphStore } from '../../graph/open.ts';
import { createSqliteGraphStore } from '../../graph/sqlite/index.ts';
import type { GraphStore } from '../../graph/store.ts';
import { SCHEMA_VERSION } from '../../graph/sqlite/schema.ts';
import { buildDocument, buildItem, vectorOf } from './builders.ts';
import { anqing, corpusItemView, ids, loadCorpus } from './corpus.ts';

let folder: string;
let file: string;
let store: GraphStore;
let raw: Database.Database;

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'atlas-sqlite-'));
  file = path.join(folder, 'atlas.db');
  store = await openGraphStore(file);
  raw = new Database(file);
});

afterEach(async () => {
  raw.close();
  await store.close();
  await rm(folder, { recursive: true, force: true });
});

describe('the SQLite file', () => {
  it('runs in WAL mode with foreign keys enforced by the adapter', async () => {
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    await loadCorpus(store);
    raw.pragma('foreign_keys = ON');
    expect(() => raw.prepare("INSERT INTO items(id, document_id, ordinal, title, text) VALUES ('x', 'missing', 1, 't', 't')").run()).toThrow(
      /FOREIGN KEY/,
    );
  });

  it('indexes Chinese tokens whole with unicode61', async () => {
    await loadCorpus(store);
    const match = (query: string) => raw.prepare('SELECT count(*) FROM passage_fts WHERE passage_fts MATCH ?').pluck().get(query);
    expect(match('"单元长制"')).toBe(2);
    expect(match('"长制"')).toBe(0);
    expect(match('"党"')).toBe(0);
  });
});

describe('reprints in the file', () => {
  it('check() names an item whose report is no stored item leading its own report', async () => {
    await loadCorpus(store);
    await expect(store.check()).resolves.toEqual({ ok: true, problems: [] });
    raw.prepare('UPDATE items SET report_id = ? WHERE id = ?').run('gone:1', ids.wangjiang);
    await expect(store.check()).resolves.toEqual({ ok: false, problems: ['1 items whose report is not a stored item leading its own report'] });
  });
});

describe('schema versions', () => {
  const itemColumns = (): string[] => raw.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('items') as string[];
  const storedVersion = (): unknown => raw.prepare("SELECT value FROM meta WHERE key = 'schema_version'").pluck().get();

  /** Takes away what schema versions 3 to 6 added (reprints). */
  const dropReprints = (): void => {
    raw.exec('DROP TABLE item_copies; DROP INDEX items_by_report; ALTER TABLE items DROP COLUMN report_id');
  };
  /** Each item_copies row as compared across layouts (names in any order). */
  const copyRows = (): unknown[] =>
    (raw.prepare('SELECT * FROM item_copies ORDER BY item_id').all() as { practices: string }[]).map((row) => ({ ...row, practices: (JSON.parse(row.practices) as string[]).sort() }));
  /** The reprint tables as schema `version` (3, 4 or 5) kept them, from the item_copies of a new file. */
  const toOldReprintLayout = (version: number): void => {
    raw.exec(`
      CREATE TABLE item_sketches (item_id TEXT PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE, place_key TEXT NOT NULL, shingles INTEGER NOT NULL, hashes BLOB NOT NULL);
      CREATE INDEX item_sketches_by_place ON item_sketches(place_key);
      INSERT INTO item_sketches SELECT item_id, place_key, shingles, hashes FROM item_copies;`);
    if (version >= 4) {
      raw.exec(`
        CREATE TABLE item_reprint_keys (place_key TEXT NOT NULL, practice TEXT NOT NULL, item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
          PRIMARY KEY (place_key, practice, item_id)) WITHOUT ROWID;
        INSERT INTO item_reprint_keys SELECT c.place_key, coalesce(n.value, ''), c.item_id FROM item_copies c LEFT JOIN json_each(c.practices) n;`);
    }
    if (version >= 5) raw.exec('CREATE INDEX items_copy_columns ON items(id, document_id, date, report_id)');
    raw.exec('DROP TABLE item_copies');
    raw.prepare("UPDATE meta SET value = ? WHERE key = 'schema_version'").run(String(version));
  };

  it('gives a new file the latest layout', () => {
    expect(SCHEMA_VERSION).toBe(6);
    expect(storedVersion()).toBe('6');
    expect(itemColumns()).toContain('region_evidence');
    expect(itemColumns()).toContain('report_id');
  });

  it('brings a version 1 file (no region evidence) up to date when it is opened, keeping its data', async () => {
    await loadCorpus(store);
    await store.close();
    // A file as version 1 wrote it: no items.region_evidence (nor what version 3 adds), schema_version 1.
    dropReprints();
    raw.exec('ALTER TABLE items DROP COLUMN region_evidence');
    raw.prepare("UPDATE meta SET value = '1' WHERE key = 'schema_version'").run();
    expect(itemColumns()).not.toContain('region_evidence');

    store = await openGraphStore(file);
    expect(itemColumns()).toContain('region_evidence');
    expect(storedVersion()).toBe('6');
    const written = [ids.wangjiang, ids.yichun, ids.chengguan];
    await expect(store.getItems(written)).resolves.toEqual(written.map((id) => ({ ...corpusItemView(id), regionEvidence: null })));
    expect((await store.fullText(['单元长制'], {}, 10)).map((hit) => hit.itemId).sort()).toEqual([ids.taihu, ids.yichun].sort());
    await expect(store.check()).resolves.toEqual({ ok: true, problems: [] });

    const v2 = { ...anqing, hash: 'v2', items: [buildItem({ id: ids.wangjiang, regionEvidence: 'town' })] };
    await expect(store.writeDocument(v2)).resolves.toMatchObject({ status: 'replaced' });
    expect((await store.getItems([ids.wangjiang]))[0]?.regionEvidence).toBe('town');
    // The added column keeps the same check as a new file's.
    expect(() => raw.prepare("UPDATE items SET region_evidence = 'guessed' WHERE id = ?").run(ids.wangjiang)).toThrow(/CHECK/);

    // Opening it again changes nothing.
    await store.close();
    store = await openGraphStore(file);
    expect(storedVersion()).toBe('6');
    expect((await store.getItems([ids.wangjiang]))[0]?.regionEvidence).toBe('town');
  });

  it('brings a version 2 file (no report ids) up to date, finding the reprints it already holds', async () => {
    const body = '望江县在城区12个社区全面推行社区“大党委”制，吸纳驻区机关、学校、医院、非公企业党组织46个担任兼职委员单位，每月召开一次联席会议，解决群众急难愁盼问题1.4万余件。';
    const copy = (id: string, date: string) => buildDocument({ id, source: `${id}.txt`, hash: id, date, items: [buildItem({ id: `${id}:1`, date, text: body })] });
    await store.writeDocuments([copy('later', '2020-08-01'), copy('first', '2020-06-28')]);
    await store.close();
    dropReprints();
    raw.prepare("UPDATE meta SET value = '2' WHERE key = 'schema_version'").run();

    store = await openGraphStore(file);
    expect(storedVersion()).toBe('6');
    expect((await store.getItems(['later:1', 'first:1'])).map((item) => item.reportId)).toEqual(['first:1', 'first:1']);
  });

  it.each([3, 4, 5])('brings a version %i file (sketches apart from the copy columns) up to date, so a new copy still finds the stored ones', async (version) => {
    const body = '望江县在城区12个社区全面推行社区“大党委”制，吸纳驻区机关、学校、医院、非公企业党组织46个担任兼职委员单位，每月召开一次联席会议，解决群众急难愁盼问题1.4万余件。';
    const copy = (id: string, date: string, practices = buildItem().practices) =>
      buildDocument({ id, source: `${id}.txt`, hash: id, date, items: [buildItem({ id: `${id}:1`, date, text: body, practices, candidatePractices: [] })] });
    await store.writeDocuments([copy('later', '2020-08-01'), copy('cut', '2020-08-02', [])]);
    const written = copyRows();
    expect(written).toContainEqual(expect.objectContaining({ item_id: 'cut:1', practices: [] }));
    await store.close();
    toOldReprintLayout(version);

    store = await openGraphStore(file);
    expect(storedVersion()).toBe('6');
    expect(copyRows()).toEqual(written);
    const tables = raw.prepare("SELECT name FROM sqlite_master WHERE name IN ('item_sketches', 'item_reprint_keys', 'items_copy_columns')").pluck().all();
    expect(tables).toEqual([]);
    await store.writeDocument(copy('first', '2020-06-28'));
    expect((await store.getItems(['later:1', 'cut:1', 'first:1'])).map((item) => item.reportId)).toEqual(['first:1', 'first:1', 'first:1']);
  });

  it('leaves a file written by a later version at its version', async () => {
    await store.close();
    raw.prepare("UPDATE meta SET value = '99' WHERE key = 'schema_version'").run();
    store = await openGraphStore(file);
    expect(storedVersion()).toBe('99');
  });
});

describe('a write failing inside the database', () => {
  it('rolls back to the previous version', async () => {
    await loadCorpus(store);
    raw.exec("CREATE TRIGGER injected_failure BEFORE INSERT ON outcomes WHEN new.text = '注入故障' BEGIN SELECT RAISE(ABORT, 'injected failure'); END;");
    const last = buildItem({ id: 'anqing-2020-08:9', ordinal: 9 });
    const failing = buildItem({ ...last, outcomes: [{ ...last.outcomes[0]!, text: '注入故障' }] });
    const v2 = { ...anqing, hash: 'v2', items: [buildItem({ id: 'anqing-2020-08:1', title: '新标题' }), failing] };

    await expect(store.writeDocument(v2)).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED', message: /injected failure/ });
    expect((await store.getDocument(anqing.id))?.hash).toBe(anqing.hash);
    expect((await store.getItems([ids.wangjiang]))[0]?.title).toBe(anqing.items[0]?.title);
    expect(await store.findItemIds({ regionCodes: ['3408'] })).toEqual([ids.wangjiang, ids.taihu]);
    await expect(store.check()).resolves.toEqual({ ok: true, problems: [] });
  });
});

describe('the integrity check', () => {
  beforeEach(async () => {
    await loadCorpus(store);
  });

  it('reports full-text rows out of sync with passages', async () => {
    raw.prepare("INSERT INTO passage_fts(rowid, tokens) VALUES (9999, '幽灵 段落')").run();
    const report = await store.check();
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.stringMatching(/^full-text index out of sync/)]);
  });

  it('reports vectors whose dimension differs from the rest', async () => {
    raw.prepare('UPDATE passages SET embedding = ? WHERE id = (SELECT min(id) FROM passages)').run(Buffer.alloc(8));
    await expect(store.check()).resolves.toEqual({ ok: false, problems: ['1 passages with vectors of 2 dimensions instead of 512'] });
  });

  it('reports items without their document and edges to missing nodes', async () => {
    raw.pragma('foreign_keys = OFF');
    raw.prepare('DELETE FROM documents WHERE id = ?').run(anqing.id);
    raw.prepare("UPDATE item_regions SET region_code = '000000' WHERE item_id = ?").run(ids.yichun);
    const report = await store.check();
    expect(report.problems).toContain('3 items without their document');
    expect(report.problems).toContain('1 region edges to missing items or regions');
  });
});

describe('driver errors at the boundary', () => {
  it('reports a file that is not a database as corrupt', async () => {
    const garbage = path.join(folder, 'not-a-db.db');
    await writeFile(garbage, 'this is not a sqlite database at all, just text long enough to be a header'.repeat(20));
    await expect(openGraphStore(garbage)).rejects.toMatchObject({ code: 'STORE_CORRUPT' });
  });

  it('reports a file that cannot be opened as unavailable', () => {
    expect(() => createSqliteGraphStore(path.join(folder, 'missing', 'folder', 'atlas.db'))).toThrow(
      expect.objectContaining({ code: 'STORE_UNAVAILABLE' }),
    );
  });

  it('reports a database locked by another writer as unavailable', async () => {
    const impatient = createSqliteGraphStore(file, { busyTimeoutMs: 20 });
    await impatient.init();
    raw.exec('BEGIN IMMEDIATE');
    try {
      await expect(impatient.writeDocument(anqing)).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    } finally {
      raw.exec('ROLLBACK');
      await impatient.close();
    }
  });

  it('refuses calls after close', async () => {
    await store.close();
    await expect(store.stats()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
  });
});

describe('the vector cache', () => {
  it('notices passages deleted by another connection', async () => {
    await loadCorpus(store);
    expect((await store.nearest(vectorOf({ 0: 1 }), {}, 1))[0]?.itemId).toBe(ids.wangjiang);
    raw.pragma('foreign_keys = ON');
    raw.prepare('DELETE FROM documents WHERE id = ?').run(anqing.id);
    const hits = await store.nearest(vectorOf({ 0: 1 }), {}, 10);
    expect(hits.map((hit) => hit.itemId)).not.toContain(ids.wangjiang);
  });
});

describe('the copies reprint detection keeps in memory', () => {
  const report = (place: string) =>
    `今年以来，${place}在城区12个社区全面推行社区“大党委”制，吸纳驻区机关、学校、医院、非公企业党组织46个担任兼职委员单位，` +
    '推动组织共建、资源共享、难题共解，建立“月议事、季评议、年述职”工作机制，目前已认领民生项目138个。';
  const otherReport = '望江县开展年轻干部“墩苗计划”，选派45名年轻干部到信访、征迁一线墩苗历练，每人明确1名导师、1项攻坚任务，两年来已有12名表现突出的年轻干部得到提拔重用，干部队伍结构持续优化。';
  const bulletin = (id: string, date: string, text: string, policies = ['关于加强城市基层党建工作的实施意见']) =>
    buildDocument({ id, hash: `sha256-${id}-${text.length}`, date, items: [buildItem({ id: `${id}:1`, date, text, policies })] });
  const reportOf = async (itemId: string) => (await store.getItems([itemId]))[0]?.reportId;

  it('sees a copy another connection wrote at a place it holds', async () => {
    await store.writeDocument(bulletin('a', '2020-01-01', report('望江县')));
    const other = await openGraphStore(file);
    try {
      await other.writeDocument(bulletin('b', '2020-02-01', otherReport));
    } finally {
      await other.close();
    }
    await store.writeDocument(bulletin('c', '2020-03-01', otherReport));
    expect(await reportOf('c:1')).toBe('b:1');
  });

  it('drops the copies of a batch rolled back after they were kept', async () => {
    // Fails the replacing batch in its last step, when its copies are linked and kept already.
    raw.exec("CREATE TRIGGER injected_failure BEFORE DELETE ON policies BEGIN SELECT RAISE(ABORT, 'injected failure'); END;");
    await store.writeDocument(bulletin('a', '2020-01-01', report('望江县')));
    await expect(store.writeDocument(bulletin('a', '2020-01-01', otherReport, ['另一份文件']))).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED' });
    await store.writeDocument(bulletin('d', '2020-04-01', report('望江县')));
    expect(await reportOf('d:1')).toBe('a:1');
  });
});
