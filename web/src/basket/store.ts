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
  /** The bulletin as a label (title issue), kept for entries saved before `bulletin`. */
  source: string;
  /** The bulletin for the source line of the export; absent in entries saved by older versions. */
  bulletin?: { id: string; title: string | null; issue: string | null; date: string | null; source: string };
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
    bulletin: { id: item.document.id, title: item.document.title, issue: item.document.issue, date: item.document.date, source: item.document.title ?? '' },
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

/** The body as printed after the headline: without a first line that only repeats the headline. */
export function bodyParagraphs(entry: BasketEntry): string[] {
  const paragraphs = entry.text.split(/\n+/).map((line) => line.trim()).filter(Boolean);
  const bare = (text: string): string => text.replace(/^[△▲□■◆●★☆\s]+/, '').replace(/[。.!！?？\s]+$/, '');
  const head = bare(entry.title);
  if (paragraphs[0] !== undefined && head !== '') {
    const first = bare(paragraphs[0]);
    if (first === head) paragraphs.shift();
    else if (paragraphs[0].replace(/^[△▲□■◆●★☆\s]+/, '').startsWith(entry.title)) paragraphs[0] = paragraphs[0].replace(/^[△▲□■◆●★☆\s]+/, '').slice(entry.title.length).replace(/^[。．.，,：:\s]+/, '');
  }
  return paragraphs.filter(Boolean);
}

/** The headline ends in a full stop before the body runs on in the same paragraph. */
export function headlineSentence(entry: BasketEntry): string {
  const text = headline(entry);
  return /[。！？!?：:]$/.test(text) ? text : `${text}。`;
}

/** 来源：《安庆组工信息》第8期（2020-06-28） — the bulletin the entry was taken from. */
export function sourceLine(entry: BasketEntry): string {
  const bulletin = entry.bulletin;
  const name = bulletin?.title ? `《${bulletin.title}》${bulletin.issue ?? ''}` : entry.source;
  const date = bulletin?.date ?? entry.date;
  return name || date ? `来源：${name}${date ? `（${date}）` : ''}` : '';
}

const OWN_CITY_KEY = 'atlas.ownCity';

/** The user's own city (本市): its items do not belong in a 市外参考 section. */
export function ownCity(): string {
  return localStorage.getItem(OWN_CITY_KEY) ?? '';
}

export function setOwnCity(city: string): void {
  if (city) localStorage.setItem(OWN_CITY_KEY, city);
  else localStorage.removeItem(OWN_CITY_KEY);
  for (const listener of listeners) listener();
}

/** Is the entry from the user's own city (its path or place names it)? */
export function isFromOwnCity(entry: BasketEntry, city = ownCity()): boolean {
  if (!city) return false;
  const bare = city.replace(/(市|地区|自治州|盟)$/, '');
  return entry.regionPath.some((name) => name === city || name.replace(/(市|地区|自治州|盟)$/, '') === bare) || entry.regionName === city;
}

