/** Comparison: 2–4 regions side by side, practice by practice (compareRegions). */
import { gql } from '../api.ts';
import { h, mount } from '../dom.ts';
import { empty, failure, loading, outcomeList } from '../format.ts';
import { COMPARE } from '../queries.ts';
import type { Comparison } from '../queries.ts';
import type { Route } from '../router.ts';
import { href, navigate } from '../router.ts';

const MAX_REGIONS = 4;

function compareForm(regions: string[], practice: string): HTMLFormElement {
  const inputs = Array.from({ length: MAX_REGIONS }, (_unused, index) =>
    h('label', undefined, `地区 ${index + 1}`, h('input', { type: 'text', name: 'r', value: regions[index] ?? '', placeholder: index < 2 ? '如：迎江区' : '（可选）' })));
  const practiceInput = h('input', { type: 'text', name: 'practice', value: practice, placeholder: '全部做法' });
  const form = h('form', { class: 'compare-form' }, inputs, h('label', undefined, '做法', practiceInput), h('button', { type: 'submit', class: 'primary' }, '比较'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = new FormData(form).getAll('r').map((value) => String(value).trim()).filter(Boolean);
    navigate(href(['compare'], { r: chosen, practice: practiceInput.value.trim() }));
  });
  return form;
}

export async function renderCompare(container: HTMLElement, route: Route): Promise<void> {
  const regions = route.params.getAll('r').filter(Boolean).slice(0, MAX_REGIONS);
  const practice = route.params.get('practice') ?? '';
  const body = h('div', undefined);
  mount(container, h('h1', undefined, '地区比较'), compareForm(regions, practice), body);
  if (regions.length < 2) {
    mount(body, empty('请填写 2 至 4 个地区（名称或行政区划代码）后点击“比较”。'));
    return;
  }
  mount(body, loading('正在比较…'));
  try {
    const { compareRegions } = await gql(COMPARE, { regions, practice: practice || null });
    mount(body, comparisonTable(compareRegions, practice));
  } catch (error) {
    mount(body, failure(error, () => void renderCompare(container, route)));
  }
}

function comparisonTable(comparison: Comparison, practice: string): HTMLElement {
  if (comparison.rows.length === 0) return empty(practice ? `这些地区都没有报道过“${practice}”。` : '这些地区还没有可比较的做法。');
  return h('div', { class: 'table-scroll' }, h('table', { class: 'compare' },
    h('caption', { class: 'visually-hidden' }, '各地区做法比较'),
    h('thead', undefined, h('tr', undefined, h('th', { scope: 'col' }, '做法'), comparison.regions.map((region) =>
      h('th', { scope: 'col' }, h('a', { href: href(['region', region.code]) }, region.name), h('div', { class: 'muted small' }, region.path.slice(0, -1).join(' › ')))))),
    h('tbody', undefined, comparison.rows.map((row) => h('tr', undefined,
      h('th', { scope: 'row' }, h('a', { href: href(['practice', row.practice]) }, row.practice)),
      row.cells.map((cell) => h('td', { class: cell.items.length > 0 ? 'has' : 'none' }, cell.items.length === 0
        ? h('span', { class: 'muted' }, '—')
        : [h('ul', { class: 'plain small' }, cell.items.map((item) => h('li', undefined, item.title, h('span', { class: 'muted' }, ` ${item.date ?? ''}`)))),
          outcomeList(cell.outcomes, 5, row.practice)])))))));
}
