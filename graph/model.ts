/**
 * The knowledge-graph model: node and edge payloads shared by every layer.
 * This is the innermost module; it imports nothing from the project.
 *
 * Nodes: Document, Item, Passage, Region, Practice, Category, Outcome, Policy, Office.
 * Edges: Document-HAS_ITEM→Item, Item-HAS_PASSAGE→Passage, Item-IN_REGION→Region,
 * Item-IN_SUBREGION→Region, Region-PART_OF→Region, Region-SUCCEEDED_BY→Region,
 * Item-DESCRIBES{matched}→Practice, Practice-IN_CATEGORY→Category, Item-REPORTS→Outcome,
 * Outcome-OF_PRACTICE→Practice, Item-CITES→Policy, Item-CONTRIBUTED_BY→Office.
 */

export type RegionLevel = 'province' | 'city' | 'county' | 'township' | 'community';

export interface RegionRef {
  /** Administrative code from the gazetteer: 34 (province), 3408 (city), 340827 (county), 340827100 (township). */
  code: string;
  /** Official name at the time of writing: "望江县", "伊春区". */
  name: string;
  level: RegionLevel;
  /** Names from the province down to this region: ["安徽省","安庆市","望江县"]. */
  path: string[];
  /** Codes along the path, same length as `path`. */
  pathCodes: string[];
  /** True for abolished or renamed units (伊春区 after 2019). */
  abolished?: boolean;
  /** For abolished units: the code of the successor unit. */
  successorCode?: string;
}

/**
 * How an item's region was found, in the order a careful reader looks: the headline, the
 * contributing office, the body's opening, a town or village only (its county), the source line or
 * outlet (来源：XX日报, XX县融媒体中心), the bulletin's publisher, or the sibling items around it.
 */
export type RegionEvidence = 'headline' | 'office' | 'body' | 'town' | 'source' | 'publisher' | 'sibling';

/** Every RegionEvidence value, in the order above (stores check what they read against it). */
export const regionEvidenceValues: readonly RegionEvidence[] = ['headline', 'office', 'body', 'town', 'source', 'publisher', 'sibling'];

/** A stored value as RegionEvidence; anything else (absent, unknown) is null. */
export function toRegionEvidence(value: unknown): RegionEvidence | null {
  return (regionEvidenceValues as readonly unknown[]).includes(value) ? (value as RegionEvidence) : null;
}

export interface PracticeMatch {
  /** Canonical practice name (curated taxonomy). */
  name: string;
  category: string;
  /** The text that matched (alias or pattern hit as it appears in the item). */
  matched: string;
}

export interface CandidatePractice {
  /** Normalised name of a quoted mechanism not in the taxonomy: "54321帮扶机制", "红领工作站". */
  name: string;
  /** The text as written, quotes included. */
  matched: string;
}

export type OutcomeKind = 'outcome' | 'input' | 'target';

export interface Outcome {
  /** The clause holding the number, verbatim. */
  text: string;
  /** The number as written (1.4 in "1.4万余人次"). */
  value: number;
  /** Unit as written, magnitude included ("万人次"). */
  unit: string;
  /** Value with 万/亿 applied and the unit reduced: {value: 14000, unit: "人次"}. */
  normalized: { value: number; unit: string };
  /** What is measured, when stated: 村均收入, 增幅. */
  metric: string | null;
  kind: OutcomeKind;
  /** 余/近/约/多/以上… */
  approximate: boolean;
  /** Canonical name of the practice the clause belongs to, when the clause makes that clear. */
  practice: string | null;
}

/** An outcome as both stores keep it: flat columns (metric and practice may be absent in old rows). */
export interface OutcomeColumns {
  text: string;
  value: number;
  unit: string;
  normValue: number;
  normUnit: string;
  metric?: string | null;
  kind: OutcomeKind;
  /** SQLite gives 0/1, Neo4j a boolean. */
  approximate: boolean | number;
  practice?: string | null;
}

export function outcomeFromColumns(row: OutcomeColumns): Outcome {
  return {
    text: row.text,
    value: row.value,
    unit: row.unit,
    normalized: { value: row.normValue, unit: row.normUnit },
    metric: row.metric ?? null,
    kind: row.kind,
    approximate: row.approximate === true || row.approximate === 1,
    practice: row.practice ?? null,
  };
}

/** A curated practice as kept in the taxonomy data file. */
export interface PracticeDefinition {
  name: string;
  category: string;
  aliases: string[];
  /** Regular-expression sources matched against normalised item text. */
  patterns: string[];
  description: string;
}

export interface PassageRecord {
  index: number;
  text: string;
  /** sha256 of the text: the embedding cache key. */
  hash: string;
  /** Search-mode jieba tokens of the passage. */
  tokens: string[];
  embedding: Float32Array;
}

export interface ItemRecord {
  /** Stable id: `${documentId}:${ordinal}`. */
  id: string;
  ordinal: number;
  section: string | null;
  title: string;
  office: string | null;
  text: string;
  /** The item's own printed date (its dateline), else its document's (ISO); null when neither prints one. */
  date: string | null;
  /** From the date, else the issue line's year, else the latest year the text states; null → 未注明日期. */
  year: number | null;
  region: RegionRef | null;
  regionCandidates: RegionRef[];
  regionMention: string | null;
  /** How `region` (or the candidates) was found; null when nothing was. */
  regionEvidence: RegionEvidence | null;
  subRegion: RegionRef | null;
  practices: PracticeMatch[];
  candidatePractices: CandidatePractice[];
  outcomes: Outcome[];
  policies: string[];
  passages: PassageRecord[];
}

export interface DocumentRecord {
  /** Stable id derived from the source name: the same file re-ingested keeps its id. */
  id: string;
  source: string;
  title: string | null;
  issue: string | null;
  date: string | null;
  publisher: string | null;
  /** Content hash: an unchanged document is not written again. */
  hash: string;
  items: ItemRecord[];
}
