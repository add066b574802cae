/** Admin: asks for the token (sessionStorage), uploads a bulletin, curates candidate practices. */
import { gql } from '../api.ts';
import { h, mount } from '../dom.ts';
import { failure, loading } from '../format.ts';
import { renderCandidates } from './admin-candidates.ts';
import { INGEST } from '../queries.ts';
import type { WriteStatus } from '../queries.ts';

const TOKEN_KEY = 'atlas.adminToken';

export function adminToken(): string {
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

const STATUS_TEXT: Record<WriteStatus, string> = { CREATED: '已新增', REPLACED: '已替换同名文档', UNCHANGED: '内容未变化' };

export function renderAdmin(container: HTMLElement): void {
  const token = adminToken();
  if (!token) {
    const input = h('input', { type: 'password', name: 'token', autocomplete: 'off', required: true, 'aria-label': '管理口令' });
    const form = h('form', { class: 'token-form' }, h('label', undefined, '管理口令', input), h('button', { type: 'submit', class: 'primary' }, '进入'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      sessionStorage.setItem(TOKEN_KEY, input.value.trim());
      renderAdmin(container);
    });
    mount(container, h('h1', undefined, '管理'), h('p', { class: 'muted' }, '上传简报和整理做法需要管理口令（仅保存在本次浏览会话中）。'), form);
    return;
  }
  const candidates = h('section', { class: 'panel' });
  mount(container,
    h('h1', undefined, '管理', h('button', { type: 'button', class: 'small-button', onclick: () => { sessionStorage.removeItem(TOKEN_KEY); renderAdmin(container); } }, '退出')),
    uploadPanel(),
    candidates);
  void renderCandidates(candidates, token);
}

function uploadPanel(): HTMLElement {
  const file = h('input', { type: 'file', accept: '.txt,text/plain', name: 'file' });
  const name = h('input', { type: 'text', name: 'name', placeholder: '如：组工信息-2024-第3期.txt', required: true });
  const text = h('textarea', { name: 'text', rows: 10, placeholder: '也可以把简报全文粘贴在这里' });
  const result = h('div', { class: 'ingest-result', 'aria-live': 'polite' });
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    if (!name.value) name.value = chosen.name;
    void chosen.text().then((content) => { text.value = content; });
  });
  const form = h('form', { class: 'upload-form' },
    h('label', undefined, '选择文本文件（.txt）', file),
    h('label', undefined, '文档名称', name),
    h('label', undefined, '简报全文', text),
    h('button', { type: 'submit', class: 'primary' }, '上传并抽取'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!text.value.trim()) {
      mount(result, failure(new Error('请先选择文件或粘贴简报全文。')));
      return;
    }
    void upload(text.value, name.value.trim() || `粘贴-${new Date().toISOString().slice(0, 10)}.txt`, result);
  });
  return h('section', { class: 'panel' }, h('h2', undefined, '上传简报'), form, result);
}

async function upload(text: string, name: string, result: HTMLElement): Promise<void> {
  mount(result, loading('正在抽取并入库，可能需要几十秒…'));
  try {
    const { ingestDocument: answer } = await gql(INGEST, { text, name }, { token: adminToken() });
    const { document: doc, extraction } = answer;
    mount(result,
      h('p', { class: 'success', role: 'status' }, `${STATUS_TEXT[answer.status]}：${[doc.title, doc.issue].filter(Boolean).join(' ') || name}${doc.date ? `（${doc.date}）` : ''}`),
      h('dl', { class: 'extraction' },
        h('dt', undefined, '信息条目'), h('dd', undefined, String(extraction.items)),
        h('dt', undefined, '数据'), h('dd', undefined, String(extraction.outcomes)),
        h('dt', undefined, '地区'), h('dd', undefined, extraction.regions.map((region) => region.path.join('')).join('、') || '—'),
        h('dt', undefined, '做法'), h('dd', undefined, extraction.practices.join('、') || '—'),
        h('dt', undefined, '候选做法'), h('dd', undefined, extraction.candidatePractices.join('、') || '—')),
      h('table', { class: 'compare small' },
        h('thead', undefined, h('tr', undefined, ['序号', '标题', '地区', '做法', '数据'].map((label) => h('th', { scope: 'col' }, label)))),
        h('tbody', undefined, doc.items.map((item) => h('tr', undefined,
          h('td', undefined, String(item.ordinal)),
          h('td', undefined, item.title, item.office ? h('div', { class: 'muted' }, item.office) : null),
          h('td', undefined, item.region?.path.join(' › ') ?? '—'),
          h('td', undefined, item.practices.map((practice) => practice.name).join('、') || '—'),
          h('td', undefined, [...new Set(item.outcomes.map((outcome) => outcome.text))].join('；') || '—'))))));
  } catch (error) {
    mount(result, failure(error));
  }
}
