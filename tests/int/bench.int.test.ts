/**
 * `npm run bench` end to end at a small scale: a synthetic corpus, the text stages, the real model
 * against raw onnxruntime, two scales on SQLite (and on a private Neo4j when the Neo4j tier runs),
 * latencies from a real `atlas serve` child, and the report files with every target listed.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { BenchResults, TargetCheck } from '../../bench/report.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'atlas-bench-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const withNeo4j = (process.env.NEO4J_URI ?? '') !== '';

describe('npm run bench at a small scale', () => {
  it('writes report.md and report.json with ingest, embedding, latency and every target', async () => {
    const out = path.join(work, 'out');
    const args = ['--scales', '120,300', '--real-until', '120', '--stores', withNeo4j ? 'sqlite,neo4j' : 'sqlite', '--requests', '6', '--clients', '3',
      '--work', path.join(work, 'data'), '--out', out, '--embed-passages', '24', '--embed-rounds', '1', '--neo4j-port', process.env.ATLAS_BENCH_NEO4J_PORT ?? '7696', '--neo4j-until', '120'];
    const { stderr } = await run('npx', ['tsx', 'bench/run.ts', ...args], { cwd: root, timeout: 540_000, maxBuffer: 64 * 2 ** 20 });
    expect(stderr).toContain('4/4');

    const results = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as BenchResults & { targets: TargetCheck[] };
    expect(results.corpus.items).toBe(300);
    expect(results.extraction.itemsPerSecond).toBeGreaterThan(0);
    expect(results.embedding.rawPassagesPerSecond).toBeGreaterThan(0);
    expect(results.embedding.ratio).toBeGreaterThan(0.3);
    expect(results.scales.map((scale) => [scale.scale, scale.vectors])).toEqual([[120, 'model'], [300, 'projected']]);
    for (const scale of results.scales) {
      expect(scale.ingest.failed).toBe(0);
      expect(scale.ingest.byStage.embed).toBeGreaterThan(0);
      const latency = scale.latency.sqlite!;
      expect(latency.search.oneClient.errors + latency.search.concurrent.errors + latency.adoptions.oneClient.errors + latency.adoptions.concurrent.errors).toBe(0);
      expect(latency.search.oneClient.requests).toBe(6);
      expect(latency.search.concurrent.requests).toBe(12);
      expect(latency.memory.peakRssMiB).toBeGreaterThan(50);
      expect(latency.readySeconds).toBeGreaterThan(0);
      expect(scale.storeMiB!.sqlite).toBeGreaterThan(0);
      // --neo4j-until 120: Neo4j is loaded and queried at 120 only (as the 1M run stops it at 100k).
      if (withNeo4j && scale.scale === 120) {
        expect(scale.neo4jLoad!.itemsPerSecond).toBeGreaterThan(0);
        expect(scale.latency.neo4j!.search.oneClient.errors).toBe(0);
        expect(scale.storeMiB!.neo4j).toBeGreaterThan(0);
      } else {
        expect(scale.neo4jLoad).toBeUndefined();
        expect(scale.latency.neo4j).toBeUndefined();
      }
    }
    // 300 is the largest scale here, so it carries the unchanged re-ingest (no 10k in this run).
    expect(results.scales[1]!.reingest!.documents.unchanged).toBe(results.scales[1]!.files);
    // Extraction, embedding, search @10k and @100k, adoptions, diffusion, RSS, re-ingest, Neo4j search,
    // adoptions and load @100k (not measured at this scale), reprint detection, and the 1M rows.
    expect(results.targets).toHaveLength(15);
    expect(results.targets.map((target) => target.target).join(' ')).toMatch(/diffusion p95 @100k.*Neo4j search p95 @100k.*Neo4j bulk load.*reprint detection share.*search p95 @1M.*peak RSS @1M.*Neo4j search p95 @1M/s);
    expect(results.targets.find((target) => target.target.includes('Neo4j search'))?.met).toBeNull();
    expect(results.targets.at(-1)?.measured).toContain('not measured');

    const markdown = readFileSync(path.join(out, 'report.md'), 'utf8');
    expect(markdown).toContain('## 目标 / Targets');
    expect(markdown).toMatch(/\| 120 \| sqlite \| [\d.]+ \/ [\d.]+ \/ [\d.]+/);
    console.info(`bench smoke: extraction ${results.extraction.itemsPerSecond} items/s, embedding ratio ${results.embedding.ratio}, search p95 @300 ${results.scales[1]!.latency.sqlite!.search.oneClient.p95} ms`);
  }, 600_000);
});
