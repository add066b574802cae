/** Curating candidate practices with curatePractice: promote, merge into an existing practice, or reject. */
import { gql } from '../api.ts';
import { h, mount } from '../dom.ts';
import { empty, failure, loading } from '../format.ts';
import { CANDIDATES, CURATE } from '../queries.ts';
import type { Candidate } from '../queries.ts';

const FIRST_SHOWN = 12;
/** The most the server lists at once; a filter finds the rest. */
const MOST_LISTED = 100;

export async function renderCandidates(panel: HTMLElement, token: string, query = ''): Promise<void> {
  mount(panel, h('h2', undefined, '候选做法'), loading());
  try {
    const data = await gql(CANDIDATES, { query: query || null });
    const list = data.candidatePractices;
    const categories = [...new Set(data.practices.nodes.map((practice) => practice.category))].sort();
    const practiceNames = data.practices.nodes.map((practice) => practice.name).sort();
    const row = (candidate: Candidate): HTMLElement => candidateRow(candidate, token, () => void renderCandidates(panel, token, query));
    mount(panel,
      h('h2', undefined, `候选做法（${list.length === MOST_LISTED ? `前 ${MOST_LISTED} 个` : list.length}）`),
      h('p', { class: 'muted' }, '信息中加引号出现、但不在做法目录里的提法。可提升为正式做法、并入已有做法（作为别名），或不予采纳。'),
      filterForm(query, (next) => void renderCandidates(panel, token, next)),
      h('datalist', { id: 'practice-names' }, practiceNames.map((name) => h('option', { value: name }))),
      h('datalist', { id: 'practice-categories' }, categories.map((category) => h('option', { value: category }))),
      list.length === 0 ? empty(query ? `没有名称含“${query}”的候选做法。` : '没有待整理的候选做法。') : [
        h('ul', { class: 'plain candidates' }, list.slice(0, FIRST_SHOWN).map(row)),
        list.length > FIRST_SHOWN ? h('details', undefined, h('summary', undefined, `显示其余 ${list.length - FIRST_SHOWN} 个`), h('ul', { class: 'plain candidates' }, list.slice(FIRST_SHOWN).map(row))) : null,
      ]);
  } catch (error) {
    mount(panel, h('h2', undefined, '候选做法'), failure(error, () => void renderCandidates(panel, token, query)));
  }
}

/** Candidates are many in a large archive: a name filter finds any of them. */
function filterForm(query: string, apply: (query: string) => void): HTMLElement {
  const input = h('input', { type: 'search', value: query, placeholder: '按名称筛选，如：议事', 'aria-label': '筛选候选做法' });
  const form = h('form', { class: 'candidate-filter' }, input, h('button', { type: 'submit', class: 'small-button' }, '筛选'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply(input.value.trim());
  });
  return form;
}

function candidateRow(candidate: Candidate, token: string, refresh: () => void): HTMLElement {
  const message = h('div', { class: 'row-message', 'aria-live': 'polite' });
  const category = h('input', { type: 'text', list: 'practice-categories', placeholder: '类别', 'aria-label': `“${candidate.name}”的类别` });
  const target = h('input', { type: 'text', list: 'practice-names', placeholder: '已有做法', 'aria-label': `“${candidate.name}”并入哪个做法` });
  const run = async (action: () => Promise<unknown>, done: string): Promise<void> => {
    mount(message, loading('正在提交…'));
    try {
      await action();
      mount(message, h('p', { class: 'success' }, done));
      setTimeout(refresh, 800);
    } catch (error) {
      mount(message, failure(error));
    }
  };
  const promote = (): void => {
    if (!category.value.trim()) return void mount(message, failure(new Error('请填写类别。')));
    void run(() => gql(CURATE, { candidate: candidate.name, action: 'PROMOTE', category: category.value.trim() }, { token }), '已提升为正式做法。');
  };
  const merge = (): void => {
    if (!target.value.trim()) return void mount(message, failure(new Error('请填写要并入的做法。')));
    void run(() => gql(CURATE, { candidate: candidate.name, action: 'MERGE', into: target.value.trim() }, { token }), `已并入“${target.value.trim()}”。`);
  };
  const reject = (): void => {
    if (!window.confirm(`确定不予采纳“${candidate.name}”？它将不再出现在候选列表中。`)) return;
    void run(() => gql(CURATE, { candidate: candidate.name, action: 'REJECT' }, { token }), '已不予采纳。');
  };
  return h('li', { class: 'candidate' },
    h('div', { class: 'candidate-name' },
      h('h3', undefined, `“${candidate.name}”`, h('span', { class: 'muted small' }, ` ${candidate.count} 次`)),
      h('p', { class: 'muted small' }, candidate.items.slice(0, 2).map((item) => `${item.region?.name ?? ''} ${item.title}`).join('；'))),
    h('div', { class: 'curate-actions' },
      h('span', { class: 'group' }, category, h('button', { type: 'button', onclick: promote }, '提升')),
      h('span', { class: 'group' }, target, h('button', { type: 'button', onclick: merge }, '并入')),
      h('button', { type: 'button', class: 'danger', onclick: reject }, '不予采纳')),
    message);
}
