/**
 * Resuming and batching: an unchanged file is recognised by its hash before it is parsed, a run
 * stopped part-way leaves whole batches behind and the next run picks up where it stopped, and a
 * batch that the store refuses is retried file by file so only the bad file fails.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openGraphStore } from '../../../../graph/open.ts';
import type { DocumentRecord } from '../../../../graph/model.ts';
import type { GraphStore } from '../../../../graph/store.ts';
import { createCachedEmbedder, createHashingEmbedder } from '../../../../language/embed/index.ts';
import { ingestPaths } from '../../../../ingest/pipeline.ts';
import type { TextStages } from '../../../../ingest/pipeline.ts';
import { createTextStages } from '../../../../ingest/stages.ts';
import { createStageTimings } from '../../../../ingest/timings.ts';
import { silentProgress } from '../../../../ingest/progress.ts';

const root = mkdtempSync(path.join(tmpdir(), 'atlas-resume-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const COUNTIES = ['东湖县', '西岭县', '南塘区', '北川县', '白沙县', '青石区', '红枫县', '金桥区', '柳河县', '松岗区', '梅林县', '竹溪县'];

/** An invented two-item bulletin of the genre; `n` makes each one different. */
function bulletin(n: number): string {
  const county = COUNTIES[n % COUNTIES.length]!;
  return [
    '云岭组工信息', `第 ${n + 1} 期`, '中共云岭市委组织部研究室', `2023 年 ${1 + (n % 12)} 月 ${1 + (n % 27)} 日`, '', '市内信息', '',
    `△${county}：推行“单元长制”激活楼道治理。全县选聘单元长${100 + n}名，覆盖小区${10 + n}个，化解矛盾纠纷${n + 3}件。（${county}委组织部）`, '',
    `△${county}：开展党员积分制管理。建立积分超市${n + 2}个，评选星级党员${n + 20}名。`,
  ].join('\n');
}

function writeFolder(name: string, count: number): string {
  const folder = path.join(root, name);
  mkdirSync(folder);
  for (let n = 0; n < count; n++) writeFileSync(path.join(folder, `bulletin-${String(n).padStart(2, '0')}.txt`), bulletin(n));
  return folder;
}

/** Counts parse calls, to show which files were parsed at all. */
function countingStages(): { stages: TextStages; parsed: () => number } {
  const real = createTextStages();
  let calls = 0;
  return {
    stages: { ...real, parser: { parse: (text, source) => (calls++, real.parser.parse(text, source)) } },
    parsed: () => calls,
  };
}

/** A store that stops answering after `batches` batch writes, as a process killed mid-run would. */
function stopAfter(store: GraphStore, batches: number): GraphStore {
  let left = batches;
  return Object.assign(Object.create(store) as GraphStore, {
    writeDocuments(docs: DocumentRecord[]) {
      if (left-- <= 0) throw new Error('interrupted');
      return store.writeDocuments(docs);
    },
    writeDocument() {
      throw new Error('interrupted');
    },
  });
}

describe('resuming an ingest', () => {
  it('skips unchanged files before parsing them, and times the stages it ran', async () => {
    const folder = writeFolder('unchanged', 6);
    const store = await openGraphStore(path.join(root, 'unchanged.db'));
    try {
      const embedder = createCachedEmbedder(createHashingEmbedder(), store);
      const first = countingStages();
      const timings = createStageTimings();
      const created = await ingestPaths([folder], { stages: first.stages, embedder, store, progress: silentProgress, timings });
      expect(created.documents).toEqual({ created: 6, replaced: 0, unchanged: 0 });
      expect(first.parsed()).toBe(6);
      for (const stage of ['read', 'parse', 'segment', 'extract', 'embed', 'write'] as const) expect(timings[stage]).toBeGreaterThan(0);

      const again = countingStages();
      const unchanged = await ingestPaths([folder], { stages: again.stages, embedder, store, progress: silentProgress });
      expect(unchanged.documents).toEqual({ created: 0, replaced: 0, unchanged: 6 });
      expect(again.parsed()).toBe(0);
    } finally {
      await store.close();
    }
  });

  it('leaves whole batches after an interruption and completes the rest on the next run', async () => {
    const folder = writeFolder('interrupted', 10);
    const file = path.join(root, 'interrupted.db');
    const store = await openGraphStore(file);
    try {
      const embedder = createCachedEmbedder(createHashingEmbedder(), store);
      // Two-item bulletins, four items per batch: two documents per transaction.
      const broken = await ingestPaths([folder], { stages: createTextStages(), embedder, store: stopAfter(store, 2), progress: silentProgress, batchItems: 4 });
      expect(broken.documents.created).toBe(4);
      expect((await store.stats()).documents).toBe(4);
      expect((await store.check()).ok).toBe(true);

      const resumed = countingStages();
      const rest = await ingestPaths([folder], { stages: resumed.stages, embedder, store, progress: silentProgress, batchItems: 4 });
      expect(rest.documents).toEqual({ created: 6, replaced: 0, unchanged: 4 });
      expect(resumed.parsed()).toBe(6);
      expect((await store.stats()).documents).toBe(10);
    } finally {
      await store.close();
    }
  });

  it('retries a refused batch file by file, so only the bad file fails', async () => {
    const folder = writeFolder('one-bad', 4);
    const store = await openGraphStore(path.join(root, 'one-bad.db'));
    try {
      const embedder = createCachedEmbedder(createHashingEmbedder(), store);
      const picky = Object.assign(Object.create(store) as GraphStore, {
        writeDocuments: (docs: DocumentRecord[]) => (docs.some(isBad) ? Promise.reject(new Error('refused')) : store.writeDocuments(docs)),
        writeDocument: (doc: DocumentRecord) => (isBad(doc) ? Promise.reject(new Error('refused')) : store.writeDocument(doc)),
      });
      const summary = await ingestPaths([folder], { stages: createTextStages(), embedder, store: picky, progress: silentProgress, batchItems: 100 });
      expect(summary.documents.created).toBe(3);
      expect(summary.failed.map((failure) => path.basename(failure.file))).toEqual(['bulletin-02.txt']);
      expect((await store.stats()).documents).toBe(3);
    } finally {
      await store.close();
    }
  });
});

function isBad(doc: DocumentRecord): boolean {
  return doc.source.endsWith('bulletin-02.txt');
}
