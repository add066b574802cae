/**
 * DocumentRecord → the flat parameter rows the write statements UNWIND. Pure, so what reaches
 * the database is unit-tested without one. Duplicates inside one item (a region named twice in
 * one role, a practice matched by two aliases) collapse to the first, like the SQLite adapter.
 * Every row carries its item or document id, so one statement writes a whole batch of documents.
 */
import type { DocumentRecord, ItemRecord, RegionLevel, RegionRef } from '../model.ts';
import { MIN_SHINGLES, placeKey, practicesNamed, sketchText, timedReprints, type NewCopy } from '../reprints/index.ts';

/** A region node to write: `full` rows carry the region itself, the others only an ancestor known from a path. */
export interface RegionRow {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  full: boolean;
  abolished: boolean;
  successorCode: string | null;
}

export interface ItemLinkRow {
  itemId: string;
  key: string;
  position: number;
  matched?: string;
  category?: string;
}

/** The rows of a batch of documents: every statement takes all documents' rows at once. */
export interface BatchRows {
  documents: Record<string, string | null>[];
  items: Record<string, unknown>[];
  regions: RegionRow[];
  regionLinks: ItemLinkRow[];
  subRegionLinks: ItemLinkRow[];
  practiceLinks: ItemLinkRow[];
  candidateLinks: ItemLinkRow[];
  policyLinks: ItemLinkRow[];
  officeLinks: ItemLinkRow[];
  outcomes: { itemId: string; position: number; practice: string | null; props: Record<string, unknown> }[];
  /** embedding: the vector as comma-separated decimals (see encodeVector). */
  passages: { itemId: string; props: Record<string, unknown>; embedding: string }[];
  /** Items that can be a reprint (a place, a long enough body), to group with the stored ones. */
  copies: NewCopy[];
}

export interface DocumentRows extends Omit<BatchRows, 'documents'> {
  document: Record<string, string | null>;
}

const levelByCodeLength: Record<number, RegionLevel> = { 2: 'province', 4: 'city', 6: 'county', 9: 'township', 12: 'community' };
const levelByDepth: RegionLevel[] = ['province', 'city', 'county', 'township', 'community'];

/** Level of an ancestor known only from a path: by gazetteer code length, else by depth. */
export function inferLevel(code: string, depth: number): RegionLevel {
  return levelByCodeLength[code.length] ?? levelByDepth[Math.min(depth, levelByDepth.length - 1)] ?? 'community';
}

/** The region and every ancestor on its path; the path may or may not end with the region itself. */
export function regionChainRows(region: RegionRef): RegionRow[] {
  const ancestors = region.pathCodes.at(-1) === region.code ? region.pathCodes.slice(0, -1) : region.pathCodes;
  const rows: RegionRow[] = ancestors.map((code, depth) => ({
    code,
    name: region.path[depth] ?? code,
    level: inferLevel(code, depth),
    parentCode: depth === 0 ? null : (ancestors[depth - 1] ?? null),
    full: false,
    abolished: false,
    successorCode: null,
  }));
  rows.push({
    code: region.code,
    name: region.name,
    level: region.level,
    parentCode: ancestors.at(-1) ?? null,
    full: true,
    abolished: region.abolished === true,
    successorCode: region.successorCode ?? null,
  });
  return rows;
}

/** Region rows of a whole document, one per code; a full row wins over an ancestor row. */
export function documentRegionRows(doc: DocumentRecord): RegionRow[] {
  const byCode = new Map<string, RegionRow>();
  for (const item of doc.items) {
    for (const region of itemRegions(item)) {
      for (const row of regionChainRows(region)) {
        const known = byCode.get(row.code);
        if (known === undefined || (row.full && !known.full)) byCode.set(row.code, row);
      }
    }
  }
  return [...byCode.values()];
}

function itemRegions(item: ItemRecord): RegionRef[] {
  return [item.region, item.subRegion, ...item.regionCandidates].filter((region): region is RegionRef => region !== null);
}

/** Links in list order with duplicates by key dropped (the first one wins). */
function uniqueLinks<T>(itemId: string, values: T[], key: (value: T) => string, extra: (value: T) => Partial<ItemLinkRow>): ItemLinkRow[] {
  const seen = new Set<string>();
  const rows: ItemLinkRow[] = [];
  values.forEach((value, position) => {
    const linkKey = key(value);
    if (seen.has(linkKey)) return;
    seen.add(linkKey);
    rows.push({ itemId, key: linkKey, position, ...extra(value) });
  });
  return rows;
}

/**
 * A vector as comma-separated decimals, which createPassages parses back with toFloat. The driver
 * packs a list of numbers value by value (~1.6 µs each, so ~0.8 ms per 512-d vector); one string is
 * packed at once. Nine significant digits give every float32 back exactly.
 */
export function encodeVector(vector: Float32Array): string {
  const parts = new Array<string>(vector.length);
  for (let index = 0; index < vector.length; index++) parts[index] = (vector[index] ?? 0).toPrecision(9);
  return parts.join(',');
}

export function outcomeId(itemId: string, position: number): string {
  return `${itemId}/outcome/${position}`;
}

export function passageId(itemId: string, index: number): string {
  return `${itemId}#${index}`;
}

/** Cypher for the item id within a passage id (up to its last #), so reads need not walk HAS_PASSAGE. */
export function itemIdOfPassageId(passageIdExpression: string): string {
  return `left(${passageIdExpression}, size(${passageIdExpression}) - size(last(split(${passageIdExpression}, '#'))) - 1)`;
}

/** Every row list but the document's own, empty. */
function emptyItemRows(): Omit<BatchRows, 'documents'> {
  return {
    items: [],
    regions: [],
    regionLinks: [],
    subRegionLinks: [],
    practiceLinks: [],
    candidateLinks: [],
    policyLinks: [],
    officeLinks: [],
    outcomes: [],
    passages: [],
    copies: [],
  };
}

export function documentRows(doc: DocumentRecord): DocumentRows {
  const rows: DocumentRows = {
    document: { id: doc.id, source: doc.source, title: doc.title, issue: doc.issue, date: doc.date, publisher: doc.publisher, hash: doc.hash },
    ...emptyItemRows(),
    regions: documentRegionRows(doc),
  };
  for (const item of doc.items) {
    rows.items.push({
      id: item.id,
      documentId: doc.id,
      ordinal: item.ordinal,
      section: item.section,
      title: item.title,
      text: item.text,
      date: item.date,
      year: item.year,
      regionMention: item.regionMention,
      regionEvidence: item.regionEvidence,
      // Unresolved candidates are kept as codes, not IN_REGION edges: they must never place an item.
      regionCandidateCodes: [...new Set(item.regionCandidates.map((region) => region.code))],
      // Every item starts as its own report; write.ts joins it to a stored one.
      reportId: item.id,
      ...reprintProperties(doc.id, item, rows.copies),
    });
    if (item.region !== null) rows.regionLinks.push({ itemId: item.id, key: item.region.code, position: 0 });
    if (item.subRegion !== null) rows.subRegionLinks.push({ itemId: item.id, key: item.subRegion.code, position: 0 });
    rows.practiceLinks.push(
      ...uniqueLinks(item.id, item.practices, (practice) => practice.name, (practice) => ({ matched: practice.matched, category: practice.category })),
    );
    rows.candidateLinks.push(...uniqueLinks(item.id, item.candidatePractices, (candidate) => candidate.name, (candidate) => ({ matched: candidate.matched })));
    rows.policyLinks.push(...uniqueLinks(item.id, item.policies, (title) => title, () => ({})));
    if (item.office !== null) rows.officeLinks.push({ itemId: item.id, key: item.office, position: 0 });
    item.outcomes.forEach((outcome, position) => {
      rows.outcomes.push({
        itemId: item.id,
        position,
        practice: outcome.practice,
        props: {
          id: outcomeId(item.id, position),
          text: outcome.text,
          value: outcome.value,
          unit: outcome.unit,
          normValue: outcome.normalized.value,
          normUnit: outcome.normalized.unit,
          metric: outcome.metric,
          kind: outcome.kind,
          approximate: outcome.approximate,
          practice: outcome.practice,
        },
      });
    });
    for (const passage of item.passages) {
      rows.passages.push({
        itemId: item.id,
        props: {
          id: passageId(item.id, passage.index),
          itemId: item.id,
          index: passage.index,
          text: passage.text,
          hash: passage.hash,
          // Space-joined jieba tokens: the whitespace analyzer keeps each token whole.
          tokens: passage.tokens.join(' '),
        },
        embedding: encodeVector(passage.embedding),
      });
    }
  }
  return rows;
}

/** placeKey and the sketch (count and hashes) of an item that can be a reprint; nothing for others. */
function reprintProperties(documentId: string, item: ItemRecord, copies: NewCopy[]): Record<string, unknown> {
  const key = placeKey(item);
  if (key === null) return {};
  const sketch = timedReprints(() => sketchText(item.text));
  if (sketch.shingles < MIN_SHINGLES) return {};
  copies.push({ itemId: item.id, documentId, date: item.date, practices: practicesNamed(item), sketch, placeKey: key });
  return { placeKey: key, reprintShingles: sketch.shingles, reprintSketch: [...sketch.hashes] };
}

/**
 * Rows of many documents, in input order. Region rows are merged as writing the documents one by
 * one would leave them: a later document's full row wins, an ancestor row never displaces one.
 */
export function batchRows(docs: DocumentRecord[]): BatchRows {
  const batch: BatchRows = { documents: [], ...emptyItemRows() };
  const regionsByCode = new Map<string, RegionRow>();
  for (const doc of docs) {
    const { document, regions, ...rest } = documentRows(doc);
    batch.documents.push(document);
    for (const row of regions) {
      if (row.full || !regionsByCode.has(row.code)) regionsByCode.set(row.code, row);
    }
    for (const key of Object.keys(rest) as (keyof typeof rest)[]) appendAll(batch[key] as unknown[], rest[key]);
  }
  batch.regions = [...regionsByCode.values()];
  return batch;
}

/** push(...rows) overflows the stack on very large arrays; a loop does not. */
function appendAll(target: unknown[], rows: readonly unknown[]): void {
  for (const row of rows) target.push(row);
}
