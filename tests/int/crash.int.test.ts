/**
 * Crash safety: `atlas ingest` is killed with SIGKILL at seeded random moments while it writes a
 * folder of 30 invented bulletins (real model, the CLI's default). After every kill the store must
 * pass `atlas check`, and a complete re-run must finish with all 30 documents and pass again —
 * on SQLite (a temp file) and on the real Neo4j at NEO4J_URI. In CI a missing NEO4J_URI fails.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGraphStore } from '../../graph/open.ts';
import { createRandom } from '../../bench/corpus/random.ts';
import { loadGazetteer } from '../../language/knowledge/gazetteer.ts';

const root = path.resolve(import.meta.dirname, '../..');
const uri = process.env.NEO4J_URI ?? '';
/** Fixed so kills replay exactly; CRASH_SEED explores other kill moments. */
const SEED = Number(process.env.CRASH_SEED ?? 20261122);
const DOCUMENTS = 30;
const KILLS = 3;
/** The whole scenario per store: kills, checks and the complete re-run. */
const STORE_BUDGET_MS = 150_000;

/** The corpus generator's seeded generator, so kill moments and bulletins replay exactly. */
const seededRandom = (seed: number): (() => number) => createRandom(seed).next;

const HEADLINES = ['推行“单元长制”激活楼道治理', '建立社区大党委统筹辖区资源', '实施书记项目破解发展难题', '开展党员积分制管理', '打造红色物业服务品牌', '推进网格化管理全覆盖', '选派第一书记驻村帮扶', '建强村级后备力量'];
const SENTENCES = [
  '全县共选聘单元长{n}名，覆盖居民小区{m}个。', '累计培训党员干部{n}余人次，同比增长{p}%。', '今年以来投入资金{m}万元，建成党群服务阵地{n}处。',
  '组织{n}个机关党支部与村（社区）结对共建，解决群众急难愁盼问题{m}件。', '推动{p}成以上的党员亮身份、作表率。', '全年办理民生实事{n}项，群众满意度达到{p}%。',
];

/** One invented bulletin of the genre: masthead, a section, 3–6 items with figures and bylines. */
function inventBulletin(index: number, next: () => number, places: { city: string; counties: string[] }): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const figure = (max: number) => String(1 + Math.floor(next() * max));
  const lines = [`${places.city.replace(/市$/, '')}组工信息`, `第${index + 1}期`, `中共${places.city}委组织部`, `2021年${1 + (index % 12)}月${1 + (index % 28)}日`, '', '市内信息', ''];
  const items = 3 + Math.floor(next() * 4);
  for (let i = 0; i < items; i++) {
    const county = pick(places.counties);
    const body = Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(SENTENCES).replace('{n}', figure(900)).replace('{m}', figure(90)).replace('{p}', figure(9)));
    lines.push(`△${county}：${pick(HEADLINES)}。${county}${body.join('')}（${county}委组织部）`, '');
  }
  return lines.join('\n');
}

/** Writes the 30 bulletins, each from one city of the gazetteer with its counties. */
function writeBulletins(folder: string): void {
  const next = seededRandom(SEED);
  const gazetteer = loadGazetteer();
  const cities = gazetteer.all().filter((unit) => unit.level === 'city' && !unit.abolished && gazetteer.children(unit.code).some((child) => child.level === 'county'));
  mkdirSync(folder, { recursive: true });
  for (let index = 0; index < DOCUMENTS; index++) {
    const city = cities[Math.floor(next() * cities.length)] as (typeof cities)[number];
    const counties = gazetteer.children(city.code).filter((child) => child.level === 'county' && !child.abolished).map((child) => child.name);
    writeFileSync(path.join(folder, `bulletin-${String(index + 1).padStart(2, '0')}.txt`), inventBulletin(index, next, { city: city.name, counties }));
  }
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

const running = new Set<number>();
/**
 * A progress line counting written items ("[16/30 文档] 64 条 …"): a batch of this run is in the
 * store. Lines with 0 items come from files a resumed run skips as already stored.
 */
const PROGRESS_LINE = /\[\d+\/\d+ 文档\] [1-9]\d* 条/;

/** Kills the whole process group: npx, tsx and the node process that does the writing. */
function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/**
 * Runs `npx tsx cli/atlas.ts …` in its own process group. With `killAfterMs`, SIGKILLs the group
 * that long after the first progress line (the first document written): loading the model takes
 * seconds, and a kill before any write would test nothing.
 */
function atlas(args: string[], killAfterMs?: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'cli/atlas.ts', ...args], { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const pid = child.pid;
    if (pid === undefined) return reject(new Error('atlas did not start'));
    running.add(pid);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    let timer: NodeJS.Timeout | undefined;
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (killAfterMs !== undefined && timer === undefined && PROGRESS_LINE.test(stderr)) timer = setTimeout(() => killGroup(pid), killAfterMs);
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // Make sure nothing of the group outlives the kill before the next command opens the store.
      if (signal === 'SIGKILL') killGroup(pid);
      running.delete(pid);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** Documents stored after a kill, read in-process (a CLI start costs seconds); only for the report. */
async function documentsStored(location: string): Promise<number> {
  const store = await openGraphStore(location, { user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD });
  try {
    return (await store.stats()).documents;
  } finally {
    await store.close();
  }
}

/** `atlas stats --json`, as a user would count the documents. */
async function documentsIn(store: string): Promise<number> {
  const stats = await atlas(['stats', '--store', store, '--json']);
  expect(stats.code, stats.stderr).toBe(0);
  return (JSON.parse(stats.stdout) as { documents: number }).documents;
}

async function expectCheckPasses(store: string, when: string): Promise<void> {
  const check = await atlas(['check', '--store', store]);
  expect(check.stdout + check.stderr, `atlas check ${when}`).toContain('完整性检查通过');
  expect(check.code, `atlas check exit code ${when}`).toBe(0);
}

/** The scenario: KILLS killed runs (each checked), then a complete run (checked, all documents there). */
async function killAndRecover(store: string, folder: string, label: string): Promise<void> {
  const started = performance.now();
  const next = seededRandom(SEED + label.length);
  const report: string[] = [];
  let kills = 0;
  for (let kill = 1; kill <= KILLS; kill++) {
    // A run writes a transaction every 50–150 ms (machine load decides), so kills within 0.8 s of
    // the first one land mid-run; a run that finishes first (a resumed run has little left) still
    // has to pass the check.
    const delay = Math.round(50 + next() * 750);
    // Small transactions (--batch 4, about one bulletin each), as the default 64 items would hold
    // half the folder: the kill must find writes still to come.
    const run = await atlas(['ingest', folder, '--store', store, '--batch', '4'], delay);
    const killed = run.signal === 'SIGKILL';
    if (killed) kills += 1;
    await expectCheckPasses(store, `after kill ${kill} at +${delay} ms`);
    report.push(`kill ${kill} at first batch +${delay} ms: ${killed ? 'killed' : `finished first (exit ${run.code})`}, ${await documentsStored(store)} documents`);
  }
  expect(kills, `no run was killed mid-way: ${report.join('; ')}`).toBeGreaterThan(0);
  const storedBefore = await documentsStored(store);
  const complete = await atlas(['ingest', folder, '--store', store]);
  expect(complete.code, complete.stdout + complete.stderr).toBe(0);
  // Resumed, not redone: every document the killed runs left is recognised and skipped.
  expect(Number(/未变 (\d+)/.exec(complete.stdout)?.[1]), complete.stdout).toBe(storedBefore);
  expect(await documentsIn(store)).toBe(DOCUMENTS);
  await expectCheckPasses(store, 'after the complete run');
  const seconds = (performance.now() - started) / 1000;
  console.info(`crash safety on ${label}: ${report.join('; ')}; complete run → ${DOCUMENTS} documents; ${seconds.toFixed(1)} s`);
  expect(seconds * 1000).toBeLessThan(STORE_BUDGET_MS);
}

let dir: string;
let folder: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'atlas-crash-'));
  folder = path.join(dir, 'bulletins');
  writeBulletins(folder);
});

afterAll(() => {
  for (const pid of running) killGroup(pid);
  rmSync(dir, { recursive: true, force: true });
});

describe('atlas ingest killed with SIGKILL on SQLite', () => {
  it('leaves a store that passes the check after every kill, and a re-run completes it', async () => {
    await killAndRecover(path.join(dir, 'atlas.db'), folder, 'SQLite');
  }, STORE_BUDGET_MS + 30_000);
});

if (uri === '') {
  if (process.env.CI === 'true') {
    it('needs a Neo4j server in CI', () => {
      throw new Error('NEO4J_URI is not set: CI must run the Neo4j tier, not skip it');
    });
  } else {
    describe.skip('atlas ingest killed with SIGKILL on Neo4j (skipped: NEO4J_URI is not set)', () => {
      it('recovers', () => undefined);
    });
  }
} else {
  describe('atlas ingest killed with SIGKILL on Neo4j', () => {
    let release: (() => Promise<void>) | undefined;
    // Only graph/neo4j imports the driver; its test helpers are loaded on demand, as other suites do.
    const testing = () => import('../../graph/neo4j/testing.ts');

    beforeAll(async () => {
      const { lockServer, wipeAllNodes } = await testing();
      release = await lockServer(uri);
      await wipeAllNodes(uri);
    }, 120_000);

    afterAll(async () => {
      const { wipeAllNodes } = await testing();
      await wipeAllNodes(uri).catch(() => undefined);
      await release?.();
    });

    it('leaves a store that passes the check after every kill, and a re-run completes it', async () => {
      await killAndRecover(uri, folder, 'Neo4j');
    }, STORE_BUDGET_MS + 30_000);
  });
}
