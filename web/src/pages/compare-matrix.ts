/**
 * The comparison as a matrix: practices × places. Practices two places or more share form the
 * table (each cell: that place's items and only that practice's outcomes; under a row, the measures
 * both report, value beside value); each place's own practices follow in a column per place. A
 * summary says what is shared before any detail. Below 760 px the table's rows become cards (CSS).
 */
import { h } from '../dom.ts';
import { empty, outcomeList } from '../format.ts';
import type { Comparison } from '../queries.ts';
import { href } from '../router.ts';
import './compare.css';

type Row = Comparison['rows'][number];
type Cell = Row['cells'][number];
type Metric = Row['metrics'][number];
type Region = Comparison['regions'][number];

/** Own practices shown per place before "其余 N 项". */
const OWN_SHOWN = 6;

export function comparisonView(comparison: Comparison, practice: string): HTMLElement {
  if (comparison.rows.length === 0) return empty(practice ? `这些地区都没有报道过“${practice}”。` : '这些地区还没有可比较的做法。');
  // A practice asked for is compared even when only one place reports it.
  const inTable = comparison.rows.filter((row) => practice !== '' || row.regionCount > 1);
  const own = practice !== '' ? [] : comparison.rows.filter((row) => row.regionCount === 1);
  return h('div', { class: 'comparison' },
    summary(comparison, inTable, own),
    inTable.length > 0 ? matrix(comparison.regions, inTable) : null,
    own.length > 0 ? ownPractices(comparison.regions, own) : null);
}

function summary(comparison: Comparison, shared: Row[], own: Row[]): HTMLElement {
  const metrics = shared.reduce((sum, row) => sum + row.metrics.length, 0);
  const names = shared.slice(0, 5).map((row) => row.practice).join('、') + (shared.length > 5 ? ' 等' : '');
  const perPlace = comparison.regions.map((region, column) => {
    const rows = comparison.rows.filter((row) => row.cells[column]!.items.length > 0);
    const numbers = rows.reduce((sum, row) => sum + row.cells[column]!.outcomes.length, 0);
    return h('li', undefined, h('strong', undefined, region.name), `：报道做法 ${rows.length} 项，相关数据 ${numbers} 项`);
  });
  return h('section', { class: 'compare-summary panel', 'aria-label': '比较摘要' },
    h('p', undefined, `比较 ${comparison.regions.length} 个地方：`,
      shared.length > 0 ? `共同做法 ${shared.length} 项（${names}）` : '没有共同的做法',
      own.length > 0 ? `，各自独有的做法 ${own.length} 项` : '',
      metrics > 0 ? `；可并列对照的指标 ${metrics} 项。` : '。'),
    h('ul', { class: 'plain small' }, perPlace));
}

function placeHeading(region: Region): HTMLElement {
  return h('th', { scope: 'col' }, h('a', { href: href(['region', region.code]) }, region.name),
    h('div', { class: 'muted small' }, region.path.slice(0, -1).join(' › ')));
}

function matrix(regions: Region[], rows: Row[]): HTMLElement {
  return h('div', { class: 'compare-matrix' }, h('table', { class: 'compare' },
    h('caption', { class: 'visually-hidden' }, '各地区做法比较：每行一项做法，每列一个地方'),
    h('thead', undefined, h('tr', undefined, h('th', { scope: 'col' }, '做法'), regions.map(placeHeading))),
    rows.map((row) => h('tbody', { class: 'practice-row', 'data-practice': row.practice },
      h('tr', undefined,
        h('th', { scope: 'row', class: 'practice-name' }, h('a', { href: href(['practice', row.practice]) }, row.practice),
          h('span', { class: 'muted small' }, ` ${row.regionCount}/${regions.length} 地`)),
        row.cells.map((cell) => matrixCell(cell, row.practice))),
      row.metrics.map((metric) => metricRow(metric, regions))))));
}

function matrixCell(cell: Cell, practice: string): HTMLElement {
  if (cell.items.length === 0) return h('td', { class: 'none', 'data-place': cell.region.name }, h('span', { class: 'muted' }, '未报道'));
  const [first] = cell.items;
  return h('td', { class: 'has', 'data-place': cell.region.name },
    h('p', { class: 'cell-items small muted', title: cell.items.map((item) => item.title).join('\n') },
      cell.items.length > 1 ? `${first?.title ?? ''} 等 ${cell.items.length} 条` : first?.title ?? ''),
    outcomeList(cell.outcomes, 3) ?? h('p', { class: 'muted small no-own-outcomes' }, `未报告“${practice}”的具体数据`));
}

/** The same measure in each place, value beside value; the clause is a tooltip. */
function metricRow(metric: Metric, regions: Region[]): HTMLElement {
  return h('tr', { class: 'metric-row' },
    h('th', { scope: 'row', class: 'metric-name' }, `同一指标：${metric.label}`, h('span', { class: 'muted small' }, `（${metric.unit}）`)),
    metric.values.map((value, column) => h('td', { class: 'metric-value', 'data-place': regions[column]?.name ?? '' },
      value ? h('span', { title: value.text }, h('strong', undefined, String(value.value)), ` ${value.unit}`) : h('span', { class: 'muted' }, '—'))));
}

function ownPractices(regions: Region[], rows: Row[]): HTMLElement {
  return h('section', { class: 'own-practices', 'aria-label': '各地独有的做法' },
    h('h2', undefined, '各地独有的做法'),
    h('div', { class: 'own-grid' }, regions.map((region, column) => {
      const mine = rows.filter((row) => row.cells[column]!.items.length > 0);
      const card = (row: Row): HTMLElement => h('li', { class: 'own-practice', 'data-practice': row.practice },
        h('a', { href: href(['practice', row.practice]) }, row.practice),
        outcomeList(row.cells[column]!.outcomes, 2));
      return h('div', { class: 'card own-column', 'data-place': region.name },
        h('h3', { class: 'card-title' }, region.name, h('span', { class: 'muted small' }, `（${mine.length} 项）`)),
        mine.length === 0 ? h('p', { class: 'muted small' }, '无') : h('ul', { class: 'plain' }, mine.slice(0, OWN_SHOWN).map(card)),
        mine.length > OWN_SHOWN ? h('details', { class: 'more-own' }, h('summary', undefined, `其余 ${mine.length - OWN_SHOWN} 项做法`),
          h('ul', { class: 'plain' }, mine.slice(OWN_SHOWN).map(card))) : null);
    })));
}
