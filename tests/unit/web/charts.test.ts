import { describe, expect, it } from 'vitest';
import { labelRotation, splitTop, yearSeries } from '../../../web/src/parts/bars.ts';
import { radialLabel, radialLayout, RADIUS } from '../../../web/src/parts/graph-layout.ts';
import { hiddenNote, selectGraph } from '../../../web/src/parts/graph-select.ts';
import type { GraphNode } from '../../../web/src/parts/graph-select.ts';

const node = (id: string, kind: GraphNode['kind'], parents?: string[]): GraphNode => ({ id, label: `名称${id}`, kind, link: `#/${id}`, parents });

describe('year and province bars', () => {
  it('fills the years between with zero and keeps 未注明日期 at the end', () => {
    const series = yearSeries([{ label: '未注明日期', value: 2 }, { label: '2021', value: 3 }, { label: '2018', value: 1 }]);
    expect(series.map((bar) => `${bar.label}:${bar.value}`)).toEqual(['2018:1', '2019:0', '2020:0', '2021:3', '未注明日期:2']);
  });

  it('keeps the largest bars and returns the others instead of dropping them', () => {
    const bars = ['甲省', '乙省', '丙省', '丁省'].map((label, index) => ({ label, value: index + 1 }));
    const { shown, rest } = splitTop(bars, 2);
    expect(shown.map((bar) => bar.label)).toEqual(['丁省', '丙省']);
    expect(rest.map((bar) => bar.label)).toEqual(['乙省', '甲省']);
  });

  it('turns axis labels only when they would not fit their slot', () => {
    expect(labelRotation(80, 4, 12)).toBe(0);
    expect(labelRotation(30, 4, 12)).toBe(45);
    expect(labelRotation(12, 4, 12)).toBe(90);
  });
});

describe('neighbourhood graph selection', () => {
  const center = node('c', 'region');
  const ring = Array.from({ length: 25 }, (_unused, index) => node(`p${index}`, 'practice'));
  const items = [
    ...Array.from({ length: 7 }, (_unused, index) => node(`i${index}`, 'item', ['p0'])),
    node('loose', 'item', []),
    node('cut', 'item', ['p24']),
  ];

  it('draws at most the limits and returns every node it leaves out', () => {
    const selection = selectGraph(center, ring, items, { ring: 20, childrenPerNode: 5, ringPerKind: {} });
    expect(selection.ring).toHaveLength(20);
    expect(selection.children.map(({ node: child }) => child.id)).toEqual(['i0', 'i1', 'i2', 'i3', 'i4', 'loose']);
    const hiddenIds = selection.hidden.map((hidden) => hidden.id);
    expect(hiddenIds).toEqual(['p20', 'p21', 'p22', 'p23', 'p24', 'i5', 'i6', 'cut']);
    expect(selection.ring.length + selection.children.length + selection.hidden.length).toBe(ring.length + items.length);
  });

  it('hangs an item with no parent in the ring from the centre', () => {
    const selection = selectGraph(center, ring, items);
    expect(selection.children.find(({ node: child }) => child.id === 'loose')?.parent).toBe('c');
  });

  it('keeps related practices from crowding out the places', () => {
    const related = Array.from({ length: 12 }, (_unused, index) => node(`r${index}`, 'related'));
    const selection = selectGraph(center, [node('a', 'region'), ...related], [], { ring: 20, childrenPerNode: 5, ringPerKind: { related: 8 } });
    expect(selection.ring.filter((shown) => shown.kind === 'related')).toHaveLength(8);
    expect(hiddenNote(selection.hidden)).toBe('另有 4 个相关做法未画出');
  });

  it('says what was cut in Chinese, by kind, and nothing when nothing was', () => {
    expect(hiddenNote([node('x', 'region'), node('y', 'item'), node('z', 'item')])).toBe('另有 1 个地方、2 条信息未画出');
    expect(hiddenNote([], { region: 3 })).toBe('另有 3 个地方未画出');
    expect(hiddenNote([])).toBeNull();
  });
});

describe('radial layout', () => {
  it('puts the centre in the middle, the ring inside and each item within its parent’s slice', () => {
    const center = node('c', 'practice');
    const ring = [node('a', 'region'), node('b', 'region'), node('d', 'region')];
    const items = [node('a1', 'item', ['a']), node('a2', 'item', ['a']), node('b1', 'item', ['b'])];
    const selection = selectGraph(center, ring, items);
    const placed = radialLayout(selection);
    expect(placed.get('c')).toMatchObject({ x: 0, y: 0 });
    for (const id of ['a', 'b', 'd']) expect(Math.hypot(placed.get(id)?.x ?? 0, placed.get(id)?.y ?? 0)).toBeLessThan(RADIUS * 0.6);
    for (const id of ['a1', 'a2', 'b1']) expect(Math.hypot(placed.get(id)?.x ?? 0, placed.get(id)?.y ?? 0)).toBeCloseTo(RADIUS);
    // a's two items straddle a; b's item sits on b's own direction.
    const angle = (id: string): number => placed.get(id)?.angle ?? NaN;
    expect(angle('a1')).toBeLessThan(angle('a'));
    expect(angle('a2')).toBeGreaterThan(angle('a'));
    expect(angle('b1')).toBeCloseTo(angle('b'));
  });

  it('turns names along the radius and never upside down', () => {
    expect(radialLabel(0)).toEqual({ rotate: -0, position: 'right' });
    expect(radialLabel(Math.PI)).toEqual({ rotate: 0, position: 'left' });
    const { rotate } = radialLabel((3 * Math.PI) / 4);
    expect(Math.abs(rotate)).toBeLessThanOrEqual(90);
  });
});
