/** One item's page (#/item/<id>): a stable URL to link to or cite, with its bulletin and full text. */
import { gql } from '../api.ts';
import { citation, bulletinLine } from '../cite.ts';
import { h, mount } from '../dom.ts';
import { empty, failure, loading, outcomeList, regionEvidenceHint, regionPath } from '../format.ts';
import { basketButton } from '../parts/item-card.ts';
import { firstSourceNote, reprintNote } from '../parts/reprints.ts';
import { href } from '../router.ts';
import type { Route } from '../router.ts';
import { ITEM } from '../queries.ts';
import type { ItemPageQuery } from '../queries.ts';

type PageItem = NonNullable<ItemPageQuery['item']>;

export async function renderItem(container: HTMLElement, route: Route): Promise<void> {
  const id = route.path[1] ?? '';
  mount(container, loading());
  try {
    const { item } = await gql(ITEM, { id });
    if (!item) {
      mount(container, empty('没有找到这条信息，它可能已随所在简报删除。', h('p', undefined, h('a', { href: href(['search']) }, '去检索'))));
      return;
    }
    document.title = `${item.title} · 经验图谱`;
    mount(container, ...itemPage(item));
  } catch (error) {
    mount(container, failure(error, () => void renderItem(container, route)));
  }
}

function itemPage(item: PageItem): (HTMLElement | null)[] {
  const doc = item.document;
  const cited = citation(item, doc);
  const copied = h('span', { class: 'muted small', 'aria-live': 'polite' });
  const copy = h('button', { type: 'button', class: 'small-button' }, '复制引用');
  copy.addEventListener('click', () => {
    navigator.clipboard.writeText(cited).then(() => { copied.textContent = '已复制'; }, () => { copied.textContent = '请手动选择复制'; });
  });
  return [
    h('p', { class: 'breadcrumb muted small' }, h('a', { href: href(['document', doc.id]) }, bulletinLine(doc)), ` · 第 ${item.ordinal} 条`),
    h('h1', undefined, item.title),
    h('p', { class: 'meta' },
      h('span', { class: 'place' }, regionPath(item.region, item.regionMention), regionEvidenceHint(item.regionEvidence)),
      item.subRegion ? h('span', undefined, `具体到：${item.subRegion.name}`) : null,
      h('span', undefined, item.date ? h('time', { datetime: item.date }, item.date) : '未注明日期'),
      item.section ? h('span', undefined, item.section) : null,
      item.office ? h('span', undefined, `供稿：${item.office}`) : null),
    firstSourceNote(item),
    reprintNote(item),
    item.region === null && item.regionCandidates.length > 0
      ? h('p', { class: 'muted small' }, `地区待定，可能是：${item.regionCandidates.map((region) => region.path.join('')).join('、')}`)
      : null,
    h('section', { class: 'panel citation' }, h('h2', undefined, '引用'), h('p', { class: 'cite-text' }, cited), copy, copied),
    h('section', { class: 'panel' }, h('h2', undefined, '全文'), item.text.split(/\n+/).map((line) => h('p', undefined, line))),
    h('section', { class: 'panel' },
      h('h2', undefined, '做法与数据'),
      item.practices.length > 0
        ? h('ul', { class: 'tags' }, item.practices.map((practice) => h('li', undefined, h('a', { class: 'tag', href: href(['practice', practice.name]) }, practice.name))))
        : h('p', { class: 'muted' }, '未识别出目录中的做法。'),
      item.candidatePractices.length > 0 ? h('p', { class: 'muted small' }, `候选做法：${item.candidatePractices.map((candidate) => candidate.name).join('、')}`) : null,
      outcomeList(item.outcomes) ?? h('p', { class: 'muted' }, '未报告具体数据。'),
      item.policies.length > 0 ? h('p', { class: 'small' }, `涉及文件：${item.policies.map((policy) => `《${policy}》`).join('、')}`) : null),
    h('div', { class: 'card-actions' }, basketButton(item)),
  ];
}
