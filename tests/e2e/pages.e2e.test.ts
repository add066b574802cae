/**
 * Pages to cite, in a real browser over the seeds: a search result's title opens the item's own page
 * (stable URL, citation with its bulletin), the bulletin link opens the bulletin's page with its
 * items in order, and the 市外参考 basket flags an item from the user's own city before export.
 */
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import type { AtlasTestServer } from './atlas-server.ts';
import { describeInChromium, useSeedsPage } from './harness.ts';

describeInChromium('item and bulletin pages in chromium', () => {
  const seeds = useSeedsPage();
  const { shot } = seeds;
  let server: AtlasTestServer;
  let page: Page;
  beforeAll(() => { ({ server, page } = seeds); });
  const dialogs: string[] = [];
  beforeAll(() => {
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });

  it('opens an item\'s own page from its title, with a citation naming its bulletin', async () => {
    await page.goto(`${server.url}/#/search?q=${encodeURIComponent('单元长')}`);
    const title = page.locator('.item-card .card-title a').first();
    const titleText = await title.innerText();
    await title.click();
    await page.getByRole('heading', { name: '引用' }).waitFor();
    expect(decodeURIComponent(page.url())).toMatch(/#\/item\/doc-[0-9a-f]{16}:\d+$/);
    expect(await page.locator('h1').innerText()).toBe(titleText);
    expect(await page.locator('.cite-text').innerText()).toMatch(/见(《[^》]+》|“[^”]+”)/u);
    await shot('item-page');
    // The URL is stable: opened afresh, it shows the same item.
    const url = page.url();
    await page.goto('about:blank');
    await page.goto(url);
    await page.getByRole('heading', { name: titleText }).waitFor();
  });

  it('opens the bulletin\'s page from the item, listing its items in printed order with links', async () => {
    await page.locator('.breadcrumb a').click();
    await page.locator('.document-items li').first().waitFor();
    expect(decodeURIComponent(page.url())).toMatch(/#\/document\/doc-[0-9a-f]{16}$/);
    const ordinals = await page.locator('.document-items li').evaluateAll((items) => items.map((item) => Number(item.getAttribute('value'))));
    expect(ordinals).toEqual([...ordinals].sort((a, b) => a - b));
    expect(await page.locator('.document-items li a').count()).toBe(ordinals.length);
    await shot('document-page');
  });

  it('adds an item from the practice page, whose list comes without texts, with its full text', async () => {
    await page.goto(`${server.url}/#/practice/${encodeURIComponent('单元长制')}`);
    const button = page.locator('.adoption .basket-toggle').first();
    await button.click();
    await page.locator('.adoption .basket-toggle', { hasText: '✓ 已加入市外参考' }).first().waitFor();
    const texts = await page.evaluate(() => (JSON.parse(localStorage.getItem('atlas.basket.v1') ?? '[]') as { text: string }[]).map((entry) => entry.text.length));
    expect(texts).toHaveLength(1);
    expect(texts[0]).toBeGreaterThan(50);
    await page.evaluate(() => localStorage.removeItem('atlas.basket.v1'));
  });

  it('flags an item of the user\'s own city in the basket and asks before exporting it', async () => {
    await page.goto(`${server.url}/#/search?q=${encodeURIComponent('单元长')}`);
    const card = page.locator('.item-card', { hasText: '安庆市' }).first();
    await card.getByRole('button', { name: /加入市外参考/ }).click();
    await page.goto(`${server.url}/#/basket`);
    await page.getByLabel('本市').fill('安庆市');
    await page.getByRole('button', { name: '保存' }).click();
    await page.locator('.own-city-warning').first().waitFor();
    expect(await page.locator('.basket-entry .meta').first().innerText()).toContain('来源：');
    await page.getByRole('button', { name: '导出 Markdown' }).click();
    await expect.poll(() => dialogs.length).toBe(1);
    expect(dialogs[0]).toContain('来自本市（安庆市）');
    await shot('basket-own-city');
  });
});
