#!/usr/bin/env -S npx tsx
/**
 * atlas — the command line: extract, ingest, stats, check.
 * Users see catalogued errors as one clear line (Chinese / English), never a stack trace.
 */
import { Command } from 'commander';
import { loadConfig } from '../config/env.ts';
import { createError, isAtlasError } from '../errors/catalogue.ts';
import { runCheck, runExtract, runIngest, runMigrate, runStats } from './commands.ts';
import type { StoreTarget } from './commands.ts';
import { registerServe } from './serve.ts';

const program = new Command()
  .name('atlas')
  .description('经验图谱 practice-atlas: 组工信息知识图谱与语义检索')
  .showHelpAfterError();

/** --store wins over ATLAS_STORE; Neo4j credentials come from the config. */
function storeTarget(flag: string | undefined): StoreTarget {
  const config = loadConfig();
  return { location: flag ?? config.ATLAS_STORE, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD };
}

const storeOption = ['--store <location>', '图存储位置：SQLite 文件路径或 neo4j://…（默认 ATLAS_STORE 或 data/atlas.db）'] as const;

program
  .command('extract <file>')
  .description('抽取单个文件并打印结果，不写入存储 / extract one file without touching a store')
  .option('--json', '以 JSON 输出 / print JSON')
  .action(async (file: string, flags: { json?: boolean }) => {
    await runExtract(file, { json: Boolean(flags.json) });
  });

program
  .command('ingest <paths...>')
  .description('导入文件或目录（递归）到图存储 / ingest files and folders into the store')
  .option(...storeOption)
  .option('--batch <items>', '每个写入事务的条目数（默认 64）/ items per write transaction (default 64)')
  .action(async (paths: string[], flags: { store?: string; batch?: string }) => {
    const config = loadConfig();
    const batchItems = flags.batch === undefined ? undefined : Number(flags.batch);
    if (batchItems !== undefined && (!Number.isInteger(batchItems) || batchItems < 1)) throw createError('BAD_REQUEST', `--batch: a whole number ≥ 1, got ${flags.batch}`);
    const ok = await runIngest(paths, { store: storeTarget(flags.store), modelDir: config.ATLAS_MODEL_DIR, batchSize: config.ATLAS_EMBED_BATCH, batchItems });
    if (!ok) process.exitCode = 1;
  });

program
  .command('stats')
  .description('打印存储中的计数 / print the store counts')
  .option(...storeOption)
  .option('--json', '以 JSON 输出 / print JSON')
  .action(async (flags: { store?: string; json?: boolean }) => {
    await runStats({ store: storeTarget(flags.store), json: Boolean(flags.json) });
  });

program
  .command('check')
  .description('检查存储完整性 / check the store integrity')
  .option(...storeOption)
  .action(async (flags: { store?: string }) => {
    if (!(await runCheck({ store: storeTarget(flags.store) }))) process.exitCode = 1;
  });

program
  .command('migrate')
  .description('把整个图（含向量）复制到另一个存储，可重复运行 / copy a whole graph, vectors included, into another store (re-runnable)')
  .requiredOption('--from <location>', '源存储，例如 data/atlas.db')
  .requiredOption('--to <location>', '目标存储，例如 neo4j://127.0.0.1:7687')
  .action(async (flags: { from: string; to: string }) => {
    await runMigrate({ from: storeTarget(flags.from), to: storeTarget(flags.to) });
  });

registerServe(program);

try {
  await program.parseAsync();
} catch (error) {
  if (isAtlasError(error)) {
    process.stderr.write(`错误 ${error.userMessage}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`错误 [INTERNAL] 内部错误 / internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 70;
  }
}
