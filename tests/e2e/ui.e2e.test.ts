/**
 * End to end: the built UI in a real browser (Debian chromium via playwright-core) against the real
 * API on 127.0.0.1 over a temp SQLite store holding the seeds. Screenshots go to
 * tests/artifacts/screenshots/.
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import type { AtlasTestServer } from './atlas-server.ts';
import { describeInChromium, useSeedsPage } from './harness.ts';

/** An invented bulletin in the genre for the upload test (no seed text). */
const inventedBulletin = [
  '组工信息', '第7期', '中共青岚市委组织部编                2023年5月16日', '【市内信息】',
  '△宿松县推行“红色议事厅”破解小区治理难题。宿松县在城区42个小区设立“红色议事厅”，由小区党支部牵头每月议事，今年以来解决停车、物业等问题310件，居民满意度达到95%。（宿松县委组织部）',
  '△太湖县实施“头雁培训”计划。太湖县分3批次培训村党组织书记186人次，新建村级实训基地12个。（太湖县委组织部）',
].join('\n');

describeInChromium('web UI in chromium', () => {
  const seeds = useSeedsPage();
  const { open, shot } = seeds;
  let server: AtlasTestServer;
  let page: Page;
  beforeAll(() => { ({ server, page } = seeds); });

  it('searches and narrows the results with a city facet kept in the URL', async () => {
    await open('#/search?q=单元长');
    await page.locator('.item-card').first().waitFor();
    expect(await page.locator('.item-card mark').count()).toBeGreaterThan(0);
    await page.locator('.facet-group', { hasText: '城市' }).getByRole('link', { name: /安庆市/ }).click();
    await page.locator('.chip', { hasText: '城市：安庆市' }).waitFor();
    expect(decodeURIComponent(page.url())).toContain('city=安庆市');
    const paths = await page.locator('.item-card .region-path').allInnerTexts();
    expect(paths.length).toBeGreaterThan(0);
    for (const regionPath of paths) expect(regionPath).toContain('安庆市');
    await shot('search');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot('search-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('opens on a home page with the corpus figures and says so when nothing matches', async () => {
    await open('#/search');
    await page.locator('.lede', { hasText: '简报 5 期' }).waitFor();
    await shot('home');
    await open('#/search?q=完全无关的检索词乙丙丁&province=西藏自治区');
    await page.locator('.state.empty, .state.error').first().waitFor();
    expect(await page.locator('.state.error').count()).toBe(0);
  });

  it('shows 迎江区 and its outcomes on the 单元长制 practice page', async () => {
    await open('#/practice/单元长制');
    const yingjiang = page.locator('.adoption[data-region="迎江区"]');
    await yingjiang.waitFor();
    const text = await yingjiang.innerText();
    expect(text).toContain('3163');
    expect(text).toContain('成效');
    expect(await page.locator('.province h2', { hasText: '安徽省' }).count()).toBe(1);
    // The 扩散 section's timeline and map render on their own schedule, so count only the when/where charts.
    await page.locator('.echart-bar[data-chart-ready="true"]').waitFor();
    await page.locator('.echart-column[data-chart-ready="true"]').waitFor();
    expect(await page.locator('.echart-bar, .echart-column').count()).toBe(2);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出表格（CSV）' }).click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    expect(csv).toContain('迎江区');
    await shot('practice');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot('practice-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('compares two regions practice by practice', async () => {
    await open('#/compare?r=迎江区&r=望江县&practice=单元长制');
    const table = page.locator('table.compare');
    await table.waitFor();
    expect(await table.locator('thead th').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('迎江区'), expect.stringContaining('望江县')]));
    const row = table.locator('tbody tr', { hasText: '单元长制' });
    expect(await row.locator('td.has').count()).toBe(1);
    await shot('compare');
  });

  it('shows a region page and a graph whose nodes lead to the pages', async () => {
    await open('#/region/迎江区');
    await page.locator('.year-group .item-card').first().waitFor();
    await shot('region');
    await open('#/graph/practice/单元长制');
    await page.locator('.echart-graph[data-chart-ready="true"]').waitFor();
    const node = page.locator('.echart-graph svg text').filter({ hasText: /^迎江区$/ });
    await node.waitFor();
    await shot('graph');
    await node.click();
    await page.locator('.year-group').first().waitFor();
    expect(decodeURIComponent(page.url())).toContain('#/region/');
  });

  it('collects items in the 市外参考 basket, reorders them by keyboard and exports a .docx', async () => {
    await page.evaluate(() => localStorage.clear());
    await open('#/search?q=社区党组织');
    const cards = page.locator('.item-card');
    await cards.nth(1).waitFor();
    const titles = [await cards.nth(0).locator('.card-title').innerText(), await cards.nth(1).locator('.card-title').innerText()];
    await cards.nth(0).getByRole('button', { name: /加入市外参考/ }).click();
    await cards.nth(1).getByRole('button', { name: /加入市外参考/ }).click();
    await open('#/basket');
    await page.locator('.basket-entry').nth(1).waitFor();
    // Keyboard: focus the second entry's "上移" and press Enter.
    await page.locator('.basket-entry').nth(1).locator('button.up').focus();
    await page.keyboard.press('Enter');
    const reordered = await page.locator('.basket-entry .card-title').allInnerTexts();
    expect(reordered[0]).toContain(titles[1]);
    await shot('basket');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /导出 Word/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^市外参考-.*\.docx$/);
    const zip = await JSZip.loadAsync(readFileSync(await file.path()));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('市外参考');
    expect(text).toContain(titles[0]);
    expect(text.indexOf(titles[1] ?? '')).toBeLessThan(text.indexOf(titles[0] ?? ''));
    // Each entry cites its bulletin, and pages are numbered as printed bulletins are (issue 12.7).
    expect(text.match(/来源：《[^》]+》/g)?.length).toBe(2);
    const footers = await Promise.all(Object.keys(zip.files).filter((name) => /word\/footer\d*\.xml$/.test(name)).map((name) => zip.file(name)!.async('string')));
    expect(footers.join('')).toMatch(/PAGE/);
    const markdownDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 Markdown' }).click();
    const markdown = readFileSync(await (await markdownDownload).path(), 'utf8');
    expect(markdown.startsWith('## 市外参考')).toBe(true);
    expect(markdown.indexOf(titles[1] ?? '')).toBeLessThan(markdown.indexOf(titles[0] ?? ''));
  });

  it('uploads a bulletin as admin and shows what was extracted', async () => {
    await open('#/admin');
    await page.getByLabel('管理口令').fill(server.adminToken);
    await page.getByRole('button', { name: '进入' }).click();
    await page.getByLabel('文档名称').fill('e2e-青岚-第7期.txt');
    await page.getByLabel('简报全文').fill(inventedBulletin);
    await page.getByRole('button', { name: '上传并抽取' }).click();
    const result = page.locator('.ingest-result');
    await result.locator('.success').waitFor({ timeout: 60_000 });
    expect(await result.locator('dd').first().innerText()).toBe('2');
    expect(await result.innerText()).toContain('宿松县');
    await page.locator('.candidate').first().waitFor();
    await shot('admin', false);
    // Promote the first candidate; the page says so (or shows the server's message cleanly).
    const first = page.locator('.candidate').first();
    await first.getByLabel(/的类别/).fill('基层治理');
    await first.getByRole('button', { name: '提升' }).click();
    const answer = first.locator('.success, .state.error');
    await answer.waitFor();
    await answer.scrollIntoViewIfNeeded();
    await shot('admin-curate', false);
    expect(await answer.innerText()).toContain('已提升为正式做法');
  });
});
