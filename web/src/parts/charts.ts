/**
 * The year and province charts (ECharts bars). Each bar carries its count as a label, so colour is
 * not needed to read it; the aria description spells out every bar for screen readers; nothing is
 * dropped — bars beyond the first few are listed under the chart as "另有 N 个…".
 */
import { h } from '../dom.ts';
import { navigate } from '../router.ts';
import { chartHost, escapeHtml } from './echarts.ts';
import type { ChartOption } from './echarts.ts';
import { labelRotation, MAX_ROWS, splitTop, yearSeries } from './bars.ts';
import type { Bar } from './bars.ts';

export type { Bar } from './bars.ts';

const INK = '#1f2328';
const MUTED = '#5b636e';
const LINE = '#d8dde3';
const ACCENT = '#a4262c';
const LABEL_FONT = 12;

function describe(title: string, bars: Bar[], unit: string): string {
  if (bars.length === 0) return `${title}：暂无数据。`;
  return `${title}：${bars.map((bar) => `${bar.label} ${bar.value}${unit}`).join('，')}。`;
}

function tooltip(unit: string): ChartOption['tooltip'] {
  return { trigger: 'item', confine: true, formatter: (params) => {
    const one = Array.isArray(params) ? params[0] : params;
    return one ? `${escapeHtml(one.name)}：${String(one.value)}${unit}` : '';
  } };
}

function columnOption(bars: Bar[], title: string, width: number): ChartOption {
  const longest = Math.max(2, ...bars.map((bar) => bar.label.length));
  const slot = (width - 48) / Math.max(1, bars.length);
  return {
    aria: { enabled: true, label: { description: describe(title, bars, ' 条') } },
    animation: false,
    grid: { left: 36, right: 12, top: 24, bottom: 8 },
    tooltip: tooltip(' 条'),
    xAxis: {
      type: 'category', data: bars.map((bar) => bar.label),
      axisTick: { alignWithLabel: true }, axisLine: { lineStyle: { color: LINE } },
      axisLabel: { interval: 0, rotate: labelRotation(slot, longest, LABEL_FONT), hideOverlap: true, color: INK, fontSize: LABEL_FONT },
    },
    yAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#eef0f3' } }, axisLabel: { color: MUTED } },
    series: [{
      type: 'bar', data: bars.map((bar) => bar.value), barMaxWidth: 36,
      itemStyle: { color: ACCENT, opacity: 0.85, borderRadius: [2, 2, 0, 0] },
      label: { show: true, position: 'top', color: INK, fontWeight: 'bold', fontSize: LABEL_FONT },
    }],
  };
}

/** Vertical bars for a time series (items by year); the years between are shown with 0. */
export function columnChart(bars: Bar[], title: string): HTMLElement {
  if (bars.length === 0) return noData();
  const series = yearSeries(bars);
  return chartFigure(chartHost({
    option: (width) => columnOption(series, title, width),
    height: () => 240,
    onClick: (event) => follow(series, event.dataIndex),
  }, 'echart echart-column'), title, null);
}

function barOption(bars: Bar[], title: string): ChartOption {
  // Largest first from the top: a category axis draws its first value at the bottom.
  const rows = [...bars].reverse();
  return {
    aria: { enabled: true, label: { description: describe(title, bars, '') } },
    animation: false,
    grid: { left: 8, right: 36, top: 4, bottom: 4 },
    tooltip: tooltip(''),
    xAxis: { type: 'value', show: false, minInterval: 1 },
    yAxis: {
      type: 'category', data: rows.map((bar) => bar.label),
      axisTick: { show: false }, axisLine: { lineStyle: { color: LINE } },
      axisLabel: { interval: 0, color: INK, fontSize: LABEL_FONT },
    },
    series: [{
      type: 'bar', data: rows.map((bar) => bar.value), barMaxWidth: 18,
      itemStyle: { color: ACCENT, opacity: 0.85, borderRadius: [0, 2, 2, 0] },
      label: { show: true, position: 'right', color: INK, fontWeight: 'bold', fontSize: LABEL_FONT },
    }],
  };
}

/**
 * Horizontal bars for categories (places by province), the largest {@link MAX_ROWS} drawn and the
 * others named beneath as "另有 N 个省份：…".
 */
export function barChart(bars: Bar[], title: string, noun = '省份'): HTMLElement {
  if (bars.length === 0) return noData();
  const { shown, rest } = splitTop(bars, MAX_ROWS);
  const note = rest.length > 0
    ? h('p', { class: 'chart-note' }, `另有 ${rest.length} 个${noun}未画出：${rest.map((bar) => `${bar.label} ${bar.value}`).join('、')}`)
    : null;
  return chartFigure(chartHost({
    option: () => barOption(shown, title),
    height: () => Math.max(1, shown.length) * 28 + 12,
    onClick: (event) => follow(shown, shown.length - 1 - event.dataIndex),
  }, 'echart echart-bar'), title, note);
}

function follow(bars: Bar[], index: number): void {
  const link = bars[index]?.link;
  if (link) navigate(link);
}

function noData(): HTMLElement {
  return h('p', { class: 'muted small chart-empty' }, '暂无数据');
}

function chartFigure(host: HTMLElement, title: string, note: HTMLElement | null): HTMLElement {
  host.setAttribute('data-title', title);
  return h('div', { class: 'chart-box' }, host, note);
}
