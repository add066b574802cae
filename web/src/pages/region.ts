/** Region page: what one place did and what came of it, year by year. */
import { gql } from '../api.ts';
import { h, mount } from '../dom.ts';
import { empty, failure, loading } from '../format.ts';
import { itemCard } from '../parts/item-card.ts';
import { REGION } from '../queries.ts';
import type { RegionLevel, RegionProfile } from '../queries.ts';
import type { Route } from '../router.ts';
import { href } from '../router.ts';
import { groupByYear } from '../year-groups.ts';

const LEVEL_LABEL: Record<RegionLevel, string> = { PROVINCE: '省级', CITY: '市级', COUNTY: '县区级', TOWNSHIP: '乡镇街道', COMMUNITY: '村社区' };

export async function renderRegion(container: HTMLElement, route: Route): Promise<void> {
  const key = route.path[1] ?? '';
  const body = h('div', undefined, loading());
  mount(container, body);
  try {
    const { region } = await gql(REGION, { codeOrName: key });
    if (!region) {
      mount(body, h('h1', undefined, key), empty(`没有找到地区“${key}”。`, h('p', undefined, h('a', { href: href(['search'], { q: key }) }, `改为全文检索“${key}”`))));
      return;
    }
    mount(body, regionView(region));
  } catch (error) {
    mount(body, failure(error, () => void renderRegion(container, route)));
  }
}

function regionView(region: RegionProfile): HTMLElement {
  const practices = [...region.practices].sort((a, b) => b.count - a.count);
  return h('div', undefined,
    h('h1', undefined, region.name, h('span', { class: 'badge' }, LEVEL_LABEL[region.level] ?? region.level)),
    h('p', { class: 'muted' }, region.path.join(' › '), ` · 代码 ${region.code}`,
      region.parent ? [' · 上级：', h('a', { href: href(['region', region.parent.code]) }, region.parent.name)] : null),
    h('p', { class: 'actions' },
      h('a', { class: 'button', href: href(['graph', 'region', region.code]) }, '关系图'),
      h('a', { class: 'button', href: href(['compare'], { r: [region.name] }) }, '与其他地区比较')),
    h('section', { class: 'panel' }, h('h2', undefined, `做法（${practices.length}）`),
      practices.length === 0 ? h('p', { class: 'muted' }, '暂无识别出的做法。') : h('ul', { class: 'tags' }, practices.map((practice) =>
        h('li', undefined, h('a', { class: 'tag', href: href(['practice', practice.practice]) }, practice.practice, h('span', { class: 'count' }, practice.count)))))),
    h('section', { 'aria-label': '历年信息' }, region.items.length === 0
      ? empty('这个地区还没有信息入库。')
      : groupByYear(region.items).map(([year, items]) => h('section', { class: 'year-group' },
        h('h2', undefined, year, h('span', { class: 'muted small' }, ` ${items.length} 条`)),
        items.map((item) => itemCard(item, { headingLevel: 'h3', outcomeLimit: 6 }))))));
}
