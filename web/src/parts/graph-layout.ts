/** Where the nodes of a neighbourhood graph go, and how their names are turned: pure geometry. */
import type { GraphNode, GraphSelection } from './graph-select.ts';

/** Layout units are about pixels (ECharts snaps edges to whole units, so a unit circle would collapse them). */
export const RADIUS = 300;

export interface Placed {
  x: number;
  y: number;
  /** Direction from the centre, radians, screen coordinates (y down). */
  angle: number;
}

/**
 * Rings around the centre: the neighbours on an inner circle, each one's children fanned out on
 * an outer circle within its own slice, so an item sits next to what it belongs to and no edge
 * crosses another slice. Children of the centre itself fill the gaps of the inner circle.
 */
export function radialLayout(selection: GraphSelection): Map<string, Placed> {
  const placed = new Map<string, Placed>([[selection.center.id, { x: 0, y: 0, angle: -Math.PI / 2 }]]);
  const childrenOf = (id: string): GraphNode[] => selection.children.filter(({ parent }) => parent === id).map(({ node }) => node);
  const loose = childrenOf(selection.center.id);
  // Each ring node gets a slice as wide as its children need (at least one leaf's width).
  const slots = [...selection.ring.map((node) => ({ node, leaves: Math.max(1, childrenOf(node.id).length) })),
    ...loose.map((node) => ({ node, leaves: 1 }))];
  const total = slots.reduce((sum, slot) => sum + slot.leaves, 0);
  const step = (2 * Math.PI) / Math.max(1, total);
  let cursor = -Math.PI / 2;
  for (const { node, leaves } of slots) {
    const middle = cursor + (leaves * step) / 2;
    const isLoose = loose.includes(node);
    const radius = isLoose ? 0.72 : 0.45;
    placed.set(node.id, { x: RADIUS * radius * Math.cos(middle), y: RADIUS * radius * Math.sin(middle), angle: middle });
    if (!isLoose) {
      childrenOf(node.id).forEach((child, order) => {
        const angle = cursor + (order + 0.5) * step;
        placed.set(child.id, { x: RADIUS * Math.cos(angle), y: RADIUS * Math.sin(angle), angle });
      });
    }
    cursor += leaves * step;
  }
  return placed;
}

/** A label along the radius, reading outward and never upside down (as ECharts' circular layout does). */
export function radialLabel(angle: number): { rotate: number; position: 'left' | 'right' } {
  const degrees = (angle * 180) / Math.PI;
  const onLeft = Math.cos(angle) < 0;
  return onLeft ? { rotate: 180 - degrees, position: 'left' } : { rotate: -degrees, position: 'right' };
}
