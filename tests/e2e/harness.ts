/**
 * What every browser test over the seeds shares: the built UI, an atlas server on a temp store with
 * the seeds, Debian's chromium with one page at 1280 × 900 (zh-CN, downloads on), screenshots, and
 * the problems the page met (console errors, page errors, responses ≥ 400). A suite without
 * chromium fails in CI and is skipped, said aloud, elsewhere.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { startAtlasTestServer } from './atlas-server.ts';
import type { AtlasTestServer } from './atlas-server.ts';
import { buildWebIfStale, hasChromium, launchChromium, screenshotDir } from './browser.ts';

/** describe() that runs only where /usr/bin/chromium is, and fails in CI where it must be. */
export function describeInChromium(name: string, body: () => void): void {
  if (!hasChromium) {
    if (process.env.CI === 'true') {
      it(`${name}: needs /usr/bin/chromium in CI`, () => {
        throw new Error('chromium is not installed: .ci/run installs it with apt-get install chromium');
      });
    } else {
      console.warn(`[e2e] skipped "${name}": /usr/bin/chromium is missing (apt-get install chromium)`);
    }
  }
  describe.runIf(hasChromium)(name, body);
}

export interface SeedsPage {
  readonly server: AtlasTestServer;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors, page errors and responses ≥ 400 met so far. */
  readonly problems: string[];
  /** Opens a hash route: open('#/practice/单元长制'). */
  open(hash: string): Promise<unknown>;
  /** A screenshot in tests/artifacts/screenshots/<name>.png. */
  shot(name: string, fullPage?: boolean): Promise<Buffer>;
}

export interface SeedsPageOptions {
  /** Runs once the server holds the seeds, before the browser opens (uploads of invented bulletins). */
  prepare?: (server: AtlasTestServer) => Promise<void>;
}

/** Registers beforeAll/afterAll for the suite and gives the live server and page through getters. */
export function useSeedsPage(options: SeedsPageOptions = {}): SeedsPage {
  let server: AtlasTestServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  const problems: string[] = [];
  const live = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is only there inside the suite's tests`);
    return value;
  };

  beforeAll(async () => {
    mkdirSync(screenshotDir, { recursive: true });
    buildWebIfStale();
    server = await startAtlasTestServer();
    await options.prepare?.(server);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
  }, 10 * 60_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  return {
    get server() { return live(server, 'the server'); },
    get context() { return live(context, 'the browser context'); },
    get page() { return live(page, 'the page'); },
    problems,
    open: (hash) => live(page, 'the page').goto(`${live(server, 'the server').url}/${hash}`),
    shot: (name, fullPage = true) => live(page, 'the page').screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage }),
  };
}

/** Stores an invented bulletin through the admin mutation, as the upload page would. */
export async function uploadText(server: AtlasTestServer, name: string, text: string): Promise<void> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminToken}` },
    body: JSON.stringify({ query: 'mutation($name: String!, $text: String) { ingestDocument(name: $name, text: $text) { status } }', variables: { name, text } }),
  });
  const body = (await response.json()) as { errors?: unknown };
  if (body.errors) throw new Error(`upload of ${name} failed: ${JSON.stringify(body.errors)}`);
}
