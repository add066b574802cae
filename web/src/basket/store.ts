/**
 * The 市外参考 basket: items picked from anywhere, in the order they will be printed. Kept in
 * localStorage with their text so an export needs no further request.
 */
import type { Item } from '../queries.ts';

export interface BasketEntry {
  id: string;
  title: string;
  regionName: string | null;
  regionPath: string[];
  text: string;
  office: string | null;
  date: string | null;
  source: string;
}

const KEY = 'atlas.basket.v1';
const listeners = new Set<() => void>();

export function readBasket(): BasketEntry[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as BasketEntry[]) : [];
  } catch {
    return [];
  }
}

function write(entries: BasketEntry[]): void {
  localStorage.setItem(KEY, JSON.stringify(entries));
  for (const listener of listeners) listener();
}

export function onBasketChange(listener: () => void): void {
  listeners.add(listener);
}

export function inBasket(id: string): boolean {
  return readBasket().some((entry) => entry.id === id);
}

export function toEntry(item: Item): BasketEntry {
  return {
    id: item.id,
    title: item.title,
    regionName: item.region?.name ?? item.regionMention,
    regionPath: item.region?.path ?? [],
    text: item.text,
    office: item.office,
    date: item.date,
    source: [item.document.title, item.document.issue].filter(Boolean).join(' '),
  };
}

export function addToBasket(item: Item): void {
  if (!inBasket(item.id)) write([...readBasket(), toEntry(item)]);
}

export function removeFromBasket(id: string): void {
  write(readBasket().filter((entry) => entry.id !== id));
}

/** Moves an entry one place up (-1) or down (+1); out-of-range moves do nothing. */
export function moveInBasket(id: string, step: -1 | 1): void {
  const entries = readBasket();
  const from = entries.findIndex((entry) => entry.id === id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= entries.length) return;
  const [moved] = entries.splice(from, 1);
  if (moved) entries.splice(to, 0, moved);
  write(entries);
}

export function clearBasket(): void {
  write([]);
}

/** The headline as printed: "△迎江区：…" keeps the title when it already names the place. */
export function headline(entry: BasketEntry): string {
  const region = entry.regionName;
  return region && !entry.title.includes(region) ? `${region}：${entry.title}` : entry.title;
}
