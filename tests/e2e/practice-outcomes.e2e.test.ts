/**
 * End to end, on the seeds: a practice page shows under each place only the numbers of that
 * practice, the rest folded under 其他数据（N）; its CSV says whose each number is and repeats no
 * row; compare is a practices × places matrix with a summary, readable at 1280 and at 390 px.
 * A county that reported a practice in twelve bulletins lists its newest ten and says so.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import type { AtlasTestServer } from './atlas-server.ts';
import { describeInChromium, uploadText, useSeedsPage } from './harness.ts';

/** Twelve monthly reports of one county on one practice, each in its own words (invented, in the genre). */
const MONTHLY_REPORTS = [
  '岳西县在城区5个社区推行“党员中心户”制度，首批选树党员中心户86户。',
  '岳西县召开党员中心户工作推进会，明确宣传政策、收集民意等6项职责。',
  '岳西县为党员中心户统一挂牌亮户，制作联系卡1200张发放到群众手中。',
  '岳西县组织党员中心户开展夏季防汛巡查，排查隐患点位37处。',
  '岳西县党员中心户开展政策宣讲进农家活动，入户宣讲92场次。',
  '岳西县党员中心户参与人居环境整治，清理房前屋后杂物堆放210处。',
  '岳西县按季度公示党员中心户履职情况，接受群众监督。',
  '岳西县把党员中心户制度延伸到农村，新增村级党员中心户430户。',
  '岳西县党员中心户走访留守老人、困难群众，登记服务需求560条。',
  '岳西县评选十佳党员中心户，通报表扬履职突出的中心户28户。',
  '岳西县党员中心户协助化解邻里纠纷，当月调处矛盾45起。',
  '岳西县总结党员中心户一年来经验，累计帮办代办事项1800余件。',
];
const monthlyBulletin = (month: number, report: string): string =>
  ['岳西组工信息', `2023年第${month}期`, `中共岳西县委组织部${'\u3000'.repeat(4)}2023年${month}月15日`, '', `△${report.slice(0, report.indexOf('，'))}`, report].join('\n');

describeInChromium('outcomes under their practice, in chromium', () => {
  const seeds = useSeedsPage({
    prepare: async (server) => {
      for (const [index, report] of MONTHLY_REPORTS.entries()) await uploadText(server, `岳西组工信息2023第${index + 1}期.txt`, monthlyBulletin(index + 1, report));
    },
  });
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

  it("lists a county's newest ten of its twelve reports, says so, and links to all of them", async () => {
    await page.goto(`${server.url}/#/practice/党员中心户`);
    const yuexi = page.locator('.adoption[data-region="岳西县"]');
    await yuexi.waitFor();
    expect(await yuexi.locator('.item-title').count()).toBe(10);
    expect(await yuexi.locator('.card-title').innerText()).toContain('2023-01-15 至 2023-12-15');
    const more = yuexi.locator('.more-reports');
    expect(await more.innerText()).toContain('共 12 条，列出最近 10 条');
    await more.locator('a').click();
    await page.locator('.item-card').first().waitFor();
    expect(decodeURIComponent(page.url())).toContain('practice=党员联系户');
    expect(await page.locator('.item-card', { hasText: '岳西县' }).count()).toBe(12);
  });
});
