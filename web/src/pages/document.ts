/** One bulletin's page (#/document/<id>): its masthead and items in printed order, each linked. */
import { gql } from '../api.ts';
import { bulletinLine } from '../cite.ts';
import { h, mount } from '../dom.ts';
import { empty, failure, loading, sourceLabel } from '../format.ts';
import { href } from '../router.ts';
import type { Route } from '../router.ts';
import { DOCUMENT } from '../queries.ts';
import type { DocumentPageQuery } from '../queries.ts';

type PageDocument = NonNullable<DocumentPageQuery['document']>;

export async function renderDocument(container: HTMLElement, route: Route): Promise<void> {
  const id = route.path[1] ?? '';
  mount(container, loading());
  try {
    const { document: doc } = await gql(DOCUMENT, { id });
    if (!doc) {
      mount(container, empty('没有找到这份简报，它可能已被删除。', h('p', undefined, h('a', { href: href(['search']) }, '去检索'))));
      return;
    }
    document.title = `${bulletinLine(doc)} · 经验图谱`;
    mount(container, ...documentPage(doc));
  } catch (error) {
    mount(container, failure(error, () => void renderDocument(container, route)));
  }
}

function documentPage(doc: PageDocument): HTMLElement[] {
  // Items in printed order, under their section headings as the bulletin has them.
  const sections: { section: string | null; items: PageDocument['items'] }[] = [];
  for (const item of [...doc.items].sort((a, b) => a.ordinal - b.ordinal)) {
    const last = sections.at(-1);
    if (last && last.section === item.section) last.items.push(item);
    else sections.push({ section: item.section, items: [item] });
  }
  return [
    h('h1', undefined, bulletinLine(doc)),
    h('p', { class: 'meta' },
      doc.publisher ? h('span', undefined, doc.publisher) : null,
      h('span', undefined, doc.date ?? '未注明日期'),
      h('span', undefined, `${doc.itemCount} 条信息`),
      h('span', { class: 'muted' }, `来源文件：${sourceLabel(doc.source)}`)),
    ...sections.map(({ section, items }) => h('section', { class: 'panel' },
      section ? h('h2', undefined, section) : null,
      h('ol', { class: 'document-items', start: items[0]?.ordinal ?? 1 }, items.map((item) => h('li', { value: item.ordinal },
        h('a', { href: href(['item', item.id]) }, item.title),
        h('span', { class: 'muted small' }, ` ${[item.region?.name ?? item.regionMention, item.office].filter(Boolean).join(' · ')}`),
        item.practices.length > 0 ? h('span', { class: 'small' }, ` 〔${item.practices.map((practice) => practice.name).join('、')}〕`) : null))))),
  ];
}
