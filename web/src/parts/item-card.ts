/** One bulletin item as a card: title, place, date, bulletin, office, snippet, practices, outcomes. */
import { addToBasket, inBasket, removeFromBasket } from '../basket/store.ts';
import { h, highlighted } from '../dom.ts';
import { documentLabel, outcomeList, regionEvidenceHint, regionPath } from '../format.ts';
import { href } from '../router.ts';
import { reprintNote } from './reprints.ts';
import { gql } from '../api.ts';
import { ITEM } from '../queries.ts';
import type { Item, ListedItem } from '../queries.ts';

export interface ItemCardOptions {
  /** Highlight snippets from search (with <em> marks). */
  snippets?: string[];
  /** How many outcomes to show before "另有 N 项". */
  outcomeLimit?: number;
  headingLevel?: 'h2' | 'h3' | 'h4';
}

/**
 * + 加入市外参考. A listed item comes without its text (a practice page lists hundreds); the text is
 * fetched when the item is added, since the basket keeps it for the export.
 */
export function basketButton(item: Item | ListedItem): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'basket-toggle' });
  const refresh = (): void => {
    const added = inBasket(item.id);
    button.textContent = added ? '✓ 已加入市外参考' : '+ 加入市外参考';
    button.setAttribute('aria-pressed', String(added));
    button.disabled = false;
  };
  button.addEventListener('click', () => {
    if (inBasket(item.id)) {
      removeFromBasket(item.id);
      refresh();
      return;
    }
    if ('text' in item) {
      addToBasket(item);
      refresh();
      return;
    }
    button.disabled = true;
    button.textContent = '正在加入…';
    gql(ITEM, { id: item.id }).then(({ item: full }) => {
      if (full) addToBasket(full);
      refresh();
      if (!full) button.textContent = '该信息已不存在';
    }, () => {
      refresh();
      button.textContent = '加入失败，请重试';
    });
  });
  refresh();
  return button;
}

const TAGS_SHOWN = 8;

/** The practices an item mentions, as links; long lists are cut to keep the card calm. */
function practiceTags(item: Item): HTMLElement | null {
  if (item.practices.length === 0) return null;
  const tag = (practice: Item['practices'][number]): HTMLElement => h('li', undefined,
    h('a', { class: 'tag', href: href(['practice', practice.name]), title: practice.category }, practice.name));
  const rest = item.practices.slice(TAGS_SHOWN);
  return h('ul', { class: 'tags', 'aria-label': '涉及做法' }, item.practices.slice(0, TAGS_SHOWN).map(tag),
    rest.length > 0 ? h('li', undefined, h('details', { class: 'more-tags' }, h('summary', undefined, `另 ${rest.length} 项做法`), h('ul', { class: 'tags' }, rest.map(tag)))) : null);
}

export function itemCard(item: Item, options: ItemCardOptions = {}): HTMLElement {
  const snippets = options.snippets ?? [];
  const summary = snippets.length > 0
    ? snippets.slice(0, 2).map((snippet) => h('p', { class: 'snippet' }, highlighted(snippet)))
    : [h('p', { class: 'snippet' }, item.text.length > 140 ? `${item.text.slice(0, 140)}…` : item.text)];
  // The title links to the item's own page: a stable URL to cite.
  const heading = h(options.headingLevel ?? 'h3', { class: 'card-title' }, h('a', { href: href(['item', item.id]) }, item.title));
  return h('article', { class: 'card item-card', 'data-item-id': item.id },
    heading,
    h('p', { class: 'meta' },
      h('span', { class: 'place' }, regionPath(item.region, item.regionMention), regionEvidenceHint(item.regionEvidence)),
      item.date ? h('span', undefined, h('time', { datetime: item.date }, item.date)) : null,
      h('span', undefined, h('a', { href: href(['document', item.document.id]) }, documentLabel(item.document)), item.section ? ` · ${item.section}` : ''),
      item.office ? h('span', undefined, `供稿：${item.office}`) : null,
    ),
    reprintNote(item),
    summary,
    practiceTags(item),
    outcomeList(item.outcomes, options.outcomeLimit ?? 4),
    h('details', { class: 'full-text' }, h('summary', undefined, '阅读全文'), item.text.split(/\n+/).map((line) => h('p', undefined, line))),
    h('div', { class: 'card-actions' }, basketButton(item)),
  );
}
