/**
 * 扩散比较: several practices' cumulative curves on one chart (单元长制 vs 网格化党建). The practices
 * compared are kept in the URL (?vs=…, replaced in place so the page is not reloaded) to share.
 */
import { gql } from '../api.ts';
import { h, mount } from '../dom.ts';
import { failure, loading } from '../format.ts';
import { compareCurvesChart } from '../parts/diffusion-charts.ts';
import type { Curve } from '../parts/diffusion-series.ts';
import { DIFFUSION_CURVE } from '../queries.ts';
import type { DiffusionLevel } from '../queries.ts';

/** Most practices on one chart: past this the lines cannot be told apart. */
export const MAX_COMPARED = 6;

function keepInUrl(compared: string[]): void {
  const [path = '', query = ''] = window.location.hash.split(/\?(.*)/s);
  const params = new URLSearchParams(query);
  params.delete('vs');
  for (const name of compared) params.append('vs', name);
  const search = params.toString();
  history.replaceState(null, '', `${path}${search ? `?${search}` : ''}`);
}

async function curveOf(practice: string, level: DiffusionLevel): Promise<Curve & { undated: number; found: boolean }> {
  const { diffusion } = await gql(DIFFUSION_CURVE, { practice, level });
  return { name: diffusion.practices[0] ?? practice, steps: diffusion.byYear, undated: diffusion.undatedReports, found: diffusion.practices.length > 0 };
}

/** `chartsReady`: the line series registered (practice-diffusion.ts loads them with the map). */
export function compareSection(practice: string, initial: string[], level: DiffusionLevel, chartsReady: Promise<unknown>): HTMLElement {
  const compared = initial.filter((name) => name !== practice).slice(0, MAX_COMPARED - 1);
  const chartBox = h('div', { class: 'diffusion-compare-chart' });
  const chips = h('ul', { class: 'tags diffusion-compare-list', 'aria-label': '参与比较的做法' });
  const input = h('input', { type: 'text', name: 'vs', placeholder: '输入做法名称，如 网格化党建', 'aria-label': '加入比较的做法', list: 'diffusion-compare-hints' });
  const message = h('p', { class: 'muted small', role: 'status' });

  async function draw(): Promise<void> {
    keepInUrl(compared);
    mount(chips, [practice, ...compared].map((name, index) => h('li', undefined, h('span', { class: 'tag' }, name,
      index === 0 ? null : h('button', { type: 'button', class: 'chip-remove', 'aria-label': `移除 ${name}`, onclick: () => {
        compared.splice(compared.indexOf(name), 1);
        void draw();
      } }, '×')))));
    if (compared.length === 0) {
      mount(chartBox, h('p', { class: 'muted small' }, '加入另一个做法，在同一张图上比较两条累计曲线。'));
      return;
    }
    mount(chartBox, loading('正在加载比较…'));
    try {
      const [curves] = await Promise.all([Promise.all([practice, ...compared].map((name) => curveOf(name, level))), chartsReady]);
      const missing = curves.filter((curve) => !curve.found).map((curve) => curve.name);
      message.textContent = missing.length > 0 ? `没有找到做法：${missing.join('、')}` : '';
      mount(chartBox, compareCurvesChart(curves.filter((curve) => curve.found)));
    } catch (error) {
      mount(chartBox, failure(error, () => void draw()));
    }
  }

  const form = h('form', { class: 'diffusion-compare-form', onsubmit: (event: Event) => {
    event.preventDefault();
    const name = input.value.trim();
    if (name === '' || name === practice || compared.includes(name)) return;
    if (compared.length >= MAX_COMPARED - 1) {
      message.textContent = `最多比较 ${MAX_COMPARED} 个做法。`;
      return;
    }
    compared.push(name);
    input.value = '';
    void draw();
  } }, input, h('button', { type: 'submit' }, '加入比较'));

  void draw();
  return h('section', { class: 'diffusion-compare', 'aria-label': '扩散比较' },
    h('h3', undefined, '与其他做法比较'), form, message, chips, chartBox);
}
