/**
 * Neighbourhood graph as inline SVG with a radial layout: the practice (or region) in the middle,
 * the places (or practices) around it, their items on an outer ring. Every node is a link.
 */
import { gql } from '../api.ts';
import { h, mount, s } from '../dom.ts';
import { empty, failure, loading } from '../format.ts';
import { ADOPTIONS, REGION } from '../queries.ts';
import type { Route } from '../router.ts';
import { href } from '../router.ts';

export interface GraphNode {
  id: string;
  label: string;
  kind: 'practice' | 'region' | 'item' | 'related';
  link: string;
  parent?: string;
}

const SIZE = 640;
const CENTER = SIZE / 2;
const INNER_RADIUS = 150;
const OUTER_RADIUS = 255;
const MAX_RING = 24;
const MAX_CHILDREN = 6;

function point(angle: number, radius: number): [number, number] {
  return [CENTER + radius * Math.cos(angle), CENTER + radius * Math.sin(angle)];
}

function clip(label: string, max = 10): string {
  return label.length > max ? `${label.slice(0, max)}…` : label;
}

/**
 * Centre, a ring of neighbours, and each neighbour's children fanned out just beyond it, so an
 * item sits next to the place (or practice) it belongs to and edges do not cross the picture.
 */
export function drawGraph(center: GraphNode, ring: GraphNode[], outer: GraphNode[]): SVGSVGElement {
  const positions = new Map<string, [number, number]>([[center.id, [CENTER, CENTER]]]);
  const firstRing = ring.slice(0, MAX_RING);
  const slot = (2 * Math.PI) / Math.max(1, firstRing.length);
  const edges: [string, string][] = [];
  const children: GraphNode[] = [];
  firstRing.forEach((node, index) => {
    const angle = index * slot - Math.PI / 2;
    positions.set(node.id, point(angle, INNER_RADIUS));
    edges.push([center.id, node.id]);
    const own = outer.filter((child) => child.parent === node.id).slice(0, MAX_CHILDREN);
    const step = Math.min(0.22, slot / Math.max(1, own.length));
    own.forEach((child, order) => {
      positions.set(child.id, point(angle + (order - (own.length - 1) / 2) * step, OUTER_RADIUS));
      edges.push([node.id, child.id]);
      children.push(child);
    });
  });
  const nodeView = (node: GraphNode, isCenter = false): SVGElement => {
    const [x, y] = positions.get(node.id) ?? [CENTER, CENTER];
    const radius = isCenter ? 34 : node.kind === 'item' ? 6 : 10;
    return s('a', { href: node.link, class: `node node-${node.kind}${isCenter ? ' center' : ''}`, 'aria-label': node.label },
      s('title', undefined, node.label),
      s('circle', { cx: x, cy: y, r: radius }),
      s('text', { x, y: isCenter ? y + 5 : y + radius + 14, 'text-anchor': 'middle' }, clip(node.label, isCenter ? 8 : node.kind === 'item' ? 8 : 10)));
  };
  return s('svg', { class: 'graph', viewBox: `0 0 ${SIZE} ${SIZE}`, role: 'img', 'aria-label': `${center.label} 的关系图` },
    edges.map(([from, to]) => {
      const [x1, y1] = positions.get(from) ?? [CENTER, CENTER];
      const [x2, y2] = positions.get(to) ?? [CENTER, CENTER];
      return s('line', { x1, y1, x2, y2, class: 'edge' });
    }),
    children.map((node) => nodeView(node)), firstRing.map((node) => nodeView(node)), nodeView(center, true));
}

async function practiceGraph(name: string): Promise<SVGSVGElement | HTMLElement> {
  const { adoptions } = await gql(ADOPTIONS, { practice: name });
  const practice = adoptions.practices[0];
  if (!practice && adoptions.adoptions.length === 0) return empty(`没有找到做法“${name}”。`);
  const center: GraphNode = { id: 'center', label: practice?.name ?? name, kind: 'practice', link: href(['practice', practice?.name ?? name]) };
  const ring: GraphNode[] = adoptions.adoptions.filter((adoption) => adoption.region).map((adoption) => ({
    id: `r:${adoption.region?.code ?? ''}`, label: adoption.region?.name ?? '', kind: 'region', link: href(['region', adoption.region?.code ?? '']),
  }));
  const items: GraphNode[] = adoptions.adoptions.flatMap((adoption) => adoption.items.map((item) => ({
    id: `i:${item.id}`, label: item.title, kind: 'item' as const, link: href(['search'], { q: item.title.slice(0, 40) }), parent: `r:${adoption.region?.code ?? ''}`,
  })));
  const related: GraphNode[] = (practice?.related ?? []).slice(0, 12).map((other) => ({ id: `p:${other.name}`, label: other.name, kind: 'related', link: href(['graph', 'practice', other.name]) }));
  return drawGraph(center, [...ring, ...related], items);
}

async function regionGraph(key: string): Promise<SVGSVGElement | HTMLElement> {
  const { region } = await gql(REGION, { codeOrName: key });
  if (!region) return empty(`没有找到地区“${key}”。`);
  const center: GraphNode = { id: 'center', label: region.name, kind: 'region', link: href(['region', region.code]) };
  const ring: GraphNode[] = region.practices.map((practice) => ({ id: `p:${practice.practice}`, label: practice.practice, kind: 'practice', link: href(['practice', practice.practice]) }));
  const items: GraphNode[] = region.items.flatMap((item) => item.practices.slice(0, 1).map((practice) => ({
    id: `i:${item.id}`, label: item.title, kind: 'item' as const, link: href(['search'], { q: item.title.slice(0, 40) }), parent: `p:${practice.name}`,
  })));
  return drawGraph(center, ring, items);
}

export async function renderGraph(container: HTMLElement, route: Route): Promise<void> {
  const kind = route.path[1] === 'region' ? 'region' : 'practice';
  const key = route.path[2] ?? '';
  const body = h('div', { class: 'graph-wrap' }, loading('正在绘制关系图…'));
  mount(container,
    h('h1', undefined, `${key} · 关系图`),
    h('p', { class: 'muted' }, kind === 'practice' ? '中心为做法，内圈为做过的地方（蓝）和相关做法（橙），外圈为各地的信息条目。点击任一节点查看详情。' : '中心为地区，内圈为它的做法，外圈为信息条目。点击任一节点查看详情。'),
    h('p', { class: 'legend' }, h('span', { class: 'key key-practice' }, '做法'), h('span', { class: 'key key-region' }, '地区'), h('span', { class: 'key key-item' }, '信息'), h('span', { class: 'key key-related' }, '相关做法')),
    body);
  try {
    mount(body, kind === 'practice' ? await practiceGraph(key) : await regionGraph(key));
  } catch (error) {
    mount(body, failure(error, () => void renderGraph(container, route)));
  }
}
