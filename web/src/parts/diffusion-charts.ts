/**
 * The diffusion charts of the practice page (ECharts through echarts.ts's chartHost): the
 * timeline (yearly new adopters as bars, the cumulative curve as a line), the China map shaded by
 * first-report year with a year to replay up to, and several practices' curves on one chart.
 * Every chart says in its aria text that the dates are first reports in bulletins, not starts.
 */
import { chartHost, escapeHtml } from './echarts.ts';
import type { ChartOption } from './echarts.ts';
import type * as DiffusionSetup from './echarts-diffusion-setup.ts';
import type { MapProvince } from './echarts-diffusion-setup.ts';
import { alignCurves, mapAreas } from './diffusion-series.ts';
import type { Curve, MapArea, ProvinceFirst, Step } from './diffusion-series.ts';

const INK = '#1f2328';
const MUTED = '#5b636e';
const LINE = '#d8dde3';
const ACCENT = '#a4262c';
/** Early years dark, later ones light: the first adopters stand out. */
const YEAR_RAMP = ['#67000d', '#a50f15', '#ef3b2c', '#fc9272', '#fee0d2'];
const PALETTE = ['#a4262c', '#1f6feb', '#2da44e', '#bf8700', '#8250df', '#57606a'];
const NOT_REPORTED = '#eef0f3';

const NOTE = '年份为首次见于简报的时间，不等于开始实行的时间';
/** The name the map is registered under (echarts-diffusion-setup.ts). */
const CHINA_MAP = 'china';

function timelineOption(steps: Step[], width: number): ChartOption {
  const narrow = width < 480;
  return {
    aria: { enabled: true, label: { description: `按年份的做法扩散（${NOTE}）：${steps.map((step) => `${step.period}年新增 ${step.newAdopters} 个，累计 ${step.cumulative} 个`).join('；')}。` } },
    animation: false,
    legend: { top: 0, textStyle: { color: INK } },
    grid: { left: 36, right: 36, top: 52, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', confine: true },
    xAxis: { type: 'category', data: steps.map((step) => step.period), axisLine: { lineStyle: { color: LINE } }, axisLabel: { color: INK, rotate: narrow && steps.length > 6 ? 45 : 0 } },
    yAxis: [
      { type: 'value', name: '新增', minInterval: 1, splitLine: { lineStyle: { color: '#eef0f3' } }, axisLabel: { color: MUTED } },
      { type: 'value', name: '累计', minInterval: 1, splitLine: { show: false }, axisLabel: { color: MUTED } },
    ],
    series: [
      { type: 'bar', name: '当年新增地方', data: steps.map((step) => step.newAdopters), yAxisIndex: 0, barMaxWidth: 32, itemStyle: { color: ACCENT, opacity: 0.55 } },
      { type: 'line', name: '累计地方', data: steps.map((step) => step.cumulative), yAxisIndex: 1, symbolSize: 6, lineStyle: { color: INK, width: 2 }, itemStyle: { color: INK },
        label: { show: !narrow || steps.length <= 8, position: 'top', color: INK, fontWeight: 'bold' } },
    ],
  };
}

/** Yearly new adopters and the running total. */
export function timelineChart(steps: Step[]): HTMLElement {
  const host = chartHost({ option: (width) => timelineOption(steps, width), height: (width) => (width < 480 ? 240 : 280) }, 'echart echart-timeline');
  host.setAttribute('data-title', '扩散时间线');
  return host;
}

function areaTooltip(area: MapArea, upTo: number): string {
  const name = escapeHtml(area.fullName ?? area.name);
  if (area.value !== null) return `${name}：${area.value}年首次见于简报，到${upTo}年共 ${area.adopters} 个地方`;
  if (area.undatedOnly) return `${name}：有报道，但未注明日期`;
  return area.fullName === null ? `${name}：未见报道` : `${name}：到${upTo}年尚未见于简报`;
}

function mapOption(areas: MapArea[], span: [number, number], upTo: number, width: number): ChartOption {
  const narrow = width < 480;
  const shaded = areas.filter((area) => area.value !== null);
  return {
    aria: { enabled: true, label: { description: `各省首次见于简报的年份，截至${upTo}年（${NOTE}）：${shaded.map((area) => `${area.fullName ?? area.name} ${area.value}年`).join('，') || '尚无'}。` } },
    animation: false,
    tooltip: { trigger: 'item', confine: true, formatter: (params) => {
      const one = Array.isArray(params) ? params[0] : params;
      const area = areas.find((candidate) => candidate.name === one?.name);
      return area ? areaTooltip(area, upTo) : escapeHtml(one?.name ?? '');
    } },
    visualMap: {
      // A single year needs no scale: the caption under the map names it.
      type: 'continuous', show: span[0] !== span[1], min: span[0], max: Math.max(span[1], span[0] + 1), calculable: false, orient: 'horizontal',
      left: 'center', bottom: 0, itemWidth: 12, itemHeight: narrow ? 140 : 200, text: [`${span[1]}`, `${span[0]}`], textStyle: { color: INK },
      inRange: { color: YEAR_RAMP }, outOfRange: { color: NOT_REPORTED },
    },
    series: [{
      type: 'map', map: CHINA_MAP, roam: false, top: 8, bottom: 48, selectedMode: false,
      label: { show: false }, emphasis: { label: { show: !narrow, color: INK }, itemStyle: { areaColor: '#f6c343' } },
      itemStyle: { areaColor: NOT_REPORTED, borderColor: '#ffffff', borderWidth: 0.6 },
      data: areas.map((area) => ({ name: area.name, value: area.value ?? Number.NaN })),
    }],
  };
}

export interface DiffusionMap {
  host: HTMLElement;
  /** Redraws the shading up to a year (the slider), without rebuilding the chart. */
  showUpTo(year: number): void;
}

/**
 * China's provinces shaded by the year each first reported the practice, up to a chosen year.
 * `setup` is the loaded echarts-diffusion-setup.ts (imported on demand, never statically, so the
 * map and the chart library stay out of the first page's bundle).
 */
export function diffusionMap(setup: typeof DiffusionSetup, geometry: MapProvince[], provinces: ProvinceFirst[], span: [number, number]): DiffusionMap {
  let upTo = span[1];
  let width = 0;
  const option = (w: number): ChartOption => {
    width = w;
    return mapOption(mapAreas(geometry, provinces, upTo), span, upTo, w);
  };
  const host = chartHost({ option, height: (w) => Math.round(Math.min(560, Math.max(300, w * 0.78))) }, 'echart echart-map');
  host.setAttribute('data-title', '各省首次见于简报的年份');
  const mark = (): void => {
    host.dataset.mapYear = String(upTo);
    host.dataset.shaded = String(mapAreas(geometry, provinces, upTo).filter((area) => area.value !== null).length);
  };
  mark();
  return {
    host,
    showUpTo(year) {
      upTo = year;
      mark();
      if (width > 0) setup.chartIn(host)?.setOption(mapOption(mapAreas(geometry, provinces, upTo), span, upTo, width), { notMerge: true });
    },
  };
}

function compareOption(curves: Curve[], width: number): ChartOption {
  const { years, series } = alignCurves(curves);
  return {
    aria: { enabled: true, label: { description: `做法扩散比较，累计地方数（${NOTE}）：${series.map((one) => `${one.name} ${one.values.at(-1) ?? 0} 个`).join('，')}。` } },
    animation: false,
    color: PALETTE,
    legend: { top: 0, type: width < 480 ? 'scroll' : 'plain', textStyle: { color: INK } },
    grid: { left: 36, right: 16, top: 56, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', confine: true },
    xAxis: { type: 'category', data: years, axisLine: { lineStyle: { color: LINE } }, axisLabel: { color: INK } },
    yAxis: { type: 'value', name: '累计地方', minInterval: 1, splitLine: { lineStyle: { color: '#eef0f3' } }, axisLabel: { color: MUTED } },
    series: series.map((one) => ({ type: 'line' as const, name: one.name, data: one.values, symbolSize: 6, lineStyle: { width: 2 } })),
  };
}

/** Several practices' cumulative curves on one chart. */
export function compareCurvesChart(curves: Curve[]): HTMLElement {
  const host = chartHost({ option: (width) => compareOption(curves, width), height: (width) => (width < 480 ? 260 : 300) }, 'echart echart-compare');
  host.setAttribute('data-title', '扩散比较');
  return host;
}
