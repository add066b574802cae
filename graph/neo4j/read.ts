/**
 * Maps records read from Neo4j back to the port's views. Pure: takes plain objects (the driver
 * is configured to give JavaScript numbers), so the mapping is tested without a database.
 */
import { toRegionEvidence, type Outcome, type OutcomeKind, type RegionLevel, type RegionRef } from '../model.ts';
import type { ItemView } from '../store.ts';

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

export interface StoredOutcome extends Positioned {
  text: string;
  value: number;
  unit: string;
  normValue: number;
  normUnit: string;
  metric?: string | null;
  kind: OutcomeKind;
  approximate: boolean;
  practice?: string | null;
}

export interface StoredItem {
  id: string;
  documentId: string;
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

function byPosition<T extends Positioned>(rows: T[]): T[] {
  return [...rows].sort((a, b) => a.position - b.position);
}

function toOutcome(stored: StoredOutcome): Outcome {
  return {
    text: stored.text,
    value: stored.value,
    unit: stored.unit,
    normalized: { value: stored.normValue, unit: stored.normUnit },
    metric: stored.metric ?? null,
    kind: stored.kind,
    approximate: stored.approximate,
    practice: stored.practice ?? null,
  };
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
    outcomes: byPosition(item.outcomes).map(toOutcome),
    policies: byPosition(item.policies).map((policy) => policy.title),
    passages: [...item.passages].sort((a, b) => a.index - b.index).map(({ index, text }) => ({ index, text })),
  };
}

/** Lucene query for whole-token matches: each token quoted, so query syntax in tokens is only text. */
export function buildFullTextQuery(tokens: string[], maxTerms = 512): string | null {
  const terms = new Set<string>();
  for (const token of tokens) {
    for (const part of token.split(/\s+/)) {
      // Punctuation-only tokens match nothing worth finding.
      if (/[\p{L}\p{N}]/u.test(part)) terms.add(part);
    }
  }
  if (terms.size === 0) return null;
  return [...terms]
    .slice(0, maxTerms)
    .map((term) => `"${term.replace(/[\\"]/g, '\\$&')}"`)
    .join(' OR ');
}
