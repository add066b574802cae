/**
 * End to end in chromium, on the seeds plus two invented bulletins uploaded as admin: a county's
 * own bulletin and the provincial bulletin reprinting its report under another headline three
 * weeks later. The county's item shows 另见 1 处转载 linking to the copy's page, which names the
 * county's bulletin as 首发; the two copies are one report (issue 13.1).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAtlasTestServer } from './atlas-server.ts';
import type { AtlasTestServer } from './atlas-server.ts';
import { buildWebIfStale, hasChromium, launchChromium, screenshotDir } from './browser.ts';

/** Invented in the genre. */
const body =
  '今年以来，岳西县在全县182个村（社区）推行“党员中心户”制度，从农村无职党员、退休干部中选树党员中心户1260户，' +
  '每户联系周边10至15户群众，承担政策宣传、民意收集、矛盾调解、帮办代办等职责。县委组织部建立“月走访、季评议、年表彰”工作机制，' +
  '将党员中心户履职情况纳入年度评议。目前，党员中心户累计收集群众意见建议2300余条，帮办代办事项4100余件，化解矛盾纠纷380余起。';

const countyBulletin = ['岳西组工信息', '2023年第5期', '中共岳西县委组织部　　　　2023年5月10日', '', '△岳西县：推行“党员中心户”制度 打通服务群众“最后一米”', body].join('\n');
const provincialReprint = [
  '皖组动态', '2023年第12期', '中共安徽省委组织部　　　　2023年6月2日', '', '△党员中心户架起干群“连心桥”',
  `${body.replace('今年以来，', '').replace('目前，', '截至目前，')}（来源：岳西县委组织部）`,
].join('\n');

async function graphql<T>(server: AtlasTestServer, query: string, variables: Record<string, unknown>, admin = false): Promise<T> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(admin ? { authorization: `Bearer ${server.adminToken}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json()) as { data: T; errors?: unknown };
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data;
}

const upload = (server: AtlasTestServer, name: string, text: string): Promise<unknown> =>
  graphql(server, 'mutation($name: String!, $text: String) { ingestDocument(name: $name, text: $text) { status } }', { name, text }, true);

interface Hit { item: { id: string; title: string; reportId: string; reprints: { itemId: string }[] } }

describe.runIf(hasChromium)('reprints in chromium', () => {
  let server: AtlasTestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let first: Hit['item'];
  let copy: Hit['item'];

  beforeAll(async () => {
    mkdirSync(screenshotDir, { recursive: true });
    buildWebIfStale();
    server = await startAtlasTestServer();
    // The reprint arrives first: the earlier county bulletin still leads the report.
    await upload(server, '皖组动态2023第12期.txt', provincialReprint);
    await upload(server, '岳西组工信息2023第5期.txt', countyBulletin);
    const { search } = await graphql<{ search: { hits: Hit[] } }>(server,
      'query($q: String!) { search(query: $q, first: 20) { hits { item { id title reportId reprints { itemId } } } } }', { q: '岳西县 党员中心户' });
    const ours = search.hits.map((hit) => hit.item).filter((item) => item.title.includes('党员中心户'));
    first = ours.find((item) => item.title.startsWith('岳西县'))!;
    copy = ours.find((item) => item.title.startsWith('党员中心户'))!;
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    page = await context.newPage();
  }, 10 * 60_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('stores the two copies as one report led by the county\'s bulletin', () => {
    expect(first).toBeDefined();
    expect(copy).toBeDefined();
    expect(copy.reportId).toBe(first.id);
    expect(first.reprints.map((reprint) => reprint.itemId)).toEqual([copy.id]);
  });

  it('shows 另见 1 处转载 on the item page, linking to the copy, whose page names the 首发', async () => {
    await page.goto(`${server.url}/#/item/${encodeURIComponent(first.id)}`);
    const note = page.locator('.reprints', { hasText: '另见 1 处转载' });
    await note.waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'item-reprints.png'), fullPage: true });
    await note.locator('a').click();
    await page.locator('.reprints', { hasText: '首发' }).waitFor();
    expect(decodeURIComponent(page.url())).toContain(`#/item/${copy.id}`);
    expect(await page.locator('.reprints', { hasText: '首发' }).innerText()).toContain('岳西组工信息');
  });

  it('shows 另见 1 处转载 on the search card too', async () => {
    await page.goto(`${server.url}/#/search?q=${encodeURIComponent('岳西县 党员中心户')}`);
    const card = page.locator(`.item-card[data-item-id="${first.id}"]`);
    await card.waitFor();
    expect(await card.locator('.reprints').innerText()).toMatch(/^另见 1 处转载：/);
  });
});
