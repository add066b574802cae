/** Practice page — "哪些地方做过 X，效果如何": adopting places by province → city → county, with results. */
import { gql } from '../api.ts';
import { csvToDownload } from './practice-csv.ts';
import { h, mount } from '../dom.ts';
import { documentLabel, empty, failure, loading } from '../format.ts';
import { barChart, columnChart } from '../parts/charts.ts';
import { basketButton } from '../parts/item-card.ts';
import { practiceOutcomes } from '../parts/practice-outcomes.ts';
import { ADOPTIONS } from '../queries.ts';
import { diffusionSection } from './practice-diffusion.ts';
import type { Adoption, AdoptionsResult } from '../queries.ts';
import type { Route } from '../router.ts';
import { href } from '../router.ts';

interface Group {
  name: string;
  adoptions: Adoption[];
  children: Map<string, Group>;
}

/** Nests adoptions by their region path: province → city → the adopting place itself. */
export function groupByPath(adoptions: Adoption[]): Map<string, Group> {
  const root = new Map<string, Group>();
  for (const adoption of adoptions) {
    const path = adoption.region?.path ?? ['地区未识别'];
    let level = root;
    let group: Group | undefined;
    for (const name of path.slice(0, 2)) {
      group = level.get(name) ?? { name, adoptions: [], children: new Map() };
      level.set(name, group);
      level = group.children;
    }
    group?.adoptions.push(adoption);
  }
  return root;
}

/** A place with more reports than listed: how many, and where to read them all (search, this practice, the place's province and city). */
function moreReports(adoption: Adoption, practice: string): HTMLElement | null {
  if (adoption.itemCount <= adoption.items.length) return null;
  const region = adoption.region;
  const path = region?.path ?? [];
  const all = region ? h('a', { href: href(['search'], { q: region.name, practice, province: path[0] ?? null, city: path.length > 2 ? path[1] ?? null : null }) }, '检索全部') : null;
  return h('p', { class: 'muted small more-reports' }, `共 ${adoption.itemCount} 条，列出最近 ${adoption.items.length} 条及其数据 `, all);
}

function adoptionCard(adoption: Adoption, practice: string): HTMLElement {
  const region = adoption.region;
  const dates = adoption.firstDate === adoption.lastDate ? adoption.firstDate : `${adoption.firstDate ?? '?'} 至 ${adoption.lastDate ?? '?'}`;
  return h('article', { class: 'card adoption', 'data-region': region?.name ?? '' },
    h('h4', { class: 'card-title' }, region ? h('a', { href: href(['region', region.code]) }, region.name) : '地区未识别',
      dates ? h('span', { class: 'muted small' }, ` ${dates}`) : null),
    h('ul', { class: 'plain items' }, adoption.items.map((item) => h('li', undefined,
      h('a', { class: 'item-title', href: href(['item', item.id]) }, item.title),
      h('span', { class: 'muted small' }, ` ${item.date ?? ''} · ${documentLabel(item.document)}${item.office ? ` · ${item.office}` : ''} `),
      basketButton(item)))),
    moreReports(adoption, practice),
    practiceOutcomes(adoption.outcomes, adoption.otherOutcomes));
}

export async function renderPractice(container: HTMLElement, route: Route): Promise<void> {
  const name = route.path[1] ?? '';
  const body = h('div', undefined, loading());
  mount(container, h('h1', undefined, name), body);
  try {
    const { adoptions: result } = await gql(ADOPTIONS, { practice: name });
    mount(body, practiceView(name, result, route.params.getAll('vs')));
  } catch (error) {
    mount(body, failure(error, () => void renderPractice(container, route)));
  }
}

function practiceView(name: string, result: AdoptionsResult, compared: string[]): HTMLElement {
  const practice = result.practices[0];
  const regions = result.adoptions.filter((adoption) => adoption.region).map((adoption) => adoption.region?.name ?? '');
  const header = h('section', { class: 'practice-head' },
    practice ? h('p', { class: 'lede' }, h('span', { class: 'badge' }, practice.category), ` ${practice.description}`) : null,
    practice && practice.aliases.length > 0 ? h('p', { class: 'muted' }, `又称：${practice.aliases.join('、')}`) : null,
    result.practices.length > 1 ? h('p', { class: 'muted' }, `同时匹配：${result.practices.slice(1).map((other) => other.name).join('、')}`) : null,
    h('p', { class: 'actions' },
      h('a', { class: 'button', href: href(['graph', 'practice', practice?.name ?? name]) }, '关系图'),
      regions.length >= 2 ? h('a', { class: 'button', href: href(['compare'], { r: regions.slice(0, 4), practice: practice?.name ?? name }) }, '比较这些地方') : null,
      result.adoptions.length > 0 ? h('button', { type: 'button', onclick: () => csvToDownload(practice?.name ?? name, result.adoptions, result.practices.map((found) => found.name)) }, '导出表格（CSV）') : null));
  if (result.adoptions.length === 0) {
    return h('div', undefined, header, empty(`还没有地方报道过“${name}”。`, h('p', undefined, h('a', { href: href(['search'], { q: name }) }, `改为全文检索“${name}”`))));
  }
  const places = groupByPath(result.adoptions);
  return h('div', { class: 'practice-layout' },
    header,
    h('p', { class: 'result-count' }, result.totalAdoptions > result.adoptions.length
      ? `共有 ${result.totalAdoptions} 个地方、${result.totalItems} 条信息报道过这一做法；下面列出信息最多的 ${result.adoptions.length} 个地方。`
      : `共有 ${result.totalAdoptions} 个地方报道过这一做法。`),
    h('div', { class: 'charts' },
      h('figure', undefined, h('figcaption', undefined, '按年份（信息条数）'), columnChart(result.byYear.map((bucket) => ({ label: bucket.value, value: bucket.count })), '按年份的信息条数')),
      h('figure', undefined, h('figcaption', undefined, '按省份（地方数）'), barChart(result.byProvince.map((bucket) => ({ label: bucket.value, value: bucket.count })), '按省份的地方数'))),
    diffusionSection(practice?.name ?? name, practice?.category || null, compared),
    h('section', { class: 'adoptions', 'aria-label': '做过的地方' }, [...places.values()].map((province) => h('section', { class: 'province' },
      h('h2', undefined, province.name),
      province.adoptions.map((adoption) => adoptionCard(adoption, practice?.name ?? name)),
      [...province.children.values()].map((city) => h('section', { class: 'city' },
        h('h3', undefined, city.name),
        city.adoptions.map((adoption) => adoptionCard(adoption, practice?.name ?? name))))))),
    practice && practice.related.length > 0
      ? h('section', { class: 'panel' }, h('h2', undefined, '相关做法'), h('ul', { class: 'tags' }, practice.related.slice(0, 20).map((related) =>
        h('li', undefined, h('a', { class: 'tag', href: href(['practice', related.name]) }, related.name, h('span', { class: 'count' }, related.count))))))
      : null);
}
