/**
 * What the API layer offers, independent of GraphQL: the services the resolvers call.
 * Built by `createAtlasServices(options)` in api/services/index.ts over one GraphStore.
 */
import type { Outcome, RegionRef } from '../../graph/model.ts';
import type { DocumentSummary, ItemView, PracticeView, CandidateView, CurateRequest, CurateResult, ReportCopy, StoreStats, Page } from '../../graph/store.ts';
import type { DiffusionLevel, DiffusionResult } from './diffusion-types.ts';

/** Filter as users give it: places by code or name, practice by name or alias. */
export interface SearchFilterInput {
  province?: string;
  city?: string;
  county?: string;
  practice?: string;
  category?: string;
  section?: string;
  yearFrom?: number;
  yearTo?: number;
}

export type SearchMode = 'hybrid' | 'bm25' | 'vector';

export interface SearchRequest {
  query: string;
  filter?: SearchFilterInput;
  first?: number;
  /** Opaque cursor from a previous page's pageInfo.endCursor. */
  after?: string;
  mode?: SearchMode;
}

export interface Highlight {
  passageIndex: number;
  /** Snippet with matched terms wrapped in <em>…</em>; the rest HTML-escaped. */
  snippet: string;
}

export interface SearchHit {
  score: number;
  item: ItemView;
  highlights: Highlight[];
}

export interface FacetBucket {
  value: string;
  count: number;
}

export interface SearchFacets {
  province: FacetBucket[];
  city: FacetBucket[];
  practice: FacetBucket[];
  year: FacetBucket[];
  section: FacetBucket[];
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

/** One thing to try instead: what to show, and the search it runs. */
export interface Suggestion {
  label: string;
  query: string;
}

/** What a search suggests: near spellings of places with any answer, the closest practices when it found nothing. */
export interface SearchSuggestions {
  /** Places spelt like one the query nearly names (望红县 → 望江县, 宿松 → 宿松县). */
  places: Suggestion[];
  /** Only when nothing was found: practices whose name or alias the query nearly writes, else by meaning, else the most reported. */
  practices: Suggestion[];
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  facets: SearchFacets;
  pageInfo: PageInfo;
  /** What query understanding did: places turned into filters, practices expanded. */
  understood: { regions: RegionRef[]; practices: string[] };
  suggestions: SearchSuggestions;
}

export interface Adoption {
  region: RegionRef | null;
  /** The place's newest reports of the practice, as many as were asked, oldest first. */
  items: ItemView[];
  /** The place's reports in all, listed or not. */
  itemCount: number;
  /** Outcomes of the listed items tied OF_PRACTICE to the asked practices, each claim once. */
  outcomes: Outcome[];
  /** Their other outcomes (another practice's or none): what the UI folds under 其他数据. */
  otherOutcomes: Outcome[];
  firstDate: string | null;
  lastDate: string | null;
}

export interface AdoptionsResult {
  /** Practices the free text resolved to (name, alias, or semantic nearness to descriptions). */
  practices: PracticeView[];
  /** The first places by number of items, each with its items and outcomes. */
  adoptions: Adoption[];
  /** Places in all, shown or not. */
  totalAdoptions: number;
  /** Items in all, shown or not. */
  totalItems: number;
  byProvince: FacetBucket[];
  /** Items per year (document date, else the item's year), sorted by year; undated items last as 未注明日期. */
  byYear: FacetBucket[];
}

export interface RegionProfile {
  region: RegionRef;
  practices: { practice: string; count: number }[];
  items: ItemView[];
  outcomes: Outcome[];
}

export interface ComparisonCell {
  region: RegionRef;
  /** The region's items describing the practice. */
  items: ItemView[];
  /** Only the outcomes tied to the row's practice, each claim once. */
  outcomes: Outcome[];
}

/** One measure several regions report for a practice: their values side by side. */
export interface ComparedMetric {
  /** The metric as named (覆盖率), else the words the clauses share (网格党支部). */
  label: string;
  /** The normalised unit all the values are in. */
  unit: string;
  /** One per region, in the columns' order; null where the region reports none. */
  values: (Outcome | null)[];
}

export interface ComparisonRow {
  practice: string;
  /** How many of the regions describe the practice: shared rows (2 or more) come first. */
  regionCount: number;
  /** One cell per asked region, in order: that region's items and outcomes for the practice. */
  cells: ComparisonCell[];
  /** Measures reported by two regions or more, for side-by-side reading. */
  metrics: ComparedMetric[];
}

export interface AtlasServices {
  search(request: SearchRequest): Promise<SearchResult>;
  adoptions(practice: string, filter?: SearchFilterInput, first?: number, itemsPerPlace?: number): Promise<AdoptionsResult>;
  /** How a practice spread over places and years (diffusion-service.ts); first reported ≠ begun. */
  diffusion(practice: string, level: DiffusionLevel, filter?: SearchFilterInput): Promise<DiffusionResult>;
  /** The events or the region × year panel as CSV, for one practice or a category (diffusion-export.ts). */
  diffusionTable(request: DiffusionTableRequest): Promise<CsvFile>;
  practice(name: string): Promise<(PracticeView & { related: { name: string; count: number }[] }) | null>;
  practices(options: { category?: string; query?: string; first?: number; offset?: number }): Promise<Page<PracticeView>>;
  candidatePractices(): Promise<CandidateView[]>;
  /** Reports per practice or candidate name, each reprinted report once (GraphQL Practice.reportCount). */
  practiceReportCounts(): Promise<ReadonlyMap<string, number>>;
  region(codeOrName: string): Promise<RegionProfile | null>;
  compareRegions(regions: string[], practice?: string): Promise<{ regions: RegionRef[]; rows: ComparisonRow[] }>;
  items(ids: string[]): Promise<ItemView[]>;
  /** Every copy of these reports (ItemView.reportId), earliest first: an item's reprints and first source. */
  reportCopies(reportIds: string[]): Promise<ReportCopy[]>;
  document(id: string): Promise<(DocumentSummary & { items: ItemView[] }) | null>;
  /** The document without its items: what an item's `document` field shows. */
  /** Documents without their items, found among `ids`, in the order asked. */
  documentSummaries(ids: string[]): Promise<DocumentSummary[]>;
  documents(filter: SearchFilterInput, first: number, offset: number): Promise<Page<DocumentSummary>>;
  stats(): Promise<StoreStats>;
  /**
   * Curation (behind the admin token): a person's decision about a candidate practice, and an alias
   * for a curated practice; see GraphStore.curateCandidate and addAlias. Optional so read-only
   * service sets need not offer them: the mutations then answer BAD_REQUEST ("not enabled").
   */
  curateCandidate?(request: CurateRequest): Promise<CurateResult>;
  addAlias?(practice: string, alias: string): Promise<PracticeView>;
  /**
   * Work the first questions would otherwise pay for: the practice descriptions' vectors (some
   * 330 short texts, about 1 s of the model), which the first search finding nothing needs for its
   * suggestions. `atlas serve` runs it in the background once it listens.
   */
  prepare?(): Promise<void>;
  /** Readiness: store reachable and model loaded. */
  ready(): Promise<{ store: boolean; model: boolean }>;
}

/** The diffusion data researchers download (diffusion-export.ts). */
export type DiffusionTable = 'events' | 'panel';

export interface DiffusionTableRequest {
  practice?: string;
  category?: string;
  level: DiffusionLevel;
  table: DiffusionTable;
  filter?: SearchFilterInput;
}

export interface CsvFile {
  filename: string;
  /** UTF-8 text with a BOM, CRLF line ends, a header row. */
  csv: string;
  /** Data rows, header not counted. */
  rows: number;
}
