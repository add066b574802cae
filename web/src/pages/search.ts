/** Search page: query box, facet filters and result cards; all state lives in the URL. */
import { gql } from '../api.ts';
import { h, mount } from '../dom.ts';
import { empty, failure, loading, sourceLabel } from '../format.ts';
import { itemCard } from '../parts/item-card.ts';
import { didYouMean, notFound } from '../parts/suggestions.ts';
import { HOME, SEARCH } from '../queries.ts';
import type { FacetBucket, SearchFilter } from '../queries.ts';
import type { Route } from '../router.ts';
import { href, navigate } from '../router.ts';
import { UNDATED } from '../year-groups.ts';

/** URL parameter → facet, in the order the filters are shown. */
const FACETS = [
  { param: 'province', facet: 'province', label: '省份' },
  { param: 'city', facet: 'city', label: '城市' },
  { param: 'practice', facet: 'practice', label: '做法' },
  { param: 'year', facet: 'year', label: '年份' },
  { param: 'section', facet: 'section', label: '栏目' },
] as const;
const PAGE_SIZE = 20;
const FACET_PREVIEW = 10;

type Params = Record<string, string>;

function readParams(route: Route): Params {
  const params: Params = {};
  for (const key of ['q', 'province', 'city', 'practice', 'year', 'section', 'n']) {
    const value = route.params.get(key);
    if (value) params[key] = value;
  }
  return params;
}

function filterOf(params: Params): SearchFilter {
  const filter: SearchFilter = {};
  for (const key of ['province', 'city', 'practice', 'section'] as const) if (params[key]) filter[key] = params[key];
  const year = Number(params.year);
  if (Number.isInteger(year) && year > 0) {
    filter.yearFrom = year;
    filter.yearTo = year;
  }
  return filter;
}

function searchBox(params: Params): HTMLFormElement {
  const input = h('input', { type: 'search', name: 'q', value: params.q ?? '', placeholder: '输入做法、地区或关键词，如：单元长制、社区大党委', 'aria-label': '检索词', autocomplete: 'off' });
  const form = h('form', { class: 'search-box', role: 'search' }, input, h('button', { type: 'submit', class: 'primary' }, '检索'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = input.value.trim();
    // A new query keeps the filters but starts from the first page.
    navigate(href(['search'], { ...params, q, n: null }));
  });
  return form;
}

/** Years newest first; 未注明日期 last. */
function newestYearFirst(a: FacetBucket, b: FacetBucket): number {
  return Number(a.value === UNDATED) - Number(b.value === UNDATED) || b.value.localeCompare(a.value);
}

function facetGroup(label: string, param: string, buckets: FacetBucket[], params: Params): HTMLElement | null {
  const active = params[param];
  if (buckets.length === 0 && !active) return null;
  const link = (bucket: FacetBucket): HTMLElement => {
    // Undated items are counted (issue 12.5) but no year filter can select them: shown, not linked.
    if (param === 'year' && bucket.value === UNDATED) {
      return h('li', undefined, h('span', { class: 'facet undated' }, h('span', undefined, bucket.value), h('span', { class: 'count' }, bucket.count)));
    }
    const selected = bucket.value === active;
    return h('li', undefined, h('a', {
      href: href(['search'], { ...params, [param]: selected ? null : bucket.value, n: null }),
      class: selected ? 'facet selected' : 'facet',
      'aria-current': selected ? 'true' : null,
    }, h('span', undefined, bucket.value), h('span', { class: 'count' }, bucket.count)));
  };
  const sorted = param === 'year' ? [...buckets].sort(newestYearFirst) : buckets;
  const head = sorted.slice(0, FACET_PREVIEW);
  const rest = sorted.slice(FACET_PREVIEW);
  return h('section', { class: 'facet-group' },
    h('h3', undefined, label, active ? h('a', { class: 'clear', href: href(['search'], { ...params, [param]: null, n: null }) }, '清除') : null),
    h('ul', undefined, head.map(link)),
    rest.length > 0 ? h('details', undefined, h('summary', undefined, `更多（${rest.length}）`), h('ul', undefined, rest.map(link))) : null);
}

function activeFilters(params: Params): HTMLElement | null {
  const chips = FACETS.filter((facet) => params[facet.param]).map((facet) =>
    h('a', { class: 'chip', href: href(['search'], { ...params, [facet.param]: null, n: null }), 'aria-label': `移除筛选 ${facet.label}：${params[facet.param]}` },
      `${facet.label}：${params[facet.param]}`, h('span', { 'aria-hidden': 'true' }, ' ×')));
  return chips.length > 0 ? h('p', { class: 'active-filters' }, '已筛选：', chips) : null;
}

async function renderHome(container: HTMLElement, params: Params): Promise<void> {
  const body = h('div', undefined, loading());
  mount(container, h('h1', undefined, '经验检索'), searchBox(params), body);
  try {
    const data = await gql(HOME, {});
    const { stats } = data;
    mount(body,
      h('p', { class: 'lede' }, `库中共有简报 ${stats.documents} 期、信息 ${stats.items} 条，涉及地区 ${stats.regions} 个、做法 ${stats.practices} 项、数据 ${stats.outcomes} 项。`),
      h('section', { class: 'panel' }, h('h2', undefined, '常见做法'),
        h('ul', { class: 'tags' }, data.practices.nodes.filter((practice) => practice.reportCount > 0).sort((a, b) => b.reportCount - a.reportCount).map((practice) =>
          h('li', undefined, h('a', { class: 'tag', href: href(['practice', practice.name]), title: `${practice.reportCount} 篇报道（转载只计一次）` }, practice.name, h('span', { class: 'count' }, practice.reportCount)))))),
      h('section', { class: 'panel' }, h('h2', undefined, '已入库的简报'),
        data.documents.nodes.length === 0 ? empty('还没有简报入库。') : h('ul', { class: 'plain' }, data.documents.nodes.map((doc) =>
          h('li', undefined, h('a', { href: href(['document', doc.id]) }, [doc.title, doc.issue].filter(Boolean).join(' ') || sourceLabel(doc.source)), h('span', { class: 'muted' }, ` ${doc.date ?? '未注明日期'} · ${doc.itemCount} 条`))))),
    );
  } catch (error) {
    mount(body, failure(error, () => void renderHome(container, params)));
  }
}

export async function renderSearch(container: HTMLElement, route: Route): Promise<void> {
  const params = readParams(route);
  if (!params.q) return renderHome(container, params);
  const first = Math.min(100, Math.max(PAGE_SIZE, Number(params.n) || PAGE_SIZE));
  const results = h('div', { class: 'results' }, loading('正在检索…'));
  const facets = h('aside', { class: 'facets', 'aria-label': '筛选' });
  mount(container, h('h1', { class: 'visually-hidden' }, '检索结果'), searchBox(params), activeFilters(params), h('div', { class: 'search-layout' }, facets, results));
  try {
    const { search } = await gql(SEARCH, { query: params.q, filter: filterOf(params), first });
    // On a phone the filters start folded so the results come first; on a desktop they stay open.
    const chosen = FACETS.filter((facet) => params[facet.param]).length;
    mount(facets, h('details', { class: 'facet-toggle', open: !window.matchMedia('(max-width: 760px)').matches },
      h('summary', undefined, h('h2', undefined, chosen > 0 ? `筛选（已选 ${chosen} 项）` : '筛选')),
      FACETS.map((facet) => facetGroup(facet.label, facet.param, search.facets[facet.facet], params))));
    // A suggestion runs its search with the filters kept, from the first page (as the search box does).
    const linkTo = (query: string): string => href(['search'], { ...params, q: query, n: null });
    if (search.hits.length === 0) {
      mount(results, notFound(params.q, search.suggestions, linkTo));
      return;
    }
    mount(results,
      h('p', { class: 'result-count', role: 'status' }, `共找到 ${search.total} 条相关信息`),
      didYouMean(search.suggestions, linkTo),
      search.hits.map((hit) => itemCard(hit.item, { snippets: hit.highlights.map((highlight) => highlight.snippet), headingLevel: 'h2' })),
      search.pageInfo.hasNextPage && first < 100
        ? h('p', { class: 'more' }, h('a', { class: 'button', href: href(['search'], { ...params, n: first + PAGE_SIZE }) }, '显示更多'))
        : null);
  } catch (error) {
    mount(facets);
    mount(results, failure(error, () => void renderSearch(container, route)));
  }
}
