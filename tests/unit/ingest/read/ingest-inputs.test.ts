/**
 * The readers inside the whole pipeline: every format ingests, traditional characters resolve
 * their region, and bad files are reported one by one without touching what the store holds.
 */
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGraphStore } from '../../../../graph/open.ts';
import type { GraphStore } from '../../../../graph/store.ts';
import { createCachedEmbedder, createHashingEmbedder } from '../../../../language/embed/index.ts';
import { extractText, ingestPaths } from '../../../../ingest/pipeline.ts';
import type { IngestOptions } from '../../../../ingest/pipeline.ts';
import { silentProgress } from '../../../../ingest/progress.ts';
import { readSourceText } from '../../../../ingest/read/files.ts';
import { createTextStages } from '../../../../ingest/stages.ts';
import { CITY_BULLETIN, hasCjkFont, makeArticlePage, makeDocx, makePdf, toGbk, TRADITIONAL_BULLETIN } from './make-inputs.ts';

const root = mkdtempSync(path.join(tmpdir(), 'atlas-ingest-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const optionsFor = (store: GraphStore): IngestOptions => ({
  stages: createTextStages(),
  embedder: createCachedEmbedder(createHashingEmbedder(), store),
  store,
  progress: silentProgress,
});

describe('traditional characters', () => {
  it.each(['docx', 'html'])('a traditional-character .%s resolves its region through extractText', async (kind) => {
    const file = path.join(root, `traditional.${kind}`);
    writeFileSync(file, kind === 'docx'
      ? await makeDocx(TRADITIONAL_BULLETIN)
      : makeArticlePage({ charset: 'utf-8', headline: '浙江省安吉縣：建立“村事共商”議事機制', paragraphs: TRADITIONAL_BULLETIN.slice(5) }));
    const source = await readSourceText(file);
    const doc = extractText(createTextStages(), source.text, source.source);
    expect(doc.items.map((item) => item.region.region?.path)).toEqual([['浙江省', '湖州市', '安吉县']]);
    // The original characters are kept in the text.
    expect(doc.items[0]!.text).toContain('議事會');
  });
});

describe('ingestPaths over good and bad files', () => {
  const good = path.join(root, 'good');
  const bad = path.join(root, 'bad');
  let store: GraphStore;

  beforeAll(async () => {
    mkdirSync(good);
    mkdirSync(bad);
    writeFileSync(path.join(good, 'a-utf8.txt'), CITY_BULLETIN.join('\n'));
    writeFileSync(path.join(good, 'b-gbk.txt'), toGbk(CITY_BULLETIN.join('\n').replaceAll('石湾', '金岭')));
    writeFileSync(path.join(good, 'c-bulletin.docx'), await makeDocx(CITY_BULLETIN.map((line) => line.replaceAll('石湾', '云台'))));
    if (hasCjkFont) writeFileSync(path.join(good, 'd-bulletin.pdf'), await makePdf(CITY_BULLETIN.map((line) => line.replaceAll('石湾', '竹溪'))));
    writeFileSync(path.join(bad, 'empty.txt'), '');
    writeFileSync(path.join(bad, 'junk.docx'), Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256)));
    writeFileSync(path.join(bad, 'junk.pdf'), Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 104729) % 256)));
    const docx = await makeDocx(CITY_BULLETIN);
    writeFileSync(path.join(bad, 'truncated.docx'), docx.subarray(0, docx.length >> 1));
    writeFileSync(path.join(bad, 'huge.txt'), '');
    truncateSync(path.join(bad, 'huge.txt'), 50 * 1024 * 1024);
    writeFileSync(path.join(bad, 'table.xlsx'), 'PK');
    store = await openGraphStore(path.join(root, 'atlas.db'));
  });
  afterAll(async () => store.close());

  it('stores the good files, reports each bad one with its catalogued reason, and skips unknown types', async () => {
    const summary = await ingestPaths([good, bad], optionsFor(store));
    const goodCount = hasCjkFont ? 4 : 3;
    expect(summary.documents.created).toBe(goodCount);
    expect(summary.items).toBe(goodCount * 3);
    const failed = Object.fromEntries(summary.failed.map(({ file, reason }) => [path.basename(file), reason.slice(0, reason.indexOf(']') + 1)]));
    expect(failed).toEqual({
      'empty.txt': '[INPUT_EMPTY]',
      'huge.txt': '[INPUT_UNREADABLE]',
      'junk.docx': '[INPUT_UNREADABLE]',
      'junk.pdf': '[INPUT_UNREADABLE]',
      'truncated.docx': '[INPUT_UNREADABLE]',
    });
    for (const { file, reason } of summary.failed) expect(reason).toContain(file);
    expect(summary.skipped.map(({ file }) => path.basename(file))).toEqual(['table.xlsx']);
    expect((await store.stats()).documents).toBe(goodCount);
  });

  it('leaves a store holding documents exactly as it was after a run of only bad files', async () => {
    const before = await store.stats();
    expect(before.documents).toBeGreaterThan(0);
    const summary = await ingestPaths([bad, path.join(bad, 'table.xlsx')], optionsFor(store));
    expect(summary.documents).toEqual({ created: 0, replaced: 0, unchanged: 0 });
    expect(summary.failed.map(({ file }) => path.basename(file)).sort()).toEqual(['empty.txt', 'huge.txt', 'junk.docx', 'junk.pdf', 'table.xlsx', 'truncated.docx']);
    expect(summary.failed.find(({ file }) => file.endsWith('.xlsx'))?.reason).toMatch(/^\[INPUT_UNSUPPORTED\]/);
    expect(await store.stats()).toEqual(before);
    expect((await store.check()).ok).toBe(true);
  });
});
