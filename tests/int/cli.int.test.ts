/**
 * The atlas CLI as a user runs it: `npm run --silent atlas -- …` in a child process.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regionEvidenceValues } from '../../graph/model.ts';
import { seedsDir } from '../acceptance/gold.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

async function atlas(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', 'atlas', '--', ...args], { cwd: root, maxBuffer: 32 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'atlas-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('atlas extract', () => {
  it('prints one file as JSON alone on stdout', async () => {
    const { code, stdout } = await atlas('extract', path.join(seedsDir, '002_1c954159e3d1b2a7.txt'), '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { document: Record<string, unknown>; items: Record<string, unknown>[] };
    expect(json.document).toMatchObject({ title: '安庆组工信息', issue: '第8期', date: '2020-06-28', publisher: '中共安庆市委组织部研究室' });
    expect(json.items).toHaveLength(4);
    expect(Object.keys(json.items[0]!)).toEqual(expect.arrayContaining(['ordinal', 'section', 'title', 'source', 'region', 'regionEvidence', 'regionCandidates', 'subRegion', 'practices', 'candidatePractices', 'outcomes', 'policies', 'text']));
    expect(json.items[1]).toMatchObject({ region: { name: '迎江区', level: 'county', path: ['安徽省', '安庆市', '迎江区'] } });
    // Every placed item says how its place was found.
    for (const item of json.items.filter((candidate) => candidate.region !== null)) expect(regionEvidenceValues).toContain(item.regionEvidence);
  });

  it('refuses a missing file with a clear message and no stack trace', async () => {
    const { code, stderr } = await atlas('extract', path.join(dir, 'nope.txt'), '--json');
    expect(code).not.toBe(0);
    expect(stderr).toContain('INPUT_NOT_FOUND');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('atlas ingest and stats', () => {
  it('ingests a folder, reports a bad file, exits non-zero, and keeps what it stored', async () => {
    const input = path.join(dir, 'in');
    const store = path.join(dir, 'atlas.db');
    await run('mkdir', ['-p', input]);
    copyFileSync(path.join(seedsDir, '003_43f0bd9ced46aa4b.txt'), path.join(input, 'a.txt'));
    writeFileSync(path.join(input, 'empty.txt'), '');
    const ingest = await atlas('ingest', input, '--store', store);
    expect(ingest.code).toBe(1);
    expect(ingest.stdout).toMatch(/条目 items: 4/);
    expect(ingest.stdout).toContain('empty.txt');
    expect(ingest.stderr).toMatch(/条\/秒/);
    const stats = await atlas('stats', '--store', store, '--json');
    expect(JSON.parse(stats.stdout)).toMatchObject({ documents: 1, items: 4 });
    expect(Object.keys(JSON.parse(stats.stdout) as object).sort()).toEqual(['candidatePractices', 'documents', 'items', 'outcomes', 'passages', 'practices', 'regions']);
  });
});
