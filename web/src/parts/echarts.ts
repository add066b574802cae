/**
 * The one door to ECharts: chart options are typed here, the library itself (echarts-setup.ts)
 * is loaded the first time a chart is drawn, and each chart gets a lifecycle the pages need not
 * think about.
 *
 * A chart is built before its page is in the document, so its host element starts empty and the
 * chart is created when the host is first laid out with a width (ResizeObserver). The option is a
 * function of that width: labels rotate and the graph stops capturing touch on a phone, and a
 * resize (of the window or the layout) redraws it. A chart is disposed when its host leaves the
 * document, and every chart when the route changes (the router re-renders the page on each
 * hashchange).
 */
import type { BarSeriesOption, GraphSeriesOption, LineSeriesOption, MapSeriesOption } from 'echarts/charts';
import type { AriaComponentOption, GridComponentOption, LegendComponentOption, TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import type { ComposeOption, ECElementEvent, EChartsType } from 'echarts/core';
import type * as EChartsSetup from './echarts-setup.ts';
import './charts.css';

const library = (): Promise<typeof EChartsSetup> => import('./echarts-setup.ts');

/** Line, map, legend and visual map are registered by echarts-diffusion-setup.ts, on the practice page only. */
export type ChartOption = ComposeOption<
  BarSeriesOption | GraphSeriesOption | LineSeriesOption | MapSeriesOption
  | GridComponentOption | TooltipComponentOption | AriaComponentOption | LegendComponentOption | VisualMapComponentOption
>;

export interface ChartSpec {
  /** The option for a host of this width (px); called again whenever the width changes. */
  option: (width: number) => ChartOption;
  /** Host height in px for a given width. */
  height: (width: number) => number;
  /** Called with the data item of a clicked bar or node. */
  onClick?: (event: ECElementEvent) => void;
}

interface LiveChart {
  host: HTMLElement;
  dispose(): void;
}

const live = new Set<LiveChart>();

/** The count is mirrored on <body data-live-charts> so the browser tests can see that none leak. */
function track(change: () => void): void {
  change();
  document.body.dataset.liveCharts = String(live.size);
}

/** The charts of the previous page go before the next one is drawn. */
window.addEventListener('hashchange', () => disposeAllCharts());

export function disposeAllCharts(): void {
  for (const chart of [...live]) chart.dispose();
}

/** Tooltips are HTML: names from the server go in as text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** An element that draws the chart once it is in the document and follows its width. */
export function chartHost(spec: ChartSpec, className: string): HTMLElement {
  const host = document.createElement('div');
  host.className = className;
  let chart: Promise<EChartsType | null> | undefined;
  let drawnWidth = 0;
  let disposed = false;
  const observer = new ResizeObserver(() => {
    if (host.isConnected) draw().catch(failed);
    else if (live.has(entry)) entry.dispose();
  });
  const entry: LiveChart = {
    host,
    dispose() {
      disposed = true;
      observer.disconnect();
      track(() => live.delete(entry));
      void chart?.then((instance) => instance?.dispose());
    },
  };
  // One instance per host, created once the library is in (null when the page left meanwhile).
  const instance = (): Promise<EChartsType | null> => (chart ??= library().then(({ init }) => {
    if (disposed) return null;
    const created = init(host, undefined, { renderer: 'svg', locale: 'ZH' });
    if (spec.onClick) created.on('click', spec.onClick);
    return created;
  }));
  async function draw(): Promise<void> {
    const width = Math.round(host.clientWidth);
    if (width <= 0 || width === drawnWidth) return;
    drawnWidth = width;
    host.style.height = `${spec.height(width)}px`;
    track(() => live.add(entry));
    const ready = await instance();
    if (!ready || disposed || width !== drawnWidth) return;
    ready.setOption(spec.option(width), { notMerge: true });
    ready.resize();
    host.dataset.chartReady = 'true';
  }
  function failed(error: unknown): void {
    host.replaceChildren(Object.assign(document.createElement('p'), { className: 'muted small', textContent: '图表加载失败，请刷新页面重试。' }));
    host.dataset.chartError = error instanceof Error ? error.message : String(error);
  }
  observer.observe(host);
  return host;
}
