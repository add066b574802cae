/**
 * Which nodes of a neighbourhood graph are drawn: the centre, the first neighbours (a ring) and
 * each neighbour's first children. What is left out is returned too, so the page can say
 * "另有 N 个…" and list it — nothing is dropped without a word.
 */

export type NodeKind = 'practice' | 'region' | 'item' | 'related';

export interface GraphNode {
  id: string;
  label: string;
  kind: NodeKind;
  link: string;
  /** Ring nodes this node hangs from (children only); none, or none drawn, → the centre. */
  parents?: string[];
}

export interface GraphLimits {
  ring: number;
  childrenPerNode: number;
  /** At most this many ring nodes of a kind (related practices must not crowd out the places). */
  ringPerKind: Partial<Record<NodeKind, number>>;
}

export const DEFAULT_LIMITS: GraphLimits = { ring: 20, childrenPerNode: 5, ringPerKind: { related: 8 } };

export interface GraphSelection {
  center: GraphNode;
  ring: GraphNode[];
  /**
   * Drawn children, each under one drawn node: its first parent in the ring, or the centre when
   * none of its parents is in the ring at all (one edge each keeps the picture legible; the list
   * under the graph names every parent).
   */
  children: { node: GraphNode; parent: string }[];
  /** Ring nodes and children not drawn, in their original order. */
  hidden: GraphNode[];
}

export function selectGraph(center: GraphNode, ring: GraphNode[], outer: GraphNode[], limits: GraphLimits = DEFAULT_LIMITS): GraphSelection {
  const uniqueRing = dedupe(ring);
  const perKind = new Map<NodeKind, number>();
  const shownRing: GraphNode[] = [];
  const hidden: GraphNode[] = [];
  for (const node of uniqueRing) {
    const ofKind = perKind.get(node.kind) ?? 0;
    const fits = shownRing.length < limits.ring && ofKind < (limits.ringPerKind[node.kind] ?? Infinity);
    if (fits) perKind.set(node.kind, ofKind + 1);
    (fits ? shownRing : hidden).push(node);
  }
  const shownIds = new Set(shownRing.map((node) => node.id));
  const allRingIds = new Set(uniqueRing.map((node) => node.id));
  const perParent = new Map<string, number>();
  const children: GraphSelection['children'] = [];
  for (const node of dedupe(outer)) {
    const parents = node.parents ?? [];
    const drawnParents = parents.filter((parent) => shownIds.has(parent));
    // A child whose parents exist but were cut goes with them; one with no parent in the ring at all hangs from the centre.
    const orphan = !parents.some((parent) => allRingIds.has(parent));
    const home = drawnParents[0] ?? (orphan ? center.id : undefined);
    const used = home === undefined ? Infinity : perParent.get(home) ?? 0;
    if (home === undefined || used >= limits.childrenPerNode) {
      hidden.push(node);
      continue;
    }
    perParent.set(home, used + 1);
    children.push({ node, parent: home });
  }
  return { center, ring: shownRing, children, hidden };
}

const NOUNS: Record<NodeKind, [string, string]> = {
  region: ['个', '地方'],
  practice: ['个', '做法'],
  related: ['个', '相关做法'],
  item: ['条', '信息'],
};

/** "另有 3 个地方、12 条信息未画出" — counted by kind, in a fixed order; null when nothing is hidden. */
export function hiddenNote(hidden: GraphNode[], extra: Partial<Record<NodeKind, number>> = {}): string | null {
  const parts = (['region', 'practice', 'related', 'item'] as const).map((kind) => {
    const count = hidden.filter((node) => node.kind === kind).length + (extra[kind] ?? 0);
    const [measure, noun] = NOUNS[kind];
    return count > 0 ? `${count} ${measure}${noun}` : null;
  }).filter((part): part is string => part !== null);
  return parts.length > 0 ? `另有 ${parts.join('、')}未画出` : null;
}

function dedupe(nodes: GraphNode[]): GraphNode[] {
  const seen = new Set<string>();
  return nodes.filter((node) => !seen.has(node.id) && seen.add(node.id));
}
