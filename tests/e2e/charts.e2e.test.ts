/**
 * The ECharts charts and graphs in a real browser (Debian chromium) over the seeds: the year and
 * province charts of a practice page, the region graph titled and labelled by names (never a
 * code), "另有 N 个…未画出" when nodes are cut, labels that stay apart and inside the chart at
 * 1280 and 390 px, charts disposed on route change, and no 404 (favicon included).
 * Screenshots go to tests/artifacts/screenshots/.
 */
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import type { AtlasTestServer } from './atlas-server.ts';
import { describeInChromium, useSeedsPage } from './harness.ts';

type Point = [number, number];
interface Label { text: string; corners: Point[] }

/** The drawn SVG texts of a chart as their four corners on the page (rotated labels stay rotated). */
function labelBoxes(page: Page, selector: string): Promise<Label[]> {
  return page.locator(`${selector} svg text`).evaluateAll((texts) => texts.flatMap((element) => {
    const text = element as SVGTextElement;
    const box = text.getBBox();
    const matrix = text.getScreenCTM();
    if (box.width === 0 || !matrix || getComputedStyle(text).display === 'none') return [];
    const corners = [[box.x, box.y], [box.x + box.width, box.y], [box.x + box.width, box.y + box.height], [box.x, box.y + box.height]]
      .map(([x = 0, y = 0]): [number, number] => {
        const point = new DOMPoint(x, y).matrixTransform(matrix);
        return [point.x + window.scrollX, point.y + window.scrollY];
      });
    return [{ text: text.textContent ?? '', corners }];
  }));
}

/** How far two convex quadrilaterals overlap along the axis that separates them best (≤ 0: apart). */
function penetration(a: Point[], b: Point[]): number {
  let least = Infinity;
  for (const shape of [a, b]) {
    shape.forEach(([x1, y1], index) => {
      const [x2, y2] = shape[(index + 1) % shape.length] ?? [x1, y1];
      const length = Math.hypot(x2 - x1, y2 - y1) || 1;
      const axis: Point = [-(y2 - y1) / length, (x2 - x1) / length];
      const project = (points: Point[]): number[] => points.map(([x, y]) => x * axis[0] + y * axis[1]);
      const pa = project(a);
      const pb = project(b);
      least = Math.min(least, Math.min(Math.max(...pa), Math.max(...pb)) - Math.max(Math.min(...pa), Math.min(...pb)));
    });
  }
  return least;
}

/** Pairs of labels that overlap by more than `slack` pixels. */
function overlaps(labels: Label[], slack = 1.5): [string, string][] {
  const pairs: [string, string][] = [];
  labels.forEach((a, index) => labels.slice(index + 1).forEach((b) => {
    if (penetration(a.corners, b.corners) > slack) pairs.push([a.text, b.text]);
  }));
  return pairs;
}

/** Every label corner's x on the page. */
const xs = (labels: Label[]): number[] => labels.flatMap((label) => label.corners.map(([x]) => x));

describeInChromium('charts and graphs in chromium', () => {
  const seeds = useSeedsPage();
  const { open, shot } = seeds;
  let server: AtlasTestServer;
  let page: Page;
  beforeAll(() => { ({ server, page } = seeds); });
  const failures = seeds.problems;
  const ready = (selector: string): Promise<void> => page.locator(`${selector}[data-chart-ready="true"]`).first().waitFor();

  it('draws the year and province charts of a practice page with names and counts', async () => {
    await open('#/practice/单元长制');
    await ready('.echart-column');
    await ready('.echart-bar');
    const year = page.locator('.echart-column');
    const province = page.locator('.echart-bar');
    expect(await year.locator('svg text').allTextContents()).toContain('2020');
    expect(await province.locator('svg text').allTextContents()).toContain('安徽省');
    // The aria description spells out every bar for screen readers.
    expect(await year.getAttribute('aria-label')).toMatch(/按年份的信息条数：.*2020 \d+ 条/);
    expect(await province.getAttribute('aria-label')).toMatch(/按省份的地方数：安徽省 \d+/);
    expect(overlaps(await labelBoxes(page, '.echart-column'))).toEqual([]);
    expect(overlaps(await labelBoxes(page, '.echart-bar'))).toEqual([]);
    await shot('charts-practice');
  });

  it('keeps the charts inside a 390 px screen and redraws them at that width', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await open('#/practice/单元长制');
      await ready('.echart-bar');
      for (const selector of ['.echart-column', '.echart-bar']) {
        const svg = await page.locator(`${selector} svg`).boundingBox();
        expect(svg?.width).toBeGreaterThan(200);
        expect((svg?.x ?? 0) + (svg?.width ?? 0)).toBeLessThanOrEqual(390);
        expect(Math.max(...xs(await labelBoxes(page, selector)))).toBeLessThanOrEqual(390);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await shot('charts-practice-phone');
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('titles the region graph by the region’s name, labels nodes by name and says what it cut', async () => {
    await open('#/graph/region/3408');
    await ready('.echart-graph');
    const heading = await page.locator('h1').innerText();
    expect(heading).toBe('安庆市 · 关系图');
    expect(await page.title()).toContain('安庆市');
    const labels = await page.locator('.echart-graph svg text').allTextContents();
    expect(labels).toContain('安庆市');
    expect(labels).toContain('单元长制');
    expect(labels.join(' ')).not.toMatch(/\b\d{4,}\b/);
    // 安庆市's seeds name more practices than the graph draws: it says so, and lists them all.
    const note = await page.locator('.chart-note').innerText();
    expect(note).toMatch(/^另有 \d+ 个做法未画出/);
    const hidden = Number(/另有 (\d+) 个做法/.exec(note)?.[1]);
    const drawn = Number(await page.locator('.echart-graph').getAttribute('data-nodes'));
    const listed = await page.locator('.graph-list a').count();
    expect(listed).toBe(drawn - 1 + hidden);
    expect(await page.locator('.graph-list summary').innerText()).toBe(`以列表查看全部 ${listed} 个节点`);
    // Items lead to their own pages (#/item/<id>), practices to theirs.
    expect(await page.locator('.graph-list a[href^="#/item/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.graph-list a[href^="#/practice/"]').count()).toBe(drawn - 1 + hidden - await page.locator('.graph-list a[href^="#/item/"]').count());
    expect(overlaps(await labelBoxes(page, '.echart-graph'))).toEqual([]);
    await shot('graph-region');
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.waitForFunction(() => (document.querySelector('.echart-graph svg')?.getBoundingClientRect().width ?? 999) <= 390);
      await page.waitForTimeout(300);
      const phoneLabels = await labelBoxes(page, '.echart-graph');
      expect(Math.min(...xs(phoneLabels))).toBeGreaterThanOrEqual(0);
      expect(Math.max(...xs(phoneLabels))).toBeLessThanOrEqual(390);
      expect(overlaps(await labelBoxes(page, '.echart-graph'))).toEqual([]);
      await shot('graph-region-phone');
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('leads from a graph node to its page and disposes the charts of the page it leaves', async () => {
    await open('#/graph/practice/单元长制');
    await ready('.echart-graph');
    expect(await page.locator('body').getAttribute('data-live-charts')).toBe('1');
    await shot('graph-practice');
    await page.locator('.echart-graph svg text').filter({ hasText: /^迎江区$/ }).click();
    await page.locator('.year-group').first().waitFor();
    expect(decodeURIComponent(page.url())).toContain('#/region/');
    expect(await page.locator('body').getAttribute('data-live-charts')).toBe('0');
    await open('#/practice/单元长制');
    await ready('.echart-bar');
    // The year and province bars, and the 扩散 section's timeline and map (drawn once its data is in).
    await ready('.echart-map');
    expect(await page.locator('body').getAttribute('data-live-charts')).toBe('4');
  });

  it('has an overlap check that sees rotated labels crossing and not those side by side', () => {
    const box = (x: number, y: number, turn: number): Point[] => [[0, 0], [60, 0], [60, 12], [0, 12]]
      .map(([px = 0, py = 0]): Point => [x + px * Math.cos(turn) - py * Math.sin(turn), y + px * Math.sin(turn) + py * Math.cos(turn)]);
    expect(overlaps([{ text: 'a', corners: box(0, 0, 0) }, { text: 'b', corners: box(30, 20, -Math.PI / 2) }])).toEqual([['a', 'b']]);
    expect(overlaps([{ text: 'a', corners: box(0, 0, 0) }, { text: 'b', corners: box(0, 14, 0) }])).toEqual([]);
    // Axis-aligned bounds of these two overlap, the labels themselves do not.
    expect(overlaps([{ text: 'a', corners: box(0, 0, Math.PI / 4) }, { text: 'b', corners: box(20, 0, Math.PI / 4) }])).toEqual([]);
  });

  it('serves the favicon and shows no console error or failed request on these pages', async () => {
    for (const file of ['favicon.svg', 'favicon.ico']) {
      const response = await page.request.get(`${server.url}/${file}`);
      expect(response.status(), file).toBe(200);
    }
    expect(await page.locator('link[rel="icon"]').getAttribute('href')).toBe('./favicon.svg');
    expect(failures).toEqual([]);
  });
});
