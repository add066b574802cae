/**
 * End to end in chromium, on the seeds plus one invented undated bulletin uploaded as admin:
 * a nonsense query answered 未找到 with suggestions that run their search, a misspelt place that
 * suggests the right one (issue 12.2); undated items counted as 未注明日期 and a bulletin without a
 * masthead called by its source name, never by another item's headline (issue 12.5).
 */
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { describeInChromium, useSeedsPage, uploadText } from './harness.ts';

/** Invented: no masthead, no date, no year anywhere; two items about 单元长制. */
const UNDATED_NAME = '无日期汇编样例.txt';
const undatedBulletin = [
  '△青禾县：老旧小区推行单元长制',
  '青禾县在城区老旧小区推行单元长制，每个单元由一名党员担任单元长，收集居民诉求210条，办结率达到九成。',
  '',
  '△白溪区：单元长制让楼道议事有人管',
  '白溪区在28个小区推行单元长制，单元长每月组织一次楼道议事，居民反映的问题当月办结。',
].join('\n');

describeInChromium('search floor, suggestions and undated items in chromium', () => {
  const seeds = useSeedsPage({ prepare: (server) => uploadText(server, UNDATED_NAME, undatedBulletin) });
  const { open, shot } = seeds;
  let page: Page;
  beforeAll(() => { ({ page } = seeds); });

  it('answers a nonsense query with 未找到 and practices to try, each running its search', async () => {
    await open('#/search?q=量子计算机');
    const notFound = page.locator('.state.empty', { hasText: '未找到' });
    await notFound.waitFor();
    expect(await page.locator('.item-card').count()).toBe(0);
    const suggestions = notFound.locator('.suggestions.practices a.suggestion');
    expect(await suggestions.count()).toBeGreaterThan(0);
    await shot('search-not-found');
    const first = (await suggestions.first().innerText()).trim();
    await suggestions.first().click();
    await page.locator('.item-card').first().waitFor();
    expect(decodeURIComponent(page.url())).toContain(`q=${first}`);
  });

  it('answers punctuation alone with 未找到, not with every item', async () => {
    await open('#/search?q=。。！？');
    await page.locator('.state.empty', { hasText: '未找到' }).waitFor();
    expect(await page.locator('.item-card').count()).toBe(0);
  });

  it('suggests the place a query misspells, and the suggestion finds its items', async () => {
    await open('#/search?q=望红县');
    const suggestion = page.locator('.suggestions a.suggestion', { hasText: '望江县' });
    await suggestion.waitFor();
    await shot('search-did-you-mean');
    await suggestion.click();
    await page.locator('.item-card').first().waitFor();
    expect(decodeURIComponent(page.url())).toContain('q=望江县');
    for (const regionPath of await page.locator('.item-card .region-path').allInnerTexts()) expect(regionPath).toContain('望江县');
  });

  it('counts undated items as 未注明日期 and names their bulletin by its source, not by another item', async () => {
    await open('#/search?q=单元长制');
    await page.locator('.item-card').first().waitFor();
    const undated = page.locator('.facet-group', { hasText: '年份' }).locator('.facet.undated', { hasText: '未注明日期' });
    await undated.waitFor();
    expect(Number(await undated.locator('.count').innerText())).toBeGreaterThanOrEqual(2);
    const card = page.locator('.item-card', { hasText: '白溪区' }).first();
    await card.waitFor();
    const cardText = await card.innerText();
    expect(cardText).toContain('无日期汇编样例');
    expect(cardText).not.toContain('upload:');
    expect(cardText).not.toContain('青禾县：老旧小区推行单元长制');
    await shot('search-undated');
  });

  it('shows the undated items in the practice page’s year chart, so the bars add up to the total', async () => {
    await open('#/practice/单元长制');
    await page.locator('h1', { hasText: '单元长制' }).waitFor();
    expect(await page.locator('.state.error').allInnerTexts()).toEqual([]);
    // The year chart's data (its bars, or the aria description ECharts writes) names the undated bucket.
    await page.waitForFunction(() => document.body.innerHTML.includes('未注明日期'), undefined, { timeout: 30_000 });
    await shot('practice-undated');
  });
});
