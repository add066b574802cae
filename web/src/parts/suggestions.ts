/**
 * What to try instead, as links that run that search: 未找到 with near spellings of places and the
 * closest practices when nothing was found; a "您是不是要找" line above the results otherwise.
 */
import { h } from '../dom.ts';
import { empty } from '../format.ts';
import type { SearchSuggestionsFields } from '../queries.ts';

type Entries = SearchSuggestionsFields['places'];

function links(entries: Entries, linkTo: (query: string) => string): Node[] {
  return entries.flatMap((entry, index) => [
    document.createTextNode(index > 0 ? '、' : ''),
    h('a', { href: linkTo(entry.query), class: 'suggestion', title: `检索“${entry.query}”` }, entry.label),
  ]);
}

function group(label: string, kind: string, entries: Entries, linkTo: (query: string) => string): HTMLElement | null {
  return entries.length === 0 ? null : h('p', { class: `suggestions ${kind}` }, label, links(entries, linkTo));
}

export function notFound(query: string, suggestions: SearchSuggestionsFields, linkTo: (query: string) => string): HTMLElement {
  return h('div', { role: 'status' }, empty(`未找到与“${query}”相关的信息。`,
    group('您要找的地方是不是：', 'places', suggestions.places, linkTo),
    group('相近的做法：', 'practices', suggestions.practices, linkTo),
    h('p', undefined, '可以换个说法，或去掉部分筛选条件。')));
}

/** Near spellings offered beside results, or nothing. */
export function didYouMean(suggestions: SearchSuggestionsFields, linkTo: (query: string) => string): HTMLElement | null {
  const entries = [...suggestions.places, ...suggestions.practices];
  return entries.length === 0 ? null : h('p', { class: 'suggestions did-you-mean' }, '您是不是要找：', links(entries, linkTo));
}
