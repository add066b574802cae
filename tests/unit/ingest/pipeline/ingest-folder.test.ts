/**
 * ingestPaths over awkward folders: the same bulletin under two names, a file without items, and
 * a folder of thousands of files. Each bad file gets its own catalogued reason; the run goes on.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openGraphStore } from '../../../../graph/open.ts';
import type { GraphStore } from '../../../../graph/store.ts';
import { createCachedEmbedder, createHashingEmbedder } from '../../../../language/embed/index.ts';
import { ingestPaths } from '../../../../ingest/pipeline.ts';
import { createTextStages } from '../../../../ingest/stages.ts';
import { silentProgress } from '../../../../ingest/progress.ts';

const root = mkdtempSync(path.join(tmpdir(), 'atlas-folder-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const ingest = (inputs: string[], store: GraphStore) =>
  ingestPaths(inputs, { stages: createTextStages(), embedder: createCachedEmbedder(createHashingEmbedder(), store), store, progress: silentProgress });

/** An invented one-item bulletin in the genre; `n` varies the text. */
function bulletin(n: number): string {
  return [
    '青山组工信息（测试）', `第 ${n} 期`, '中共青山市委组织部研究室', '2022 年 3 月 8 日', '',
    `△示例县：推行党员积分制管理。全县建立积分超市${n}个，累计兑换物品价值${n * 3}万元，评选星级党员${n + 20}名。（示例县委组织部）`,
  ].join('\n');
}

describe('ingesting awkward folders', () => {
  it('refuses the same bulletin under a second name, in the same run and in a later one', async () => {
    const folder = path.join(root, 'dupes');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'a.txt'), bulletin(7));
    writeFileSync(path.join(folder, 'b-copy.txt'), `${bulletin(7)}\n\n`);
    // Only a masthead and distribution lines: page furniture, no item.
    writeFileSync(path.join(folder, 'note.txt'), ['青山组工信息', '第 9 期', '中共青山市委组织部研究室', '2022 年 3 月 8 日', '', '报：省委组织部。', '送：各县（市、区）委组织部。'].join('\n'));
    const store = await openGraphStore(path.join(root, 'dupes.db'));
    try {
      const first = await ingest([folder], store);
      expect(first.documents.created).toBe(1);
      expect(first.failed.map((f) => [path.basename(f.file), f.reason.split(' ')[0]])).toEqual([
        ['b-copy.txt', '[INPUT_DUPLICATE]'],
        ['note.txt', '[INPUT_NO_ITEMS]'],
      ]);
      expect(first.failed[0]!.reason).toContain('内容与已导入的文档相同');
      expect(first.failed[0]!.reason).toContain('a.txt');
      const later = path.join(root, 'renamed.txt');
      writeFileSync(later, bulletin(7));
      const second = await ingest([later], store);
      expect(second.failed.map((f) => f.reason.split(']')[0])).toEqual(['[INPUT_DUPLICATE']);
      expect((await store.stats()).documents).toBe(1);
      // The original name re-ingested is the same document, unchanged, not a duplicate.
      expect((await ingest([path.join(folder, 'a.txt')], store)).documents.unchanged).toBe(1);
    } finally {
      await store.close();
    }
  });

  it('ingests a folder of 2,000 files, nested, with a few bad ones among them', async () => {
    const folder = path.join(root, 'many');
    for (let n = 1; n <= 2000; n++) {
      const sub = path.join(folder, `batch-${Math.ceil(n / 250)}`);
      if (n % 250 === 1) mkdirSync(sub, { recursive: true });
      writeFileSync(path.join(sub, `bulletin-${n}.txt`), bulletin(n));
    }
    writeFileSync(path.join(folder, 'empty.txt'), '');
    writeFileSync(path.join(folder, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    const store = await openGraphStore(path.join(root, 'many.db'));
    try {
      const started = performance.now();
      const summary = await ingest([folder], store);
      const seconds = (performance.now() - started) / 1000;
      console.log(`2,000-file folder: ${summary.items} items in ${seconds.toFixed(1)} s = ${(summary.items / seconds).toFixed(0)} items/s (hashing test embedder)`);
      expect(summary.documents.created).toBe(2000);
      expect(summary.failed.map((f) => path.basename(f.file))).toEqual(['empty.txt']);
      expect(summary.skipped.map((f) => path.basename(f.file))).toEqual(['photo.jpg']);
      expect(await store.stats()).toMatchObject({ documents: 2000, items: 2000 });
      expect((await store.check()).ok).toBe(true);
    } finally {
      await store.close();
    }
  }, 240_000);
});
