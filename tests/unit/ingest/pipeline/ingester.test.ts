/**
 * The one ingest entry point: paths and single texts (uploads) go through the same rules — the
 * taxonomy is there, a text already stored under another name is refused as INPUT_DUPLICATE, the
 * same name with the same text is unchanged, and a file of a folder is refused the same way.
 * Uploads come as bytes read by the CLI's readers; a file keeps its id whichever folder atlas runs
 * in, and a copy stored under the old working-folder id is retired once the file is stored again.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAtlasError } from '../../../../errors/catalogue.ts';
import { openGraphStore } from '../../../../graph/open.ts';
import type { GraphStore } from '../../../../graph/store.ts';
import { createCachedEmbedder, createHashingEmbedder } from '../../../../language/embed/index.ts';
import { documentIdFor, legacyDocumentIdFor, uploadSource } from '../../../../ingest/document-ids.ts';
import { createIngester } from '../../../../ingest/ingester.ts';
import { extractText, toDocumentRecord } from '../../../../ingest/records.ts';
import type { Ingester } from '../../../../ingest/ingester.ts';
import { silentProgress } from '../../../../ingest/progress.ts';

const root = mkdtempSync(path.join(tmpdir(), 'atlas-ingester-'));
let store: GraphStore;
let ingester: Ingester;

const report = [
  '云岭组工信息', '第 3 期', '中共云岭市委组织部研究室', '2023 年 5 月 10 日', '', '市内信息', '',
  '△东湖县：推行“村民说事”制度。全县建成说事点120个，化解矛盾纠纷86件。（东湖县委组织部）',
].join('\n');

beforeAll(async () => {
  store = await openGraphStore(path.join(root, 'atlas.db'));
  ingester = createIngester({ store, model: createHashingEmbedder() });
});
afterAll(async () => {
  await store.close();
  rmSync(root, { recursive: true, force: true });
});

async function refusal(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    return isAtlasError(error) ? error.code : String(error);
  }
  return 'accepted';
}

describe('createIngester', () => {
  it('writes an uploaded text with the taxonomy in place', async () => {
    const written = await ingester.ingestText(report, 'uploads/云岭组工信息-第3期.txt');
    expect(written.status).toBe('created');
    expect((await store.stats()).practices).toBeGreaterThan(100);
  });

  it('keeps the same text under the same name unchanged', async () => {
    expect((await ingester.ingestText(report, 'uploads/云岭组工信息-第3期.txt')).status).toBe('unchanged');
  });

  it('refuses the same text under another name, spaces and line ends notwithstanding', async () => {
    expect(await refusal(() => ingester.ingestText(report, 'uploads/copy.txt'))).toBe('INPUT_DUPLICATE');
    expect(await refusal(() => ingester.ingestText(report.replace(/\n/g, '\r\n  '), 'uploads/copy-crlf.txt'))).toBe('INPUT_DUPLICATE');
  });

  it('refuses it the same way when it comes as a file in a folder', async () => {
    const folder = path.join(root, 'in');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'again.txt'), report);
    const summary = await ingester.ingestPaths([folder], { progress: silentProgress });
    expect(summary.failed).toHaveLength(1);
    expect(summary.failed[0]?.reason).toContain('未重复导入');
  });

  it('refuses empty text', async () => {
    expect(await refusal(() => ingester.ingestText('  \n ', 'uploads/empty.txt'))).toBe('INPUT_EMPTY');
  });

  it('reads uploaded bytes as the CLI reads files: GBK decoded, stored as an upload', async () => {
    const text = report.replace('第 3 期', '第 4 期').replace('120', '130');
    const written = await ingester.ingestFile(iconv.encode(text, 'gbk'), 'C:\\公文\\云岭-第4期.txt');
    expect(written.status).toBe('created');
    const [doc] = await store.getDocuments([written.documentId]);
    expect(doc?.source).toBe(uploadSource('云岭-第4期.txt'));
    expect(doc?.issue).toBe('第4期');
  });

  it('refuses a binary upload with the file named, storing nothing', async () => {
    const before = (await store.stats()).documents;
    const bytes = new Uint8Array(4096).map((_, index) => (index * 7919) % 256);
    expect(await refusal(() => ingester.ingestFile(bytes, 'scan.bin'))).toMatch(/^INPUT_/);
    expect((await store.stats()).documents).toBe(before);
  });
});

describe('document ids', () => {
  const progress = silentProgress;
  const startedIn = process.cwd();
  afterAll(() => process.chdir(startedIn));

  it('keeps a file\'s id whichever folder atlas runs in: an edited file replaces its old version', async () => {
    const folder = path.join(root, 'archive');
    mkdirSync(folder);
    const file = path.join(folder, '西岭-第9期.txt');
    writeFileSync(file, report.replace('东湖县', '西岭县').replace('86件', '91件'));
    process.chdir(root);
    expect((await ingester.ingestPaths(['archive'], { progress })).documents.created).toBe(1);
    writeFileSync(file, report.replace('东湖县', '西岭县').replace('86件', '97件'));
    process.chdir(folder);
    const again = await ingester.ingestPaths(['西岭-第9期.txt'], { progress });
    expect(again.documents).toEqual({ created: 0, replaced: 1, unchanged: 0 });
    expect(await store.getDocument(documentIdFor(file))).not.toBeNull();
    process.chdir(startedIn);
  });

  it('retires a copy stored under the old working-folder id once the file is stored under its own', async () => {
    const file = path.join(root, '北岭-第2期.txt');
    const text = report.replace('东湖县', '北岭县').replace('120个', '150个');
    writeFileSync(file, text);
    process.chdir(root);
    const legacy = legacyDocumentIdFor('北岭-第2期.txt');
    expect(legacy).not.toBe(documentIdFor(file));
    // A store written before ids were absolute: the same text under the old id.
    const record = await toDocumentRecord(extractText(ingester.stages, text, '北岭-第2期.txt'), ingester.stages.segmenter, createCachedEmbedder(createHashingEmbedder(), store));
    await store.writeDocument({ ...record, id: legacy, items: record.items.map((item) => ({ ...item, id: `${legacy}:${item.ordinal}` })) });
    expect((await ingester.ingestPaths([file], { progress })).documents.unchanged).toBe(1);
    expect(await store.getDocument(legacy)).not.toBeNull();
    writeFileSync(file, text.replace('150个', '160个'));
    expect((await ingester.ingestPaths(['北岭-第2期.txt'], { progress })).documents.created).toBe(1);
    expect(await store.getDocument(legacy)).toBeNull();
    expect(await store.getDocument(documentIdFor(file))).not.toBeNull();
    process.chdir(startedIn);
  });
});
