/** Comparison: 2–4 regions side by side, practice by practice (compareRegions), as a matrix. */
import { gql } from '../api.ts';
import { h, mount } from '../dom.ts';
import { empty, failure, loading } from '../format.ts';
import { COMPARE } from '../queries.ts';
import { comparisonView } from './compare-matrix.ts';
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
    mount(body, comparisonView(compareRegions, practice));
  } catch (error) {
    mount(body, failure(error, () => void renderCompare(container, route)));
  }
}
