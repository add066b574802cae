/**
 * ingestPaths with the text stages in worker threads stores exactly what it stores without them,
 * and a file the workers find nothing in is refused with its catalogued reason.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openGraphStore } from '../../../../graph/open.ts';
import { createCachedEmbedder, createHashingEmbedder } from '../../../../language/embed/index.ts';
import { ingestPaths } from '../../../../ingest/pipeline.ts';
import { createTextStages } from '../../../../ingest/stages.ts';
import { createTextStagePool } from '../../../../ingest/text-pool.ts';
import { createStageTimings } from '../../../../ingest/timings.ts';
import { silentProgress } from '../../../../ingest/progress.ts';

const root = mkdtempSync(path.join(tmpdir(), 'atlas-ingest-pool-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const COUNTIES = ['寿县', '凤台县', '潘集区', '谢家集区', '八公山区', '毛集区', '大通区', '田家庵区'];
const PRACTICES = ['推行“单元长制”激活楼道治理', '建立社区大党委统筹辖区资源', '开展软弱涣散村党组织整顿', '实施党员积分制管理'];

/** An invented two-item bulletin of the genre. */
function bulletin(n: number): string {
  const county = (k: number) => COUNTIES[(n + k) % COUNTIES.length]!;
  return [
    '淮南组工信息', `第 ${n + 3} 期`, '中共淮南市委组织部研究室', `2021 年 ${1 + (n % 12)} 月 ${2 + (n % 26)} 日`, '', '【市内信息】', '',
    `△${county(0)}：${PRACTICES[n % PRACTICES.length]}。全县共选聘骨干${40 + n}名，覆盖村（社区）${12 + n}个，办结群众诉求${300 + n}件。（${county(0)}委组织部）`, '',
    `△${county(1)}：${PRACTICES[(n + 1) % PRACTICES.length]}。累计培训党员${n + 150}人次，群众满意率达${90 + (n % 9)}%。`,
  ].join('\n');
}

describe('ingesting with a text-stage pool', () => {
  it('stores the same graph as ingesting in one thread, and refuses a file without items', async () => {
    const folder = path.join(root, 'bulletins');
    mkdirSync(folder);
    for (let n = 0; n < 20; n++) writeFileSync(path.join(folder, `b-${String(n).padStart(2, '0')}.txt`), bulletin(n));
    writeFileSync(path.join(folder, 'only-furniture.txt'), ['淮南组工信息', '第 99 期', '中共淮南市委组织部研究室', '2021 年 3 月 8 日', '', '报：省委组织部。', '送：各县（区）委组织部。'].join('\n'));

    const alone = await openGraphStore(path.join(root, 'alone.db'));
    const pooled = await openGraphStore(path.join(root, 'pooled.db'));
    const pool = await createTextStagePool({ size: 2 });
    try {
      const stages = createTextStages();
      const single = await ingestPaths([folder], { stages, embedder: createCachedEmbedder(createHashingEmbedder(), alone), store: alone, progress: silentProgress });
      const timings = createStageTimings();
      const parallel = await ingestPaths([folder], { stages, embedder: createCachedEmbedder(createHashingEmbedder(), pooled), store: pooled, progress: silentProgress, textPool: pool, timings });
      expect(parallel.documents).toEqual({ created: 20, replaced: 0, unchanged: 0 });
      expect(parallel.documents).toEqual(single.documents);
      expect(parallel.failed.map((failure) => [path.basename(failure.file), failure.reason.split(']')[0]])).toEqual([['only-furniture.txt', '[INPUT_NO_ITEMS']]);
      expect(await pooled.stats()).toEqual(await alone.stats());
      const ids = await alone.findItemIds({});
      expect(await pooled.getItems(ids)).toEqual(await alone.getItems(ids));
      // Worker stage times are summed into the caller's timings.
      expect(timings.parse).toBeGreaterThan(0);
      expect(timings.segment).toBeGreaterThan(0);
    } finally {
      await pool.close();
      await alone.close();
      await pooled.close();
    }
  }, 60_000);
});
