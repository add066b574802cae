/** Entry: the header with navigation and the basket count, and the router that picks a page. */
import './styles.css';
import { onBasketChange, readBasket } from './basket/store.ts';
import { h, mount } from './dom.ts';
import { failure } from './format.ts';
import { renderAdmin } from './pages/admin.ts';
import { renderBasket } from './pages/basket.ts';
import { renderCompare } from './pages/compare.ts';
import { renderDocument } from './pages/document.ts';
import { renderGraph } from './pages/graph.ts';
import { renderItem } from './pages/item.ts';
import { renderPractice } from './pages/practice.ts';
import { renderRegion } from './pages/region.ts';
import { renderSearch } from './pages/search.ts';
import type { Route } from './router.ts';
import { currentRoute, href } from './router.ts';

type Page = (container: HTMLElement, route: Route) => void | Promise<void>;

const PAGES: Record<string, Page> = {
  search: renderSearch,
  practice: renderPractice,
  region: renderRegion,
  compare: renderCompare,
  graph: renderGraph,
  basket: renderBasket,
  admin: renderAdmin,
  item: renderItem,
  document: renderDocument,
};

const NAV: [string, string][] = [['search', '检索'], ['compare', '地区比较'], ['basket', '市外参考'], ['admin', '管理']];

function header(active: string): HTMLElement {
  const count = readBasket().length;
  return h('div', { class: 'bar' },
    h('a', { class: 'brand', href: href(['search']) }, '经验图谱'),
    h('nav', { 'aria-label': '主导航' }, h('ul', undefined, NAV.map(([key, label]) => h('li', undefined,
      h('a', { href: href([key]), 'aria-current': key === active ? 'page' : null },
        label, key === 'basket' && count > 0 ? h('span', { class: 'count', 'aria-label': `${count} 条` }, count) : null))))));
}

/** A skip link that focuses the content without touching the hash (the hash is the route). */
function skipLink(): HTMLElement {
  return h('a', { class: 'skip-link', href: '#', onclick: (event: Event) => {
    event.preventDefault();
    document.getElementById('main')?.focus();
  } }, '跳到正文');
}

function render(): void {
  const route = currentRoute();
  const key = route.path[0] ?? 'search';
  const page = PAGES[key] ?? renderSearch;
  const headerSlot = document.getElementById('site-header');
  const main = document.getElementById('main');
  if (!headerSlot || !main) return;
  mount(headerSlot, skipLink(), header(key));
  const label = route.path[1] ?? NAV.find(([name]) => name === key)?.[1] ?? '检索';
  document.title = `${label} · 经验图谱`;
  Promise.resolve(page(main, route)).catch((error: unknown) => mount(main, failure(error)));
  main.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

window.addEventListener('hashchange', render);
onBasketChange(() => {
  const headerSlot = document.getElementById('site-header');
  if (headerSlot) mount(headerSlot, skipLink(), header(currentRoute().path[0] ?? 'search'));
});
render();
