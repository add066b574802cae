/**
 * The practice page's 扩散 section in a real browser (Debian chromium) over the seeds: the
 * timeline and the China map for 单元长制; the year slider re-shading the map for a practice
 * reported in 2016 and 2020; the panel and events CSV downloaded with the columns
 * docs/diffusion-data.md documents; two practices' curves on one chart; all inside 390 px.
 * Screenshots go to tests/artifacts/screenshots/diffusion-*.png.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import type { AtlasTestServer } from './atlas-server.ts';
import { describeInChromium, useSeedsPage } from './harness.ts';

const NOTE = '首次见于简报的时间，不等于开始实行的时间';
/** A seed practice first reported in 黑龙江省 in 2016 and in 安徽省 in 2020 (and once undated). */
const SPREAD = '软弱涣散基层党组织整顿';

/** The column names of one table in docs/diffusion-data.md (the rows after its heading). */
function documentedColumns(heading: string): string[] {
  const doc = readFileSync(path.resolve(import.meta.dirname, '../../docs/diffusion-data.md'), 'utf8');
  const section = doc.slice(doc.indexOf(heading));
  const table = section.slice(0, section.indexOf('\n\n', section.indexOf('| column')));
  return [...table.matchAll(/^\| `([a-z_]+)` \|/gm)].map((match) => match[1] ?? '');
}

describeInChromium('the diffusion section in chromium', () => {
  const seeds = useSeedsPage();
  const { shot } = seeds;
  const failures = seeds.problems;
  let server: AtlasTestServer;
  let page: Page;
  beforeAll(() => { ({ server, page } = seeds); });
  const ready = (selector: string): Promise<void> => page.locator(`${selector}[data-chart-ready="true"]`).first().waitFor();
  /** Every fill drawn in the map, in order: what the slider changes. */
  const mapFills = (): Promise<string[]> => page.locator('.echart-map svg path').evaluateAll((paths) => paths.map((element) => element.getAttribute('fill') ?? ''));
  const slideTo = (year: number): Promise<void> => page.locator('.diffusion-slider').evaluate((input, value) => {
    (input as HTMLInputElement).value = String(value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, year);

  it('shows 单元长制\'s timeline, map and first adopters, saying first reported is not begun', async () => {
    await page.goto(`${server.url}/#/practice/单元长制`);
    await ready('.echart-timeline');
    await ready('.echart-map');
    expect(await page.locator('.diffusion-note').innerText()).toContain(NOTE);
    expect(await page.locator('.echart-timeline svg text').allTextContents()).toContain('2020');
    expect(await page.locator('.echart-timeline').getAttribute('aria-label')).toMatch(/2020年新增 2 个，累计 2 个/);
    expect(await page.locator('.echart-map').getAttribute('aria-label')).toMatch(new RegExp(`截至2020年（年份为${NOTE}）：安徽省 2020年`));
    expect(await page.locator('.diffusion-summary').innerText()).toMatch(/共有 2 个县区见于简报/);
    expect(await page.locator('.diffusion-first li').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^迎江区 2020-06-28/), expect.stringMatching(/^大观区 2020-06-28/)]));
    await shot('diffusion-practice');
    expect(failures).toEqual([]);
  });

  it('replays the spread: the slider re-shades the map year by year, the undated listed apart', async () => {
    await page.goto(`${server.url}/#/practice/${SPREAD}`);
    await ready('.echart-map');
    const map = page.locator('.echart-map');
    expect(await map.getAttribute('data-shaded')).toBe('2');
    const at2020 = await mapFills();
    await slideTo(2016);
    expect(await page.locator('.diffusion-year').innerText()).toBe('截至 2016 年');
    expect(await map.getAttribute('data-shaded')).toBe('1');
    await page.waitForFunction((before) => JSON.stringify([...document.querySelectorAll('.echart-map svg path')].map((element) => element.getAttribute('fill') ?? '')) !== before, JSON.stringify(at2020));
    expect(await mapFills()).not.toEqual(at2020);
    expect(await map.getAttribute('aria-label')).toMatch(/截至2016年.*黑龙江省 2016年。$/);
    await shot('diffusion-slider-2016');
    await slideTo(2020);
    await page.waitForFunction((before) => JSON.stringify([...document.querySelectorAll('.echart-map svg path')].map((element) => element.getAttribute('fill') ?? '')) === before, JSON.stringify(at2020));
    await page.locator('.diffusion-all summary').click();
    expect(await page.locator('.diffusion-events caption').allInnerTexts()).toContain('只有未注明日期的报道（另列，不计入曲线）');
    expect(await page.locator('.diffusion-summary').innerText()).toMatch(/只有未注明日期的报道，未计入曲线和地图/);
    await shot('diffusion-slider-2020');
    expect(failures).toEqual([]);
  });

  it('downloads the region × year panel and the events with the documented columns', async () => {
    await page.goto(`${server.url}/#/practice/${SPREAD}`);
    await ready('.echart-map');
    const save = async (table: string, subject = 'practice'): Promise<{ name: string; lines: string[] }> => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`.diffusion button[data-table="${table}"][data-subject="${subject}"]`).click()]);
      const text = readFileSync(await download.path(), 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      return { name: download.suggestedFilename(), lines: text.slice(1).trim().split('\r\n') };
    };
    const panel = await save('PANEL');
    expect(panel.name).toBe(`${SPREAD}-地区年份面板-county.csv`);
    expect(panel.lines[0]?.split(',')).toEqual(documentedColumns('## Panel table'));
    // Every county of 黑龙江省 and 安徽省 for 2016–2020, never-reporting ones included.
    const rows = panel.lines.slice(1).map((line) => line.split(','));
    expect(new Set(rows.map((row) => row[6]))).toEqual(new Set(['2016', '2017', '2018', '2019', '2020']));
    expect(rows.filter((row) => row[7] === '1' && row[6] === '2016')).toHaveLength(1);
    expect(rows.some((row) => row[7] === '0')).toBe(true);
    const events = await save('EVENTS');
    expect(events.lines[0]?.split(',')).toEqual(documentedColumns('## Events table'));
    expect(events.lines).toHaveLength(1 + 4);
    // The whole category (整顿提升): the same columns, several practices by name.
    const category = await save('PANEL', 'category');
    expect(category.name).toMatch(/-地区年份面板-county\.csv$/);
    expect(category.lines[0]).toBe(panel.lines[0]);
    expect(new Set(category.lines.slice(1).map((line) => line.split(',')[0])).has(SPREAD)).toBe(true);
    expect(failures).toEqual([]);
  });

  it('compares two practices\' curves on one chart, kept in the URL', async () => {
    await page.goto(`${server.url}/#/practice/单元长制`);
    await ready('.echart-map');
    await page.locator('.diffusion-compare-form input').fill(SPREAD);
    await page.locator('.diffusion-compare-form button').click();
    await ready('.echart-compare');
    const texts = await page.locator('.echart-compare svg text').allTextContents();
    expect(texts).toEqual(expect.arrayContaining(['单元长制', SPREAD, '2016', '2020']));
    expect(decodeURIComponent(page.url())).toContain(`vs=${SPREAD}`);
    await page.locator('.echart-compare').scrollIntoViewIfNeeded();
    await shot('diffusion-compare');
    expect(failures).toEqual([]);
  });

  it('fits a 390 px screen: timeline, map and slider inside it, nothing scrolls sideways', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(`${server.url}/#/practice/${SPREAD}?vs=单元长制`);
      await ready('.echart-timeline');
      await ready('.echart-map');
      await ready('.echart-compare');
      for (const selector of ['.echart-timeline svg', '.echart-map svg', '.diffusion-slider', '.echart-compare svg']) {
        const box = await page.locator(selector).boundingBox();
        expect(box?.width).toBeGreaterThan(200);
        expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await shot('diffusion-phone');
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    expect(failures).toEqual([]);
  });
});
