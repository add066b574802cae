/** Admin: checks the token when it is entered (kept in sessionStorage), then uploads, documents and curation. */
import { gql } from '../api.ts';
import { h, mount } from '../dom.ts';
import { failure, loading } from '../format.ts';
import { renderCandidates } from './admin-candidates.ts';
import { renderDocuments } from './admin-documents.ts';
import { uploadPanel } from './admin-upload.ts';
import { ADMIN_CHECK } from '../queries.ts';

const TOKEN_KEY = 'atlas.adminToken';

export function adminToken(): string {
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export function renderAdmin(container: HTMLElement): void {
  const token = adminToken();
  if (!token) {
    mount(container, h('h1', undefined, '管理'), h('p', { class: 'muted' }, '上传简报、管理文档和整理做法需要管理口令（仅保存在本次浏览会话中）。'), tokenForm(container));
    return;
  }
  const documents = h('section', { class: 'panel' });
  const candidates = h('section', { class: 'panel' });
  mount(container,
    h('h1', undefined, '管理', h('button', { type: 'button', class: 'small-button', onclick: () => { sessionStorage.removeItem(TOKEN_KEY); renderAdmin(container); } }, '退出')),
    // A new bulletin brings new documents and, often, new candidate practices.
    uploadPanel(token, () => {
      void renderDocuments(documents, token);
      void renderCandidates(candidates, token);
    }),
    documents,
    candidates);
  void renderDocuments(documents, token);
  void renderCandidates(candidates, token);
}

/** The token is asked of the server before it is kept: a wrong one is said at once, not at the first upload. */
function tokenForm(container: HTMLElement): HTMLElement {
  const input = h('input', { type: 'password', name: 'token', autocomplete: 'off', required: true, 'aria-label': '管理口令' });
  const message = h('div', { class: 'row-message', 'aria-live': 'polite' });
  const form = h('form', { class: 'token-form' }, h('label', undefined, '管理口令', input), h('button', { type: 'submit', class: 'primary' }, '进入'), message);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const token = input.value.trim();
    mount(message, loading('正在核对口令…'));
    gql(ADMIN_CHECK, {}, { token }).then(({ isAdmin }) => {
      if (!isAdmin) {
        mount(message, h('p', { class: 'state error', role: 'alert' }, '口令不正确，请重新输入。'));
        input.select();
        return;
      }
      sessionStorage.setItem(TOKEN_KEY, token);
      renderAdmin(container);
    }, (error: unknown) => mount(message, failure(error)));
  });
  return form;
}
