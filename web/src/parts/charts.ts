/** Small bar charts drawn as inline SVG; counts are written next to each bar so colour is not needed to read them. */
import { s } from '../dom.ts';

export interface Bar {
  label: string;
  value: number;
  link?: string;
}

/** Vertical bars for a time series (adoptions by year). */
export function columnChart(bars: Bar[], title: string): SVGSVGElement {
  const width = 360;
  const height = 160;
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const slot = width / Math.max(1, bars.length);
  const barWidth = Math.min(36, slot * 0.6);
  return s('svg', { class: 'chart', viewBox: `0 0 ${width} ${height + 40}`, role: 'img', 'aria-label': title },
    s('title', undefined, title),
    s('line', { x1: 0, x2: width, y1: height, y2: height, class: 'axis' }),
    bars.map((bar, index) => {
      const barHeight = (bar.value / max) * (height - 24);
      const x = index * slot + (slot - barWidth) / 2;
      return s('g', undefined,
        s('rect', { x, y: height - barHeight, width: barWidth, height: barHeight, class: 'bar', rx: 2 }),
        s('text', { x: x + barWidth / 2, y: height - barHeight - 6, 'text-anchor': 'middle', class: 'value' }, bar.value),
        s('text', { x: x + barWidth / 2, y: height + 18, 'text-anchor': 'middle', class: 'label' }, bar.label));
    }));
}

/** Horizontal bars for categories (adoptions by province). */
export function barChart(bars: Bar[], title: string): SVGSVGElement {
  const width = 360;
  const rowHeight = 26;
  const labelWidth = 110;
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  return s('svg', { class: 'chart', viewBox: `0 0 ${width} ${Math.max(1, bars.length) * rowHeight + 8}`, role: 'img', 'aria-label': title },
    s('title', undefined, title),
    bars.map((bar, index) => {
      const y = index * rowHeight + 4;
      const barWidth = ((width - labelWidth - 40) * bar.value) / max;
      return s('g', undefined,
        s('text', { x: labelWidth - 8, y: y + 16, 'text-anchor': 'end', class: 'label' }, bar.label),
        s('rect', { x: labelWidth, y: y + 3, width: Math.max(2, barWidth), height: rowHeight - 8, class: 'bar', rx: 2 }),
        s('text', { x: labelWidth + barWidth + 6, y: y + 16, class: 'value' }, bar.value));
    }));
}
