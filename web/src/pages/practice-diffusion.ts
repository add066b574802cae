/**
 * The practice page's 扩散 section (issue 13.3): when and where the practice was first reported —
 * a timeline, a map of China shaded by first-report year with a slider that replays the spread,
 * the first adopters, every place (the undated apart), the researchers' CSV, and a comparison.
 * First reported in a bulletin is not when a place began: the page says so where the dates are.
 */
import { gql } from '../api.ts';
import { download, h, mount } from '../dom.ts';
import { documentLabel, failure, loading } from '../format.ts';
import { diffusionMap, timelineChart } from '../parts/diffusion-charts.ts';
import { yearSpan } from '../parts/diffusion-series.ts';
import type * as DiffusionSetup from '../parts/echarts-diffusion-setup.ts';
import type { MapProvince } from '../parts/echarts-diffusion-setup.ts';
import { DIFFUSION, DIFFUSION_TABLE } from '../queries.ts';
import type { AdoptionEvent, Diffusion, DiffusionLevel, DiffusionTable } from '../queries.ts';
import { href } from '../router.ts';
import { compareSection } from './practice-diffusion-compare.ts';
import './practice-diffusion.css';

const LEVEL_NOUN: Record<DiffusionLevel, string> = { COUNTY: '县区', CITY: '城市', PROVINCE: '省份' };
/** Years a replay step stays on screen. */
const REPLAY_STEP_MS = 800;

export const FIRST_REPORT_NOTE = '首次见于简报的时间，不等于开始实行的时间。';

function when(event: AdoptionEvent): string {
  return event.firstDate ?? (event.firstYear === null ? '未注明日期' : `${event.firstYear}年`);
}

function neighbourText(event: AdoptionEvent): string {
  const share = event.neighbours;
  if (!share) return '';
  const scope = share.scope === 'CITY' ? '同市' : '同省';
  if (share.neighbours === null || share.neighbours === 0) return `${scope}此前已有 ${share.adoptedBefore} 个`;
  return `${scope} ${share.neighbours} 个中此前已有 ${share.adoptedBefore} 个（${Math.round((share.share ?? 0) * 100)}%）`;
}

function eventRow(event: AdoptionEvent): HTMLElement {
  return h('tr', undefined,
    h('td', undefined, h('a', { href: href(['region', event.region.code]) }, event.region.name), h('span', { class: 'muted small' }, ` ${event.region.path.slice(0, -1).join(' ')}`)),
    h('td', undefined, when(event)),
    h('td', undefined, h('a', { href: href(['item', event.firstReportId]) }, documentLabel(event.firstBulletin))),
    h('td', { class: 'num' }, event.reports),
    h('td', { class: 'small' }, neighbourText(event)));
}

function eventTable(events: AdoptionEvent[], caption: string): HTMLElement {
  return h('table', { class: 'diffusion-events' },
    h('caption', undefined, caption),
    h('thead', undefined, h('tr', undefined, ['地方', '首次见于简报', '来源简报', '报道数', '邻近地区已有'].map((label) => h('th', { scope: 'col' }, label)))),
    h('tbody', undefined, events.map(eventRow)));
}

function summary(result: Diffusion, noun: string): HTMLElement {
  const dated = result.events.length;
  const parts = [`共有 ${dated + result.undatedEvents.length} 个${noun}见于简报（${result.reports} 条报道，转载只计一次）`];
  if (result.undatedEvents.length > 0) parts.push(`其中 ${result.undatedEvents.length} 个${noun}只有未注明日期的报道，未计入曲线和地图`);
  if (result.undatedReports > 0) parts.push(`未注明日期的报道 ${result.undatedReports} 条`);
  if (result.unplacedReports > 0) parts.push(`未识别地区的报道 ${result.unplacedReports} 条`);
  if (result.coarserReports > 0) parts.push(`只写到上一级地区的报道 ${result.coarserReports} 条（不算作任何${noun}）`);
  return h('p', { class: 'diffusion-summary' }, `${parts.join('；')}。`);
}

interface MapParts {
  setup: typeof DiffusionSetup;
  geometry: MapProvince[];
}

let mapParts: Promise<MapParts> | undefined;

/**
 * The line and map parts of ECharts and the China map: fetched once, when this section is first
 * drawn. Every diffusion chart waits for them: a line series set before LineChart is registered
 * draws nothing.
 */
function loadMapParts(): Promise<MapParts> {
  mapParts ??= import('../parts/echarts-diffusion-setup.ts').then(async (setup) => ({ setup, geometry: await setup.loadDiffusionCharts() }));
  mapParts.catch(() => {
    mapParts = undefined;
  });
  return mapParts;
}

function mapWithSlider(result: Diffusion, { setup, geometry }: MapParts): HTMLElement {
  const span = yearSpan(result.byYear);
  if (span === null) return h('p', { class: 'muted small' }, '没有注明年份的报道，无法画出地图。');
  const map = diffusionMap(setup, geometry, result.byProvince.map((entry) => ({ code: entry.province.code, name: entry.province.name, adopters: entry.adopters, firstYear: entry.firstYear })), span);
  const caption = h('figcaption', undefined, '各省首次见于简报的年份（颜色越深越早；灰色为截至该年尚未见于简报）');
  // One year only: nothing to replay.
  if (span[0] === span[1]) return h('figure', { class: 'diffusion-map' }, caption, map.host, h('p', { class: 'muted small' }, `只有 ${span[0]} 年的报道，无从回放。`));
  const label = h('output', { class: 'diffusion-year', 'aria-live': 'polite' }, `截至 ${span[1]} 年`);
  const slider = h('input', { type: 'range', min: span[0], max: span[1], step: 1, value: span[1], 'aria-label': '地图显示到哪一年', class: 'diffusion-slider' });
  let timer: number | undefined;
  const show = (year: number): void => {
    slider.value = String(year);
    label.textContent = `截至 ${year} 年`;
    map.showUpTo(year);
  };
  slider.addEventListener('input', () => show(Number(slider.value)));
  const play = h('button', { type: 'button', class: 'small-button', onclick: () => {
    window.clearInterval(timer);
    let year = span[0];
    show(year);
    timer = window.setInterval(() => {
      year += 1;
      if (year > span[1] || !slider.isConnected) window.clearInterval(timer);
      else show(year);
    }, REPLAY_STEP_MS);
  } }, '▶ 回放扩散');
  return h('figure', { class: 'diffusion-map' },
    caption,
    map.host,
    h('div', { class: 'diffusion-slider-row' }, play, slider, label));
}

/** What a table is about: the practice, or every practice of its category. */
type TableSubject = { practice: string } | { category: string };

async function downloadTable(subject: TableSubject, level: DiffusionLevel, table: DiffusionTable, button: HTMLButtonElement): Promise<void> {
  button.disabled = true;
  try {
    const { diffusionTable } = await gql(DIFFUSION_TABLE, { ...subject, level, table });
    download(new Blob([diffusionTable.csv], { type: 'text/csv;charset=utf-8' }), diffusionTable.filename);
  } finally {
    button.disabled = false;
  }
}

function exportButtons(practice: string, category: string | null, level: DiffusionLevel): HTMLElement {
  const button = (table: DiffusionTable, text: string, subject: TableSubject = { practice }): HTMLButtonElement => {
    const element: HTMLButtonElement = h('button', { type: 'button', 'data-table': table, 'data-subject': 'category' in subject ? 'category' : 'practice', onclick: () => void downloadTable(subject, level, table, element).catch((error: unknown) => {
      element.after(failure(error));
    }) }, text);
    return element;
  };
  return h('p', { class: 'actions' },
    button('EVENTS', '导出扩散事件（CSV）'), button('PANEL', '导出地区×年份面板（CSV）'),
    category ? button('PANEL', `导出“${category}”类全部做法的面板（CSV）`, { category }) : null,
    h('span', { class: 'muted small' }, '各列的含义见项目文档 docs/diffusion-data.md'));
}

function diffusionView(result: Diffusion, parts: MapParts, practice: string, category: string | null, level: DiffusionLevel): HTMLElement {
  const noun = LEVEL_NOUN[level];
  if (result.events.length + result.undatedEvents.length === 0) return h('p', { class: 'muted' }, `还没有${noun}报道过这一做法。`);
  return h('div', { class: 'diffusion-body' },
    summary(result, noun),
    h('div', { class: 'diffusion-charts' },
      h('figure', { class: 'diffusion-timeline' }, h('figcaption', undefined, `每年新增的${noun}（柱）与累计（线），按首次见于简报的年份`),
        result.byYear.length > 0 ? timelineChart(result.byYear) : h('p', { class: 'muted small' }, '没有注明年份的报道。')),
      mapWithSlider(result, parts)),
    h('section', { class: 'diffusion-first', 'aria-label': '最早见于简报的地方' },
      h('h3', undefined, `最早见于简报的${noun}`),
      h('ol', { class: 'plain' }, result.firstAdopters.map((event) => h('li', undefined,
        h('a', { href: href(['region', event.region.code]) }, event.region.name), ` ${when(event)} · `,
        h('a', { href: href(['item', event.firstReportId]) }, event.firstReportTitle),
        h('span', { class: 'muted small' }, ` ${documentLabel(event.firstBulletin)}`))))),
    h('details', { class: 'diffusion-all' },
      h('summary', undefined, `全部 ${result.events.length + result.undatedEvents.length} 个${noun}`),
      eventTable(result.events, '按首次见于简报的先后'),
      result.undatedEvents.length > 0 ? eventTable(result.undatedEvents, '只有未注明日期的报道（另列，不计入曲线）') : null),
    exportButtons(practice, category, level));
}

/** `category`: the practice's category, offered as a whole in the panel export. */
export function diffusionSection(practice: string, category: string | null, compared: string[], initialLevel: DiffusionLevel = 'COUNTY'): HTMLElement {
  const body = h('div', undefined, loading('正在加载扩散情况…'));
  const levels = h('select', { 'aria-label': '按哪一级统计' },
    (['COUNTY', 'CITY', 'PROVINCE'] as const).map((level) => h('option', { value: level, selected: level === initialLevel }, `按${LEVEL_NOUN[level]}`)));
  const compareBox = h('div');
  async function load(level: DiffusionLevel): Promise<void> {
    mount(body, loading('正在加载扩散情况…'));
    mount(compareBox, compareSection(practice, compared, level, loadMapParts()));
    try {
      const [{ diffusion }, parts] = await Promise.all([gql(DIFFUSION, { practice, level }), loadMapParts()]);
      mount(body, diffusionView(diffusion, parts, practice, category, level));
    } catch (error) {
      mount(body, failure(error, () => void load(level)));
    }
  }
  levels.addEventListener('change', () => void load(levels.value as DiffusionLevel));
  void load(initialLevel);
  return h('section', { class: 'panel diffusion', 'aria-label': '扩散' },
    h('h2', undefined, '扩散：何时、何地见于简报'),
    h('p', { class: 'diffusion-note' }, h('strong', undefined, '说明：'), `这里的日期和年份是做法${FIRST_REPORT_NOTE}同一报道被多份简报转载只计一次。邻近地区无法确知相邻关系，按同一城市（无所属城市的按同一省份）计。`),
    h('p', { class: 'diffusion-level' }, levels),
    body, compareBox);
}
