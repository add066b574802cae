/**
 * The GraphStore port: everything the rest of the project may ask of a graph store.
 * Adapters live in graph/sqlite/ (embedded default) and graph/neo4j/; graph/open.ts picks one.
 * Every adapter must pass the one contract suite in tests/contract/.
 */
import type { DocumentRecord, ItemRecord, PracticeDefinition, RegionRef } from './model.ts';

/** Narrows items by place, practice, section and year. All fields optional and combined with AND. */
export interface ItemFilter {
  /** Region codes; an item matches when its region (or sub-region) lies in the subtree of any of them. */
  regionCodes?: string[];
  /** Canonical practice names; the item must describe at least one. */
  practices?: string[];
  /** Practice category; the item must describe a practice of it. */
  category?: string;
  section?: string;
  yearFrom?: number;
  yearTo?: number;
}

export interface PassageHit {
  itemId: string;
  passageIndex: number;
  /** Higher is better; BM25 (sign-corrected) for fullText, cosine similarity for nearest. */
  score: number;
}

export type WriteStatus = 'created' | 'replaced' | 'unchanged';

export interface WriteResult {
  documentId: string;
  status: WriteStatus;
}

/** A document as listed: its record without the items, and how many it holds. */
export interface DocumentSummary extends Omit<DocumentRecord, 'items'> {
  itemCount: number;
}

/** An item as read back: everything written, with its document's id, except passage vectors and tokens. */
export interface ItemView extends Omit<ItemRecord, 'passages'> {
  documentId: string;
  /**
   * The report this item is a copy of: its earliest copy's item id (by date, undated last, then id);
   * the item's own id when no other stored item reprints it (graph/reprints/ says what a reprint is).
   */
  reportId: string;
  passages: { index: number; text: string }[];
  /** Set when the item was read without its text and passages (a lean or `withoutText` read): the API reads them if a client asks. */
  textOmitted?: true;
}

export type CurateAction = 'PROMOTE' | 'MERGE' | 'REJECT';

/** A person's decision about one candidate practice. */
export interface CurateRequest {
  /** The candidate's name as candidatePractices() lists it. */
  candidate: string;
  action: CurateAction;
  /** MERGE: the curated practice the candidate joins (its name becomes an alias). */
  into?: string;
  /** PROMOTE: the category of the new curated practice. */
  category?: string;
  /** PROMOTE: the new practice's description (empty when absent). */
  description?: string;
}

export interface CurateResult {
  candidate: string;
  action: CurateAction;
  /** The curated practice the candidate became (PROMOTE) or joined (MERGE); null on REJECT. */
  practice: string | null;
  /** Items that gained a DESCRIBES edge to that practice (0 on REJECT). */
  itemsLinked: number;
}

export interface PracticeView {
  name: string;
  category: string;
  status: 'curated' | 'candidate';
  aliases: string[];
  description: string;
  /** Items describing the practice. */
  itemCount: number;
}

export interface CandidateView {
  name: string;
  /** Number of items that name it. */
  count: number;
  itemIds: string[];
}

/**
 * What ranking and facets read of each of a search's hits (ItemView's fields of the same names):
 * an ItemView is one too. Practices carry their names only.
 */
export interface ItemFacts {
  id: string;
  reportId: string;
  year: number | null;
  section: string | null;
  region: RegionRef | null;
  subRegion: RegionRef | null;
  practices: readonly { readonly name: string }[];
}

/** One item that describes one of the asked practices, with its place. */
export interface ItemReadOptions {
  /** Leave the text, passages and outcomes out (empty string and lists). */
  lean?: boolean;
  /** Leave only the text and passages out, outcomes kept: what a list of reports shows (a practice page). */
  withoutText?: boolean;
}

export interface AdoptionRow {
  practice: string;
  itemId: string;
  /** The item's report (ItemView.reportId): rows sharing it are copies of one report, to count once. */
  reportId: string;
  region: RegionRef | null;
  date: string | null;
}

/** One stored copy of a report (an item and where it was printed). */
export interface ReportCopy {
  itemId: string;
  reportId: string;
  documentId: string;
  date: string | null;
}

export interface StoreStats {
  documents: number;
  items: number;
  regions: number;
  practices: number;
  candidatePractices: number;
  outcomes: number;
  passages: number;
}

export interface IntegrityReport {
  ok: boolean;
  problems: string[];
}

export interface Page<T> {
  nodes: T[];
  total: number;
}

/** What GraphStore.openLoader gives: add batches, then finish (which waits for every write). */
export interface DocumentLoader {
  /** Queues a batch; resolves once there is room for another (the first failure rejects here or in finish). */
  add(docs: DocumentRecord[]): Promise<void>;
  /** Waits for every queued batch; rejects with the first failure. */
  finish(): Promise<void>;
}

export interface GraphStore {
  /** Human-readable location (file path or URI without credentials). */
  readonly location: string;

  /** Creates the schema if missing. Safe to call repeatedly. */
  init(): Promise<void>;
  close(): Promise<void>;

  /**
   * Makes the curated taxonomy (practices, categories, aliases) present in the store. Idempotent.
   * Category and description follow the file; aliases are the union of the stored ones and the
   * file's (aliases people added stay); practices are never removed (promoted ones stay).
   */
  upsertTaxonomy(practices: PracticeDefinition[]): Promise<void>;

  /**
   * Writes one document with its items, passages, regions (with their PART_OF chain), practices,
   * outcomes, policies and offices in one transaction. Same id and hash → 'unchanged' and nothing is
   * touched; same id, other hash → the old version is replaced; a failure leaves nothing half-written.
   */
  writeDocument(doc: DocumentRecord): Promise<WriteResult>;
  /**
   * Writes many documents in one transaction, each with writeDocument's semantics (same id and
   * hash → 'unchanged' and untouched; same id, other hash → replaced; new → created). Results come
   * in input order. All or nothing: a failure leaves the store as it was before the batch. A batch
   * naming one document id twice is refused with BAD_REQUEST before anything is written. The
   * graph afterwards is the one writing the documents one by one in order would give.
   * Reprints are settled here: a new item with the same place as a stored one and near-identical
   * text joins its report (the earliest copy leads it); replacing or deleting a document regroups
   * the copies left, so the next copy leads a report whose first copy went.
   */
  writeDocuments(docs: DocumentRecord[]): Promise<WriteResult[]>;
  /**
   * Optional, for loading many documents the store does not hold yet (atlas migrate into Neo4j):
   * batches are written in several transactions at once while the next is prepared. Each batch is
   * all or nothing; reprints are settled batch by batch in the order added, so the graph ends as
   * writeDocuments in that order would leave it. A document the store already holds fails its batch.
   * Stores without it take writeDocuments.
   */
  openLoader?(): DocumentLoader;
  /** Removes a document and everything only it held. Returns false when there was no such document. */
  deleteDocument(id: string): Promise<boolean>;

  getDocument(id: string): Promise<DocumentSummary | null>;
  /** The documents found among `ids`, in the order asked, each once (unknown ids are left out). */
  getDocuments(ids: string[]): Promise<DocumentSummary[]>;
  /** Documents ordered by date (newest first), then source. */
  listDocuments(options: { first: number; offset: number }): Promise<Page<DocumentSummary>>;
  /**
   * Items by id, in the order asked; unknown ids are left out. `lean: true` leaves `text`,
   * `passages` and `outcomes` empty: what ranking and facets over hundreds of hits need, at a
   * fraction of the cost (the texts were two thirds of a 200-item read).
   */
  getItems(ids: string[], options?: ItemReadOptions): Promise<ItemView[]>;
  /**
   * The facts of items by id (in the order asked; unknown ids are left out): what a search ranks
   * and counts facets by for every hit, equal to the same fields of their lean items. The
   * embedded store keeps them in memory (filled by `warm`, kept until a write), so the ~200 hits
   * of a search cost no item reads.
   */
  itemFacts(ids: string[]): Promise<ItemFacts[]>;
  /** Ids of the items matching a filter, ordered by document date then ordinal; the first `limit` only when given. */
  findItemIds(filter: ItemFilter, limit?: number): Promise<string[]>;

  /** BM25 over passage tokens; `tokens` are search-mode jieba tokens of the query. */
  fullText(tokens: string[], filter: ItemFilter, k: number): Promise<PassageHit[]>;
  /**
   * The tokens some passage matches, unfiltered (what fullText of the token alone would find anything
   * for): whether the corpus uses a word at all, without scoring every passage that holds it.
   */
  termsUsed(tokens: string[]): Promise<Set<string>>;
  /** Nearest passages by cosine similarity to a normalized query vector. */
  nearest(vector: Float32Array, filter: ItemFilter, k: number): Promise<PassageHit[]>;
  /** Vectors already stored for these passage hashes (the embedding cache). */
  getEmbeddings(hashes: string[]): Promise<Map<string, Float32Array>>;
  /**
   * The search tokens stored with these items' passages: item id → passage index → tokens.
   * Optional: a store that keeps them spares a migration segmenting every passage again.
   */
  getPassageTokens?(itemIds: string[]): Promise<Map<string, Map<number, string[]>>>;

  /**
   * Every copy of the asked reports (report ids as ItemView.reportId gives them), earliest first
   * within each report — the first is the report's own item; unknown ids give nothing.
   */
  reportCopies(reportIds: string[]): Promise<ReportCopy[]>;

  /** Every item describing any of the named practices, with its region and report. */
  adoptions(practices: string[], filter: ItemFilter): Promise<AdoptionRow[]>;
  practices(options: { category?: string; status?: 'curated' | 'candidate' }): Promise<PracticeView[]>;
  /**
   * Other curated practices the items of the curated practice `name` describe, with how many of
   * those items each; most first, then name. Nothing for an unknown name.
   */
  relatedPractices(name: string): Promise<{ name: string; count: number }[]>;
  /**
   * Reports per practice and candidate, by name: the copies of one report (reprints,
   * decisions/0007) count once. For counts people read; it may lag another process's writes by
   * up to half a minute.
   */
  practiceReportCounts(): Promise<ReadonlyMap<string, number>>;
  /** Quoted mechanisms not in the taxonomy, most frequent first. */
  candidatePractices(): Promise<CandidateView[]>;
  /**
   * Decides about a candidate practice; a candidate already promoted or merged is no longer one.
   * PROMOTE makes it a curated practice of `category` (BAD_REQUEST without one); MERGE adds its name
   * to the aliases of the curated practice `into` (NOT_FOUND when missing; BAD_REQUEST when the name
   * is another practice's alias). Both give its items DESCRIBES edges, `matched` being the text the
   * candidate matched. REJECT hides it from candidatePractices() for good, even when a later document
   * names it again; a rejected candidate may still be promoted or merged. Unknown candidate → NOT_FOUND.
   * Decisions are kept by the store and survive upsertTaxonomy; only documents written at curation
   * time are linked (later ingests link through the taxonomy file only).
   */
  curateCandidate(request: CurateRequest): Promise<CurateResult>;
  /**
   * Adds an alias to a curated practice and returns it; adding an alias it has is a no-op. Items
   * naming a live candidate of that name are linked to the practice, as by MERGE.
   * NOT_FOUND when the practice is missing; BAD_REQUEST for an empty alias or one that is another
   * practice's name or alias.
   */
  addAlias(practice: string, alias: string): Promise<PracticeView>;
  /** Regions by code. */
  getRegions(codes: string[]): Promise<RegionRef[]>;

  stats(): Promise<StoreStats>;
  /**
   * Loads what the first questions would otherwise load (packed vectors, indexes, caches), so the
   * first user does not wait for it; `atlas serve` calls it at start. Changes no answer.
   */
  warm(): Promise<void>;
  /** Checks referential integrity (every item has its document, every edge both ends…). */
  check(): Promise<IntegrityReport>;
}
