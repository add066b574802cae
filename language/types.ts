/**
 * Contracts between the ingestion stages: parse → segment → extract → embed → write.
 * Each stage is built by a `createX(options)` factory and is used only through these types.
 */
import type { CandidatePractice, Outcome, PracticeMatch, RegionEvidence, RegionRef } from '../graph/model.ts';

export type { CandidatePractice, Outcome, OutcomeKind, PracticeMatch, RegionEvidence, RegionLevel, RegionRef } from '../graph/model.ts';

/** A bulletin item as the parser finds it, before any extraction. */
export interface ParsedItem {
  /** 1-based position inside its document. */
  ordinal: number;
  /** Section the item sits in (市内信息, 市外参考, 组织工作动态…), or null when the bulletin has none. */
  section: string | null;
  /** Headline as printed (multi-line headlines joined by one space); first clause when none is printed. */
  title: string;
  /** Contributing office as printed: "望江县委组织部", "中共伊春区委组织部"; null when none. */
  office: string | null;
  /** Body text: wraps healed, emphasis marks removed, page furniture dropped. Excludes the title. */
  text: string;
  /** A full date the item prints for itself, where a dateline sits (本报讯 2021年3月5日，…), ISO; it dates the item before its bulletin does. */
  date?: string | null;
}

export interface ParsedDocument {
  /** Where the text came from (file path or caller-provided name). */
  source: string;
  /**
   * What the document is called: its publication ("安庆组工信息"), else a headline printed above its
   * items for the whole document, else the outlet a page names (XX日报), else its source name
   * (file or upload name without extension). Never one item's headline.
   */
  title: string | null;
  /** What the document is about, for reading places: the publication, else its first headline. */
  contextTitle?: string | null;
  /** The year the issue line prints (2020年第8期): dates the items when no date is printed. */
  issueYear?: number | null;
  /** Issue as printed, normalised without inner spaces: "第8期". */
  issue: string | null;
  /** ISO date "2020-06-28" when the masthead prints one. */
  date: string | null;
  /** Publishing office: "中共安庆市委组织部研究室". */
  publisher: string | null;
  /**
   * Where the text says it comes from, as printed in its furniture — the value of a 来源 line, a
   * dateline (XX网讯, 本报合肥5月6日讯), an outlet or app name (XX日报, XX县融媒体中心, XX党建网):
   * the only place some reports name their county or province. Empty when none is printed.
   */
  origins: string[];
  items: ParsedItem[];
}

export interface Parser {
  parse(text: string, source: string): ParsedDocument;
}

export interface Segmenter {
  /** Precise-mode tokens (for analysis). */
  cut(text: string): string[];
  /** Search-mode tokens (for indexing and queries): long words plus their sub-words. */
  cutForSearch(text: string): string[];
}

export interface RegionResolution {
  /** The item's locality: county (or city for city-level items); null when ambiguous or unknown. */
  region: RegionRef | null;
  /** When the name could not be settled (城关区 alone): every candidate; else empty. */
  candidates: RegionRef[];
  /** A township, street or community named as the subject, under `region`. */
  subRegion: RegionRef | null;
  /** The locality as written in the text, when found. */
  mention: string | null;
  /** Which reading found `region` (or the candidates); null when nothing did. */
  evidence: RegionEvidence | null;
}

/** Context a resolver may use beyond the item itself. */
export interface RegionContext {
  /** Publisher of the document (its city settles bare county names: 中共安庆市委组织部 → 安庆市). */
  publisher: string | null;
  /** Document title (may name a city or province). */
  documentTitle: string | null;
  /** Regions already resolved for the document's other items, in order. */
  siblingRegions: RegionRef[];
  /** The document's origins (来源 line, dateline, outlet name): see ParsedDocument.origins. */
  origins?: string[];
}

export interface RegionResolver {
  resolve(item: ParsedItem, context: RegionContext): RegionResolution;
  /**
   * Settles, across one document's items, what no item could settle alone: a roundup item naming
   * no place (its introduction, a report written without its county) lies in the unit that holds
   * every other item's place. Resolutions in item order; returns them, some replaced.
   */
  settleDocument?(items: ParsedItem[], resolutions: RegionResolution[]): RegionResolution[];
  /** Looks a name up in the gazetteer (also used for query understanding). */
  lookup(name: string): RegionRef[];
}

export interface ItemExtraction {
  region: RegionResolution;
  practices: PracticeMatch[];
  candidatePractices: CandidatePractice[];
  outcomes: Outcome[];
  /** Titles cited in 《》, brackets removed; bare 《意见》《方案》 excluded. */
  policies: string[];
  /** Year of the item (document date, or stated in the text), or null. */
  year: number | null;
}

/** An item with what was extracted from it; its search tokens are cut per passage at embed time. */
export type ExtractedItem = ParsedItem & ItemExtraction;

export interface ExtractedDocument extends Omit<ParsedDocument, 'items'> {
  /** sha256 of the normalised source text; identical text → identical hash. */
  hash: string;
  items: ExtractedItem[];
}

export interface Passage {
  /** 0-based index within the item. */
  index: number;
  text: string;
  /** sha256 of the passage text: the embedding cache key. */
  hash: string;
}

export interface Embedder {
  readonly model: string;
  readonly dimensions: number;
  /** Embeds texts as normalized vectors (CLS pooling for bge). */
  embed(texts: string[]): Promise<Float32Array[]>;
  close?(): Promise<void>;
}

/** Where vectors already computed can be found again, keyed by passage hash. */
export interface EmbeddingCache {
  getEmbeddings(hashes: string[]): Promise<Map<string, Float32Array>>;
}
