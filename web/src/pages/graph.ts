/**
 * Neighbourhood graph page: a practice with the places that did it (and related practices), or a
 * region with its practices, each with their items. Titled by name once the data is in (a route
 * may carry a region code); drawn by parts/graph-chart.ts, which says what it could not draw.
 */
import { gql } from '../api.ts';
import { h, mount } from '../dom.ts';
import { empty, failure, loading } from '../format.ts';
import { graphChart } from '../parts/graph-chart.ts';
import type { GraphNode } from '../parts/graph-select.ts';
import { ADOPTIONS, REGION } from '../queries.ts';
import type { Route } from '../router.ts';
import { href } from '../router.ts';

interface GraphPage {
  title: string;
  view: HTMLElement;
}

const itemLink = (id: string): string => href(['item', id]);

async function practiceGraph(name: string): Promise<GraphPage> {
  const { adoptions } = await gql(ADOPTIONS, { practice: name });
  const practice = adoptions.practices[0];
  const title = practice?.name ?? name;
  if (!practice && adoptions.adoptions.length === 0) return { title, view: empty(`没有找到做法“${name}”。`) };
  const center: GraphNode = { id: 'center', label: title, kind: 'practice', link: href(['practice', title]) };
  const ring: GraphNode[] = adoptions.adoptions.flatMap((adoption) => adoption.region
    ? [{ id: `r:${adoption.region.code}`, label: adoption.region.name, kind: 'region' as const, link: href(['region', adoption.region.code]) }]
    : []);
  // Items of an adoption whose place was not recognised hang from the practice itself.
  const items: GraphNode[] = adoptions.adoptions.flatMap((adoption) => adoption.items.map((item) => ({
    id: `i:${item.id}`, label: item.title, kind: 'item' as const, link: itemLink(item.id),
    parents: adoption.region ? [`r:${adoption.region.code}`] : [],
  })));
  const related: GraphNode[] = (practice?.related ?? []).map((other) => ({ id: `p:${other.name}`, label: other.name, kind: 'related', link: href(['graph', 'practice', other.name]) }));
  const notFetched = adoptions.totalAdoptions - adoptions.adoptions.length;
  return {
    title,
    view: graphChart(center, [...ring, ...related], items, notFetched > 0
      ? { notFetched: { region: notFetched }, fullList: { href: href(['practice', title]), text: `在做法页查看全部 ${adoptions.totalAdoptions} 个地方` } }
      : {}),
  };
}

async function regionGraph(key: string): Promise<GraphPage> {
  const { region } = await gql(REGION, { codeOrName: key });
  if (!region) return { title: key, view: empty(`没有找到地区“${key}”。`) };
  const center: GraphNode = { id: 'center', label: region.name, kind: 'region', link: href(['region', region.code]) };
  const ring: GraphNode[] = region.practices.map((practice) => ({ id: `p:${practice.practice}`, label: practice.practice, kind: 'practice', link: href(['practice', practice.practice]) }));
  // An item links to every practice it reports; one with none hangs from the region itself.
  const items: GraphNode[] = region.items.map((item) => ({
    id: `i:${item.id}`, label: item.title, kind: 'item', link: itemLink(item.id),
    parents: item.practices.map((practice) => `p:${practice.name}`),
  }));
  return { title: region.name, view: graphChart(center, ring, items) };
}

const EXPLANATION = {
  practice: '中心为做法，内圈为做过的地方（蓝）和相关做法（橙），外圈为各地的信息条目（灰）。点击节点查看详情；悬停显示全名。',
  region: '中心为地区，内圈为它的做法（红），外圈为信息条目（灰）。点击节点查看详情；悬停显示全名。',
};

export async function renderGraph(container: HTMLElement, route: Route): Promise<void> {
  const kind = route.path[1] === 'region' ? 'region' : 'practice';
  const key = route.path[2] ?? '';
  const heading = h('h1', undefined, '关系图');
  const body = h('div', { class: 'graph-wrap' }, loading('正在绘制关系图…'));
  mount(container,
    heading,
    h('p', { class: 'muted' }, EXPLANATION[kind]),
    h('p', { class: 'legend' }, h('span', { class: 'key key-practice' }, '做法'), h('span', { class: 'key key-region' }, '地区'), h('span', { class: 'key key-item' }, '信息'), kind === 'practice' ? h('span', { class: 'key key-related' }, '相关做法') : null),
    body);
  try {
    const page = await (kind === 'practice' ? practiceGraph(key) : regionGraph(key));
    mount(heading, `${page.title} · 关系图`);
    document.title = `${page.title} · 关系图 · 经验图谱`;
    mount(body, page.view);
  } catch (error) {
    mount(body, failure(error, () => void renderGraph(container, route)));
  }
}
