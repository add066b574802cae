/**
 * Every GraphQL operation the UI sends, kept in one place so field lists stay the same across
 * pages. Each `graphql(`…`)` is read by the codegen (`npm run codegen`), which checks it against
 * api/schema.graphql and writes its result and variable types into ./generated/; `gql()` in api.ts
 * infers both from the document. The types the pages use are the answers' own shapes, named below.
 */
import { graphql } from './generated/index.ts';
import type {
  AdoptionsQuery, CandidatesQuery, DiffusionCurveQuery, DiffusionQuery, CompareQuery, DocumentFieldsFragment, ItemFieldsFragment, ListedItemFieldsFragment, OutcomeFieldsFragment,
  RegionFieldsFragment, RegionQuery, SearchQuery,
} from './generated/graphql.ts';

export type { DiffusionLevel, DiffusionTable, OutcomeKind, RegionEvidence, RegionLevel, SearchFilter, WriteStatus } from './generated/graphql.ts';

graphql(`
  fragment RegionFields on Region { code name level path }
`);

graphql(`
  fragment OutcomeFields on Outcome { text value unit kind metric practice }
`);

graphql(`
  fragment DocumentFields on Document { id title issue date }
`);

/** An item as lists show it: everything but its full text (a practice page lists hundreds). */
graphql(`
  fragment ListedItemFields on Item {
    id title section date year office regionMention
    region { ...RegionFields } regionEvidence
    document { ...DocumentFields }
    practices { name category }
    outcomes { ...OutcomeFields }
  }
`);

/** An item with its text and its reprints (search results, the item page, the basket). */
graphql(`
  fragment ItemFields on Item { ...ListedItemFields text reprints { itemId date document { ...DocumentFields } } }
`);

export const SEARCH = graphql(`
  query Search($query: String!, $filter: SearchFilter, $first: Int, $after: String) {
    search(query: $query, filter: $filter, first: $first, after: $after) {
      total
      pageInfo { hasNextPage endCursor }
      facets { province { value count } city { value count } practice { value count } year { value count } section { value count } }
      hits { score highlights { passageIndex snippet } item { ...ItemFields } }
      suggestions { places { label query } practices { label query } }
    }
  }
`);

export const HOME = graphql(`
  query Home {
    stats { documents items regions practices outcomes }
    practices(first: 40) { nodes { name category reportCount } }
    documents(first: 10) { nodes { id title issue date itemCount source } }
  }
`);

export const ADOPTIONS = graphql(`
  query Adoptions($practice: String!) {
    adoptions(practice: $practice) {
      practices { name category status description aliases itemCount related { name count } }
      totalAdoptions totalItems
      byProvince { value count }
      byYear { value count }
      adoptions { firstDate lastDate itemCount region { ...RegionFields } outcomes { ...OutcomeFields } otherOutcomes { ...OutcomeFields } items { ...ListedItemFields } }
    }
  }
`);

/** How a practice spread: first reports by place, the curves, provinces (the practice page's 扩散 section). */
export const DIFFUSION = graphql(`
  query Diffusion($practice: String!, $level: DiffusionLevel) {
    diffusion(practice: $practice, level: $level) {
      practices level reports undatedReports unplacedReports coarserReports
      byYear { period newAdopters cumulative }
      events { ...AdoptionEventFields }
      undatedEvents { ...AdoptionEventFields }
      firstAdopters { ...AdoptionEventFields }
      byProvince { province { code name } adopters reports firstDate firstYear }
    }
  }
  fragment AdoptionEventFields on AdoptionEvent {
    region { ...RegionFields } firstDate firstYear reports undatedReports
    neighbours { scope adoptedBefore neighbours share }
    firstReportId firstReportTitle firstBulletin { ...DocumentFields }
  }
`);

/** Only the yearly curve: what comparing practices needs. */
export const DIFFUSION_CURVE = graphql(`
  query DiffusionCurve($practice: String!, $level: DiffusionLevel) {
    diffusion(practice: $practice, level: $level) { practices undatedReports byYear { period newAdopters cumulative } }
  }
`);

/** The researchers' CSV: adoption events or the region × year panel, for a practice or a whole category. */
export const DIFFUSION_TABLE = graphql(`
  query DiffusionTable($practice: String, $category: String, $level: DiffusionLevel, $table: DiffusionTable!) {
    diffusionTable(practice: $practice, category: $category, level: $level, table: $table) { filename csv rows }
  }
`);

export const REGION = graphql(`
  query Region($codeOrName: String!) {
    region(codeOrName: $codeOrName) {
      ...RegionFields
      parent { code name }
      practices { practice count }
      items { ...ItemFields }
    }
  }
`);

export const COMPARE = graphql(`
  query Compare($regions: [String!]!, $practice: String) {
    compareRegions(regions: $regions, practice: $practice) {
      regions { ...RegionFields }
      rows {
        practice regionCount
        cells { region { ...RegionFields } outcomes { ...OutcomeFields } items { id title date document { ...DocumentFields } } }
        metrics { label unit values { ...OutcomeFields } }
      }
    }
  }
`);

/** One bulletin: a file's bytes (base64, read on the server as `atlas ingest` reads files) or pasted text. */
export const INGEST = graphql(`
  mutation Ingest($name: String!, $text: String, $file: String) {
    ingestDocument(name: $name, text: $text, file: $file) {
      status
      document { id title issue date itemCount items { ordinal title region { name path } office outcomes { text kind } practices { name } } }
      extraction { items outcomes practices candidatePractices regions { code name path } }
    }
  }
`);

/** An item's own page: everything about it, with its bulletin for the citation. */
export const ITEM = graphql(`
  query ItemPage($id: ID!) {
    item(id: $id) {
      ...ItemFields
      ordinal
      firstSource { itemId date document { ...DocumentFields } }
      subRegion { ...RegionFields }
      regionCandidates { ...RegionFields }
      candidatePractices { name }
      policies
      document { id title issue date publisher source }
    }
  }
`);

/** A bulletin's page: its masthead and items in printed order. */
export const DOCUMENT = graphql(`
  query DocumentPage($id: ID!) {
    document(id: $id) {
      id title issue date publisher source itemCount
      items { id ordinal title section date office regionMention region { ...RegionFields } practices { name } }
    }
  }
`);

export const ADMIN_CHECK = graphql(`
  query AdminCheck { isAdmin }
`);

export const DOCUMENT_LIST = graphql(`
  query DocumentList($first: Int!, $after: String) {
    documents(first: $first, after: $after) {
      total
      pageInfo { hasNextPage endCursor }
      nodes { id title issue date publisher source itemCount }
    }
  }
`);

export const DELETE_DOCUMENT = graphql(`
  mutation DeleteDocument($id: ID!) { deleteDocument(id: $id) }
`);

export const CANDIDATES = graphql(`
  query Candidates($query: String) {
    candidatePractices(first: 100, query: $query) { name count items { id title region { name } } }
    practices(first: 100) { nodes { name category } }
  }
`);

/** PROMOTE (needs category), MERGE (into an existing practice, becoming its alias) or REJECT. */
export const CURATE = graphql(`
  mutation Curate($candidate: String!, $action: CurateAction!, $category: String, $into: String) {
    curatePractice(candidate: $candidate, action: $action, category: $category, into: $into) { name category status }
  }
`);

export type SearchResult = SearchQuery['search'];
export type FacetBucket = SearchResult['facets'][keyof SearchResult['facets']][number];
export type SearchSuggestionsFields = SearchResult['suggestions'];
/** An item as the search, practice and region pages show it (fragment ItemFields). */
export type Item = ItemFieldsFragment;
/** An item without its text (practice page lists): the text is fetched when it is needed. */
export type ListedItem = ListedItemFieldsFragment;
export type Outcome = OutcomeFieldsFragment;
export type RegionRef = RegionFieldsFragment;
export type DocumentRef = DocumentFieldsFragment;
export type AdoptionsResult = AdoptionsQuery['adoptions'];
export type Adoption = AdoptionsResult['adoptions'][number];
export type Diffusion = DiffusionQuery['diffusion'];
export type AdoptionEvent = Diffusion['events'][number];
export type DiffusionCurve = DiffusionCurveQuery['diffusion'];
/** A region's page: the region, its parent, practices and items. */
export type RegionProfile = NonNullable<RegionQuery['region']>;
export type Comparison = CompareQuery['compareRegions'];
export type Candidate = CandidatesQuery['candidatePractices'][number];
export type { DocumentListQuery, DocumentPageQuery, IngestMutation, ItemPageQuery } from './generated/graphql.ts';
