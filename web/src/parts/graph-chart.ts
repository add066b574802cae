/**
 * A neighbourhood graph drawn by ECharts' force layout: the centre fixed in the middle, its ring
 * (places or practices) and their items. The layout starts from rings around the centre, so an
 * item begins next to what it belongs to, and the forces push nodes (and so their labels) apart;
 * labels that would still collide are hidden by ECharts' label layout and shown on hover, and
 * every node is also listed, as a link, under the chart.
 */
import { h } from '../dom.ts';
import { navigate } from '../router.ts';
import { chartHost, escapeHtml } from './echarts.ts';
import type { ChartOption } from './echarts.ts';
import { radialLabel, radialLayout, RADIUS } from './graph-layout.ts';
import { hiddenNote, selectGraph } from './graph-select.ts';
import type { GraphNode, GraphSelection, NodeKind } from './graph-select.ts';

const KINDS: { kind: NodeKind; name: string; color: string; size: number }[] = [
  { kind: 'practice', name: '做法', color: '#a4262c', size: 16 },
  { kind: 'region', name: '地区', color: '#1b5fa8', size: 16 },
  { kind: 'item', name: '信息', color: '#8a939e', size: 9 },
  { kind: 'related', name: '相关做法', color: '#9a5b00', size: 14 },
];
const CENTER_SIZE = 44;
/** Characters of a label drawn on the chart; the whole text is in the tooltip and the list. */
const LABEL_CHARS: Record<NodeKind, number> = { practice: 8, region: 8, related: 8, item: 9 };
const PHONE = 600;

/** The rings are round: about square on a phone, never taller than a desktop screen. */
function graphHeight(width: number): number {
  return width < PHONE ? width + 20 : Math.min(820, Math.round(width * 0.75));
}

interface NodeDatum {
  id: string;
  name: string;
  category: number;
  link: string;
  full: string;
}

function clip(label: string, max: number): string {
  return label.length > max ? `${label.slice(0, max)}…` : label;
}

function kindIndex(kind: NodeKind): number {
  return KINDS.findIndex((entry) => entry.kind === kind);
}

export function graphOption(selection: GraphSelection, width: number): ChartOption {
  const placed = radialLayout(selection);
  const phone = width < PHONE;
  const ringIds = new Set(selection.ring.map((node) => node.id));
  const datum = (node: GraphNode, isCenter: boolean): NodeDatum & Record<string, unknown> => {
    const where = placed.get(node.id) ?? { x: 0, y: 0, angle: 0 };
    const kind = KINDS[kindIndex(node.kind)];
    const isChild = !isCenter && !ringIds.has(node.id);
    // Every name reads along its radius, outward (as ECharts' circular layout draws them), so
    // neighbours never sit side by side; on a phone the items' names show on touch and in the list.
    const label = isCenter
      ? { fontSize: 14, fontWeight: 'bold' as const, position: 'bottom' as const }
      : { show: !(isChild && phone), backgroundColor: 'rgba(255,255,255,0.85)', ...radialLabel(where.angle) };
    const chars = isCenter ? 12 : phone ? 6 : LABEL_CHARS[node.kind];
    return {
      id: node.id, name: clip(node.label, chars), full: node.label, link: node.link,
      category: kindIndex(node.kind), x: where.x, y: where.y,
      symbolSize: isCenter ? (phone ? 30 : CENTER_SIZE) : kind?.size ?? 10,
      label,
    };
  };
  // ECharts fits the view to the nodes' extent: four invisible corners keep the rings centred and
  // the scale the same whatever side the items happen to fall on.
  const corners = [[-1, -1], [1, -1], [-1, 1], [1, 1]].map(([x = 0, y = 0], index) => ({
    id: `corner:${index}`, name: '', x: x * RADIUS, y: y * RADIUS, symbolSize: 0, silent: true, label: { show: false }, tooltip: { show: false },
  }));
  const nodes = [
    ...corners,
    datum(selection.center, true),
    ...selection.ring.map((node) => datum(node, false)),
    ...selection.children.map(({ node }) => datum(node, false)),
  ];
  const links = [
    ...selection.ring.map((node) => ({ source: selection.center.id, target: node.id })),
    ...selection.children.map(({ node, parent }) => ({ source: parent, target: node.id })),
  ];
  // Room around the outer circle for the children's labels (9 characters and an ellipsis).
  const margin = phone ? 30 : 125;
  return {
    aria: { enabled: true, label: { description: describe(selection) } },
    animation: false,
    tooltip: { confine: true, formatter: (params) => {
      const one = Array.isArray(params) ? params[0] : params;
      const data = one?.data as Partial<NodeDatum> | undefined;
      if (!data?.full) return '';
      return `${KINDS[data.category ?? 0]?.name ?? ''}：${escapeHtml(data.full)}`;
    } },
    series: [{
      type: 'graph', layout: 'none', roam: !phone, draggable: false, cursor: 'pointer',
      left: margin, right: margin, top: margin, bottom: margin,
      preserveAspect: true,
      data: nodes, links,
      categories: KINDS.map((kind) => ({ name: kind.name, itemStyle: { color: kind.color, borderColor: '#fff', borderWidth: 1.5 } })),
      label: { show: true, distance: 4, fontSize: phone ? 11 : 12, color: '#1f2328' },
      labelLayout: { hideOverlap: true },
      lineStyle: { color: '#c5ccd4', width: 1, opacity: 0.9 },
      emphasis: { focus: 'adjacency', label: { show: true }, lineStyle: { width: 2 } },
    }],
  };
}

function describe(selection: GraphSelection): string {
  const ring = selection.ring.map((node) => node.label).join('、');
  return `${selection.center.label} 的关系图：连接 ${selection.ring.length} 个节点（${ring}），另画出 ${selection.children.length} 条信息。`;
}


/** Every node of the neighbourhood as a link, drawn or not: the graph's text equivalent. */
function nodeList(center: GraphNode, ring: GraphNode[], outer: GraphNode[]): HTMLElement {
  const byParent = (parent: string): GraphNode[] => outer.filter((child) => child.parents?.[0] === parent);
  const ringIds = new Set(ring.map((node) => node.id));
  const loose = outer.filter((child) => !child.parents?.some((parent) => ringIds.has(parent)));
  const entry = (node: GraphNode): HTMLElement => h('a', { href: node.link }, node.label);
  return h('details', { class: 'graph-list' },
    h('summary', undefined, `以列表查看全部 ${ring.length + outer.length} 个节点`),
    h('ul', undefined,
      ring.map((node) => h('li', { 'data-kind': node.kind }, entry(node),
        byParent(node.id).length > 0 ? h('ul', undefined, byParent(node.id).map((child) => h('li', undefined, entry(child)))) : null)),
      loose.map((node) => h('li', { 'data-kind': node.kind }, entry(node)))));
}

export interface GraphChartOptions {
  /** Nodes the API itself left out (places beyond the first page of adoptions), by kind… */
  notFetched?: Partial<Record<NodeKind, number>>;
  /** …and the page that lists them all. */
  fullList?: { href: string; text: string };
}

/** The graph, a "另有 N 个…未画出" line when nodes were cut, and the full list of nodes. */
export function graphChart(center: GraphNode, ring: GraphNode[], outer: GraphNode[], options: GraphChartOptions = {}): HTMLElement {
  const selection = selectGraph(center, ring, outer);
  const host = chartHost({
    height: graphHeight,
    option: (width) => graphOption(selection, width),
    onClick: (event) => {
      const link = (event.data as Partial<NodeDatum> | undefined)?.link;
      if (event.dataType === 'node' && link) navigate(link);
    },
  }, 'echart echart-graph');
  host.setAttribute('data-nodes', String(1 + selection.ring.length + selection.children.length));
  const note = hiddenNote(selection.hidden, options.notFetched);
  return h('div', { class: 'graph-box' },
    host,
    note ? h('p', { class: 'chart-note' }, `${note}；`,
      selection.hidden.length > 0 ? '图中未画出的见下方列表' : null,
      selection.hidden.length > 0 && options.fullList ? '，' : null,
      options.fullList ? h('a', { href: options.fullList.href }, options.fullList.text) : null, '。') : null,
    nodeList(center, ring, outer));
}
