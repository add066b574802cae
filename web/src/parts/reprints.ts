/**
 * 另见 N 处转载: the other printed copies of an item's report (a 市外参考 section, a provincial site,
 * a newspaper carrying the same county's report), each linking to its own item page. The copies are
 * sources of one report; counts elsewhere take the report once.
 */
import { h } from '../dom.ts';
import { documentLabel } from '../format.ts';
import { href } from '../router.ts';

interface Copy {
  itemId: string;
  date?: string | null;
  document: Parameters<typeof documentLabel>[0];
}

function copyLink(copy: Copy): HTMLElement {
  return h('a', { href: href(['item', copy.itemId]) }, documentLabel(copy.document), copy.date ? ` ${copy.date}` : '');
}

/** Nothing when no other copy is stored. */
export function reprintNote(item: { reprints: Copy[] }): HTMLElement | null {
  if (item.reprints.length === 0) return null;
  const links = item.reprints.flatMap((copy, index) => (index === 0 ? [copyLink(copy)] : ['、', copyLink(copy)]));
  return h('p', { class: 'reprints small' }, h('span', { class: 'reprint-count' }, `另见 ${item.reprints.length} 处转载`), '：', ...links);
}

/** 首发: where the report was first printed, when this copy is not the first. */
export function firstSourceNote(item: { id: string; firstSource: Copy }): HTMLElement | null {
  if (item.firstSource.itemId === item.id) return null;
  return h('p', { class: 'reprints small' }, '首发：', copyLink(item.firstSource), '（本条为转载，计数时只算一次）');
}
