/**
 * Browser-test helpers: Debian's chromium (never a downloaded browser) driven by playwright-core,
 * and a build of web/ when web/dist is missing or older than its sources.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const webDir = path.join(projectRoot, 'web');
export const screenshotDir = path.join(projectRoot, 'tests', 'artifacts', 'screenshots');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function newestSourceTime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceTime(full));
    else newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** Runs `vite build web` unless web/dist/index.html is newer than every source file (src, public, index.html, config). */
export function buildWebIfStale(): void {
  const built = path.join(webDir, 'dist', 'index.html');
  const sources = Math.max(newestSourceTime(path.join(webDir, 'src')), newestSourceTime(path.join(webDir, 'public')), ...['index.html', 'vite.config.ts'].map((file) => statSync(path.join(webDir, file)).mtimeMs));
  if (existsSync(built) && statSync(built).mtimeMs > sources) return;
  execFileSync(process.execPath, [path.join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', webDir], { cwd: projectRoot, stdio: 'pipe' });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export const hasChromium = existsSync(CHROMIUM_PATH);
