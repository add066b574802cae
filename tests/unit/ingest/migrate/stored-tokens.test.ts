/**
 * A migration reads passage tokens from a source that keeps them (SQLite) instead of running
 * jieba over every passage again: the record it rebuilds carries exactly what was indexed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openGraphStore } from '../../../../graph/open.ts';
import { createCachedEmbedder, createHashingEmbedder } from '../../../../language/embed/index.ts';
import { readDocumentRecord } from '../../../../ingest/migrate.ts';
import { ingestPaths } from '../../../../ingest/pipeline.ts';
import { createTextStages } from '../../../../ingest/stages.ts';
import type { Segmenter } from '../../../../language/types.ts';
import { silentProgress } from '../../../../ingest/progress.ts';

const root = mkdtempSync(path.join(tmpdir(), 'atlas-migrate-tokens-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const bulletin = [
  '松林组工信息', '第 4 期', '中共松林市委组织部研究室', '2023 年 5 月 16 日', '',
  '△东坡区：推行“红色物业”联建机制。全区组建物业党支部12个，吸纳物业企业党员86名，解决居民急难愁盼问题340余件。（东坡区委组织部）',
  '△西岭县：开展软弱涣散村党组织集中整顿。县级领导包联整顿村23个，选派第一书记23名，年内全部摘帽。（西岭县委组织部）',
].join('\n');

const refusingSegmenter: Segmenter = {
  cut: () => { throw new Error('cut should not run'); },
  cutForSearch: () => { throw new Error('a store that keeps tokens should be read, not segmented again'); },
};

describe('readDocumentRecord from a store that keeps passage tokens', () => {
  it('returns the stored tokens, equal to segmenting the text again, without calling the segmenter', async () => {
    writeFileSync(path.join(root, 'songlin.txt'), bulletin);
    const stages = createTextStages();
    const store = await openGraphStore(path.join(root, 'atlas.db'));
    try {
      await ingestPaths([path.join(root, 'songlin.txt')], { stages, embedder: createCachedEmbedder(createHashingEmbedder(), store), store, progress: silentProgress });
      const [summary] = (await store.listDocuments({ first: 1, offset: 0 })).nodes;
      const record = await readDocumentRecord(store, summary!, refusingSegmenter);
      const passages = record.items.flatMap((item) => item.passages);
      expect(record.items).toHaveLength(2);
      expect(passages.length).toBeGreaterThanOrEqual(2);
      for (const passage of passages) {
        expect(passage.tokens.length).toBeGreaterThan(0);
        expect(passage.tokens).toEqual(stages.segmenter.cutForSearch(passage.text));
      }
    } finally {
      await store.close();
    }
  });
});
