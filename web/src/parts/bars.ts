/** The data side of the bar charts: pure, so it is tested without a browser. */

export interface Bar {
  label: string;
  value: number;
  link?: string;
}

/** Rows the province chart draws; the rest are named in the note below it. */
export const MAX_ROWS = 12;

const YEAR = /^\d{4}$/;

/**
 * Years in order with the years between them that have no items (a gap is data too); labels
 * that are not years (未注明日期) keep their place at the end.
 */
export function yearSeries(bars: Bar[]): Bar[] {
  const years = bars.filter((bar) => YEAR.test(bar.label)).sort((a, b) => a.label.localeCompare(b.label));
  const others = bars.filter((bar) => !YEAR.test(bar.label));
  const first = Number(years[0]?.label);
  const last = Number(years.at(-1)?.label);
  if (years.length < 2 || last - first > 40) return [...years, ...others];
  const byYear = new Map(years.map((bar) => [bar.label, bar]));
  const filled = Array.from({ length: last - first + 1 }, (_unused, index) => {
    const label = String(first + index);
    return byYear.get(label) ?? { label, value: 0 };
  });
  return [...filled, ...others];
}

/**
 * Rotation that keeps category labels apart: level when the longest fits its slot (px per bar),
 * 45° while a slanted line of text still has room, upright otherwise (ECharts then hides
 * whatever would still collide).
 */
export function labelRotation(slot: number, longestLabel: number, fontSize: number): number {
  if (slot >= longestLabel * fontSize + 6) return 0;
  if (slot >= fontSize * 1.5) return 45;
  return 90;
}

/** The largest `count` bars, largest first, and the rest (named under the chart, never dropped). */
export function splitTop(bars: Bar[], count: number): { shown: Bar[]; rest: Bar[] } {
  const sorted = [...bars].sort((a, b) => b.value - a.value);
  return { shown: sorted.slice(0, count), rest: sorted.slice(count) };
}

