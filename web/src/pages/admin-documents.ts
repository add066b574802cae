/** The stored documents, newest first as the store lists them, each with a delete button (asked twice). */
import { gql } from '../api.ts';
import { h, mount } from '../dom.ts';
import { empty, failure, loading, sourceLabel } from '../format.ts';
import { DELETE_DOCUMENT, DOCUMENT_LIST } from '../queries.ts';
import type { DocumentListQuery } from '../queries.ts';

const PAGE = 20;
type Listed = DocumentListQuery['documents']['nodes'][number];

export async function renderDocuments(panel: HTMLElement, token: string, shown = PAGE): Promise<void> {
  mount(panel, h('h2', undefined, '已入库文档'), loading());
  try {
    const { documents } = await gql(DOCUMENT_LIST, { first: shown }, { token });
    const refresh = (): void => void renderDocuments(panel, token, shown);
    mount(panel,
      h('h2', undefined, `已入库文档（${documents.total}）`),
      documents.total === 0 ? empty('还没有文档。') : h('ul', { class: 'plain documents' }, documents.nodes.map((doc) => documentRow(doc, token, refresh))),
      documents.pageInfo.hasNextPage
        ? h('button', { type: 'button', class: 'small-button', onclick: () => void renderDocuments(panel, token, shown + PAGE) }, `再显示 ${Math.min(PAGE, documents.total - documents.nodes.length)} 篇`)
        : null);
  } catch (error) {
    mount(panel, h('h2', undefined, '已入库文档'), failure(error, () => void renderDocuments(panel, token, shown)));
  }
}

function documentRow(doc: Listed, token: string, refresh: () => void): HTMLElement {
  const title = [doc.title, doc.issue].filter(Boolean).join(' ') || sourceLabel(doc.source);
  const message = h('div', { class: 'row-message', 'aria-live': 'polite' });
  const remove = h('button', { type: 'button', class: 'small-button danger' }, '删除');
  remove.addEventListener('click', () => {
    if (!window.confirm(`确定删除“${title}”及其 ${doc.itemCount} 条信息吗？删除后不可恢复。`)) return;
    mount(message, loading('正在删除…'));
    gql(DELETE_DOCUMENT, { id: doc.id }, { token }).then(({ deleteDocument }) => {
      if (deleteDocument) refresh();
      else mount(message, h('p', { class: 'muted' }, '该文档已不存在。'));
    }, (error: unknown) => mount(message, failure(error)));
  });
  return h('li', { class: 'document-row' },
    h('span', undefined, h('strong', undefined, title), h('span', { class: 'muted small' }, ` ${doc.date ?? '未注明日期'} · ${doc.itemCount} 条 · ${sourceLabel(doc.source)}`)),
    remove,
    message);
}
