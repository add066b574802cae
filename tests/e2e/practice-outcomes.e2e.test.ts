/**
 * End to end, on the seeds: a practice page shows under each place only the numbers of that
 * practice, the rest folded under 其他数据（N）; its CSV says whose each number is and repeats no
 * row; compare is a practices × places matrix with a summary, readable at 1280 and at 390 px.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import type { AtlasTestServer } from './atlas-server.ts';
import { describeInChromium, useSeedsPage } from './harness.ts';

describeInChromium('outcomes under their practice, in chromium', () => {
  const seeds = useSeedsPage();
  const { shot } = seeds;
  let server: AtlasTestServer;
  let page: Page;
  beforeAll(() => { ({ server, page } = seeds); });

  /** data-practice of every outcome shown outside 其他数据 in `scope`. */
  const shownPractices = (scope: string): Promise<string[]> =>
    page.locator(`${scope} .outcome`).evaluateAll((nodes) =>
      nodes.filter((node) => node.closest('.other-outcomes') === null).map((node) => node.getAttribute('data-practice') ?? ''));

  it.each(['社区大党委', '单元长制'])('shows on the %s page only its numbers, the rest folded under 其他数据', async (practice) => {
    await page.goto(`${server.url}/#/practice/${practice}`);
    await page.locator('.adoption').first().waitFor();
    const shown = await shownPractices('.adoption');
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set([practice]));
    const folded = page.locator('.adoption details.other-outcomes');
    expect(await folded.count()).toBeGreaterThan(0);
    for (const summary of await folded.locator('summary').allInnerTexts()) expect(summary).toMatch(/^其他数据（\d+）$/);
    expect(await folded.evaluateAll((nodes) => nodes.filter((node) => (node as HTMLDetailsElement).open).length)).toBe(0);
  });

  it('shows 迎江区 under 社区大党委 without numbers that are not about it', async () => {
    await page.goto(`${server.url}/#/practice/社区大党委`);
    const yingjiang = page.locator('.adoption[data-region="迎江区"]');
    await yingjiang.waitFor();
    expect(await shownPractices('.adoption[data-region="迎江区"]')).toEqual([]);
    expect(await yingjiang.locator('.no-own-outcomes').innerText()).toContain('未报告这一做法的具体数据');
    await yingjiang.locator('details.other-outcomes summary').click();
    expect(await yingjiang.locator('details.other-outcomes .outcome').count()).toBeGreaterThan(0);
    await shot('practice-outcomes');
  });

  it("exports a CSV naming each number's practice, the practice's own first, no row twice", async () => {
    await page.goto(`${server.url}/#/practice/单元长制`);
    await page.locator('.adoption').first().waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出表格（CSV）' }).click();
    const lines = readFileSync(await (await download).path(), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toContain('数据归属,所属做法,类别,数据,数值,单位');
    expect(new Set(lines).size).toBe(lines.length);
    const yingjiang = lines.filter((line) => line.includes(',迎江区,'));
    const firstOther = yingjiang.findIndex((line) => line.includes(',其他数据,'));
    expect(firstOther).toBeGreaterThan(0);
    for (const line of yingjiang.slice(0, firstOther)) expect(line).toContain(',本做法,单元长制,');
    for (const line of yingjiang.slice(firstOther)) expect(line).not.toContain(',本做法,');
  });

  it('compares places as a matrix with a summary, shared practices first, at 1280 and 390 px', async () => {
    await page.goto(`${server.url}/#/compare?r=迎江区&r=伊春区&r=大观区`);
    const summary = page.locator('.compare-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('比较 3 个地方');
    const rows = page.locator('table.compare tbody.practice-row');
    expect(await rows.count()).toBeGreaterThan(0);
    // Every number in a cell belongs to that row's practice.
    for (const row of await rows.all()) {
      const practice = await row.getAttribute('data-practice');
      for (const tied of await row.locator('td .outcome').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-practice')))) {
        expect(tied).toBe(practice);
      }
      expect(await row.locator('th.practice-name').innerText()).toMatch(/[23]\/3 地/);
    }
    expect(await page.locator('.own-practices .own-column').count()).toBe(3);
    const wide = await page.evaluate(() => document.documentElement.scrollHeight);
    await shot('compare-matrix');
    await page.setViewportSize({ width: 390, height: 844 });
    const phone = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      practiceWidth: document.querySelector('table.compare th.practice-name')?.getBoundingClientRect().width ?? 0,
    }));
    expect(phone.scrollWidth).toBeLessThanOrEqual(390);
    expect(phone.practiceWidth).toBeGreaterThan(250);
    await shot('compare-matrix-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(wide).toBeLessThan(6000);
  });

  it('puts the same measure of a shared practice side by side', async () => {
    await page.goto(`${server.url}/#/compare?r=大通区&r=嘉荫县&r=望江县&r=宿松县`);
    const row = page.locator('table.compare tbody.practice-row[data-practice="软弱涣散基层党组织整顿"]');
    await row.waitFor();
    const metric = row.locator('tr.metric-row').first();
    expect(await metric.locator('th').innerText()).toMatch(/^同一指标：/);
    const values = await metric.locator('td.metric-value strong').allInnerTexts();
    expect(values.length).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.compare-summary').innerText()).toContain('可并列对照的指标');
    await shot('compare-metrics');
  });
});
