/**
 * What each atlas command does, given its options; cli/atlas.ts only parses arguments.
 */
import { openGraphStore } from '../graph/open.ts';
import type { GraphStore } from '../graph/store.ts';
import { createTransformersEmbedder } from '../language/embed/index.ts';
import { createIngester } from '../ingest/ingester.ts';
import { loadTaxonomy } from '../language/knowledge/taxonomy.ts';
import { migrateGraph } from '../ingest/migrate.ts';
import { extractText } from '../ingest/pipeline.ts';
import { createProgressReporter } from '../ingest/progress.ts';
import type { IngestSummary } from '../ingest/pipeline.ts';
import { listInputFiles, readSourceText } from '../ingest/read/files.ts';
import { createTextStagePool } from '../ingest/text-pool.ts';
import { createTextStages } from '../ingest/stages.ts';
import { toExtractJson } from './extract-json.ts';

const out = (text: string): boolean => process.stdout.write(`${text}\n`);

export async function runExtract(file: string, options: { json: boolean }): Promise<void> {
  const source = await readSourceText(file);
  const doc = extractText(createTextStages(), source.text, source.source);
  const json = toExtractJson(doc);
  if (options.json) {
    out(JSON.stringify(json, null, 2));
    return;
  }
  out(`${json.document.title ?? source.source} ${json.document.issue ?? ''} ${json.document.date ?? ''}`.trim());
  for (const item of json.items) {
    const place = item.region ? item.region.path.join('') : item.regionCandidates.length > 0 ? `（地区不明确：${item.regionCandidates.map((r) => r.path.join('')).join(' / ')}）` : '（地区未知）';
    out(`  ${item.ordinal}. [${item.section ?? '—'}] ${item.title}`);
    out(`     地区：${place}  做法：${item.practices.map((p) => p.name).join('、') || '—'}  成效数字：${item.outcomes.length}`);
  }
}

/** Where the store is and how to log in (credentials only matter for Neo4j). */
export interface StoreTarget {
  location: string;
  user?: string;
  password?: string;
}

export async function withStore<T>(target: StoreTarget, run: (store: GraphStore) => Promise<T>): Promise<T> {
  const store = await openGraphStore(target.location, { user: target.user, password: target.password });
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

/** From this many files on, the text stages run in worker threads (starting them costs seconds). */
const POOL_FROM_FILES = 50;

export async function runIngest(paths: string[], options: { store: StoreTarget; modelDir: string; batchSize: number; batchItems?: number }): Promise<boolean> {
  const model = await createTransformersEmbedder({ modelDir: options.modelDir, batchSize: options.batchSize });
  const { files } = await listInputFiles(paths);
  const textPool = files.length >= POOL_FROM_FILES ? await createTextStagePool() : undefined;
  try {
    return await withStore(options.store, async (store) => {
      const summary = await createIngester({ store, model }).ingestPaths(paths, { textPool, batchItems: options.batchItems });
      printSummary(summary, store.location);
      return summary.failed.length === 0;
    });
  } finally {
    await textPool?.close();
    await model.close?.();
  }
}

function printSummary(summary: IngestSummary, location: string): void {
  const { created, replaced, unchanged } = summary.documents;
  out(`导入完成 / ingest finished → ${location}（${summary.seconds.toFixed(1)} 秒）`);
  out(`  文档 documents: 新增 ${created}，更新 ${replaced}，未变 ${unchanged}`);
  out(`  条目 items: ${summary.items}  地区 regions: ${summary.regions}  做法 practices: ${summary.practices}  成效数字 outcomes: ${summary.outcomes}`);
  for (const skip of summary.skipped) out(`  跳过 skipped: ${skip.file} — ${skip.reason}`);
  for (const failure of summary.failed) out(`  失败 failed: ${failure.file} — ${failure.reason}`);
}

export async function runStats(options: { store: StoreTarget; json: boolean }): Promise<void> {
  const stats = await withStore(options.store, (store) => store.stats());
  if (options.json) {
    out(JSON.stringify(stats));
    return;
  }
  out(`文档 ${stats.documents}  条目 ${stats.items}  地区 ${stats.regions}  做法 ${stats.practices}  候选做法 ${stats.candidatePractices}  成效数字 ${stats.outcomes}  段落 ${stats.passages}`);
}

export async function runCheck(options: { store: StoreTarget }): Promise<boolean> {
  const report = await withStore(options.store, (store) => store.check());
  out(report.ok ? '完整性检查通过 / integrity check passed' : `完整性检查未通过 / integrity check failed:\n  ${report.problems.join('\n  ')}`);
  return report.ok;
}

export async function runMigrate(options: { from: StoreTarget; to: StoreTarget }): Promise<void> {
  const stages = createTextStages();
  await withStore(options.from, (from) =>
    withStore(options.to, async (to) => {
      const summary = await migrateGraph({
        from, to, taxonomy: loadTaxonomy(), segmenter: stages.segmenter,
        progress: (total) => createProgressReporter({ totalDocuments: total }),
      });
      const { created, replaced, unchanged } = summary.documents;
      out(`迁移完成 / migration finished: ${from.location} → ${to.location}`);
      out(`  文档 documents: 新增 ${created}，更新 ${replaced}，未变 ${unchanged}  条目 items: ${summary.items}  段落 passages: ${summary.passages}`);
    }),
  );
}
