/**
 * Reads of documents, items and regions, and the mapping of what Neo4j gives back to the port's
 * views. The mapping is pure: it takes plain objects (the driver is configured to give JavaScript
 * numbers), so it is tested without a database.
 */
import { outcomeFromColumns, toRegionEvidence, type OutcomeColumns, type RegionLevel, type RegionRef } from '../model.ts';
import type { DocumentSummary, ItemFacts, ItemFilter, ItemReadOptions, ItemView, Page } from '../store.ts';
import type { Neo4jContext } from './context.ts';
import * as cypher from './read-cypher.ts';

export interface StoredRegion {
  code: string;
  name: string;
  level: RegionLevel;
  abolished?: boolean | null;
  successorCode?: string | null;
  path: { code: string; name: string }[];
}

export function toRegionRef(stored: StoredRegion): RegionRef {
  const ref: RegionRef = {
    code: stored.code,
    name: stored.name,
    level: stored.level,
    path: stored.path.map((link) => link.name),
    pathCodes: stored.path.map((link) => link.code),
  };
  if (stored.abolished === true) ref.abolished = true;
  if (stored.successorCode !== null && stored.successorCode !== undefined) ref.successorCode = stored.successorCode;
  return ref;
}

interface Positioned {
  position: number;
}

export interface StoredOutcome extends Positioned, OutcomeColumns {}

export interface StoredItem {
  id: string;
  documentId: string;
  /** Absent on items written before reprints were kept: the item is its own report. */
  reportId?: string | null;
  ordinal: number;
  section?: string | null;
  title: string;
  text: string;
  date?: string | null;
  year?: number | null;
  regionMention?: string | null;
  /** Absent on items written before it was kept. */
  regionEvidence?: string | null;
  regionCandidateCodes?: string[] | null;
  regionCode: string | null;
  subRegionCode: string | null;
  office: string | null;
  practices: ({ name: string; category: string; matched: string } & Positioned)[];
  candidates: ({ name: string; matched: string } & Positioned)[];
  outcomes: StoredOutcome[];
  policies: ({ title: string } & Positioned)[];
  passages: { index: number; text: string }[];
}

/** An item as getItems returns it: practices and candidates in one list, told apart by label. */
export type StoredItemRow = Omit<StoredItem, 'practices' | 'candidates'> & {
  described: ({ name: string; category: string | null; matched: string; candidate: boolean } & Positioned)[];
};

export function fromItemRow({ described, ...item }: StoredItemRow): StoredItem {
  return {
    ...item,
    practices: described.filter((edge) => !edge.candidate).map(({ name, category, matched, position }) => ({ name, category: category ?? '', matched, position })),
    candidates: described.filter((edge) => edge.candidate).map(({ name, matched, position }) => ({ name, matched, position })),
  };
}

function byPosition<T extends Positioned>(rows: T[]): T[] {
  return [...rows].sort((a, b) => a.position - b.position);
}

/** Every region code an item refers to, so they can be loaded in one query. */
export function regionCodesOf(items: StoredItem[]): string[] {
  const codes = new Set<string>();
  for (const item of items) {
    if (item.regionCode !== null) codes.add(item.regionCode);
    if (item.subRegionCode !== null) codes.add(item.subRegionCode);
    for (const code of item.regionCandidateCodes ?? []) codes.add(code);
  }
  return [...codes];
}

export function toItemView(item: StoredItem, regions: Map<string, RegionRef>): ItemView {
  const region = (code: string | null): RegionRef | null => (code === null ? null : (regions.get(code) ?? null));
  return {
    id: item.id,
    documentId: item.documentId,
    reportId: item.reportId ?? item.id,
    ordinal: item.ordinal,
    section: item.section ?? null,
    title: item.title,
    office: item.office,
    text: item.text,
    date: item.date ?? null,
    year: item.year ?? null,
    region: region(item.regionCode),
    regionCandidates: (item.regionCandidateCodes ?? []).map((code) => regions.get(code)).filter((ref): ref is RegionRef => ref !== undefined),
    regionMention: item.regionMention ?? null,
    regionEvidence: toRegionEvidence(item.regionEvidence),
    subRegion: region(item.subRegionCode),
    practices: byPosition(item.practices).map(({ name, category, matched }) => ({ name, category, matched })),
    candidatePractices: byPosition(item.candidates).map(({ name, matched }) => ({ name, matched })),
    outcomes: byPosition(item.outcomes).map(outcomeFromColumns),
    policies: byPosition(item.policies).map((policy) => policy.title),
    passages: [...item.passages].sort((a, b) => a.index - b.index).map(({ index, text }) => ({ index, text })),
  };
}

function toSummary(value: unknown): DocumentSummary {
  const stored = value as Record<string, unknown>;
  const text = (key: string): string | null => (stored[key] as string | null | undefined) ?? null;
  return {
    id: stored.id as string,
    source: stored.source as string,
    title: text('title'),
    issue: text('issue'),
    date: text('date'),
    publisher: text('publisher'),
    hash: stored.hash as string,
    itemCount: Number(stored.itemCount),
  };
}

export async function getDocument(context: Neo4jContext, id: string): Promise<DocumentSummary | null> {
  const [row] = await context.read(cypher.getDocument, { id });
  return row === undefined ? null : toSummary(row.document);
}

/** Document summaries: from memory where kept under the store's current change counter (versioned-cache.ts), the rest read. */
export async function getDocuments(context: Neo4jContext, ids: string[]): Promise<DocumentSummary[]> {
  const asked = [...new Set(ids)];
  if (asked.length === 0) return [];
  const version = await sharedStoreVersion(context);
  const { found, missing, keep } = context.memo.documents.lookup(version, asked);
  if (missing.length > 0) {
    const read = (await context.read(cypher.getDocuments, { ids: missing })).map((row) => toSummary(row.document));
    keep(read);
    for (const summary of read) found.set(summary.id, summary);
  }
  return asked.flatMap((id) => found.get(id) ?? []);
}

export async function listDocuments(context: Neo4jContext, options: { first: number; offset: number }): Promise<Page<DocumentSummary>> {
  const rows = await context.read(cypher.listDocuments, { first: Math.max(0, options.first), offset: Math.max(0, options.offset) });
  const [count] = await context.read(cypher.countDocuments, {});
  return { nodes: rows.map((row) => toSummary(row.document)), total: Number(count?.total ?? 0) };
}

export async function getItems(context: Neo4jContext, ids: string[], options: ItemReadOptions = {}): Promise<ItemView[]> {
  if (ids.length === 0) return [];
  const noText = options.lean === true || options.withoutText === true;
  const statement = options.lean === true ? cypher.getLeanItems : noText ? cypher.getItemsWithoutText : cypher.getItems;
  const rows = await context.read(statement, { ids: [...new Set(ids)] });
  const items = new Map(rows.map((row) => fromItemRow(row.item as StoredItemRow)).map((item) => [item.id, item]));
  const regions = await loadRegions(context, regionCodesOf([...items.values()]));
  return ids.flatMap((id) => {
    const item = items.get(id);
    return item === undefined ? [] : [noText ? { ...toItemView(item, regions), textOmitted: true as const } : toItemView(item, regions)];
  });
}

/**
 * The facts of the items: from memory where kept under the store's current change counter
 * (versioned-cache.ts), the rest in one lean read (as getItems).
 */
export async function itemFacts(context: Neo4jContext, ids: string[]): Promise<ItemFacts[]> {
  if (ids.length === 0) return [];
  const version = await sharedStoreVersion(context);
  const { found, missing, keep } = context.memo.facts.lookup(version, ids);
  if (missing.length > 0) {
    const read = (await getItems(context, missing, { lean: true })).map((item): ItemFacts => ({
      id: item.id, reportId: item.reportId, year: item.year, section: item.section, region: item.region, subRegion: item.subRegion,
      practices: item.practices.map((practice) => ({ name: practice.name })),
    }));
    keep(read);
    for (const fact of read) found.set(fact.id, fact);
  }
  return ids.flatMap((id) => found.get(id) ?? []);
}

/** The store's change counter, asked at most once per SHARED_TTL_MS (memo.ts) by every read that keeps records under it. */
export function sharedStoreVersion(context: Neo4jContext): Promise<string> {
  return context.memo.shared('reprint-version', () => storeVersion(context));
}

/** The change counter as one string ('none' before the store's first change). */
async function storeVersion(context: Neo4jContext): Promise<string> {
  const [row] = await context.read(cypher.readChangeCounter, {});
  return row === undefined ? 'none' : `${String(row.epoch)}:${String(row.writes)}`;
}

export async function findItemIds(context: Neo4jContext, filter: ItemFilter, limit?: number): Promise<string[]> {
  const { cypher: statement, params } = cypher.findItemIds(filter, limit);
  return (await context.read(statement, params)).map((row) => row.id as string);
}

export async function getRegions(context: Neo4jContext, codes: string[]): Promise<RegionRef[]> {
  const regions = await loadRegions(context, codes);
  return codes.flatMap((code) => {
    const region = regions.get(code);
    return region === undefined ? [] : [region];
  });
}

/**
 * Regions by code with their paths: from the memo, the codes it lacks in one query (items and
 * adoptions read theirs through it; warm() fills it with every region).
 */
export async function loadRegions(context: Pick<Neo4jContext, 'read' | 'memo'>, codes: string[]): Promise<Map<string, RegionRef>> {
  const known = context.memo.regions;
  const missing = [...new Set(codes)].filter((code) => !known.has(code));
  if (missing.length > 0) {
    const rows = await context.read(cypher.getRegions, { codes: missing });
    for (const region of rows.map((row) => toRegionRef(row.region as StoredRegion))) known.set(region.code, region);
  }
  return new Map(codes.flatMap((code) => {
    const region = known.get(code);
    return region === undefined ? [] : [[code, region] as const];
  }));
}

/** Every stored region into the memo, so item and adoption reads need no second query. */
export async function loadAllRegions(context: Pick<Neo4jContext, 'read' | 'memo'>): Promise<number> {
  const rows = await context.read(cypher.getAllRegions, {});
  for (const region of rows.map((row) => toRegionRef(row.region as StoredRegion))) context.memo.regions.set(region.code, region);
  return rows.length;
}
