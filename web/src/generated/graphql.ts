/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CurateAction =
  | 'MERGE'
  | 'PROMOTE'
  | 'REJECT';

/** The level places are counted at in a diffusion answer. */
export type DiffusionLevel =
  | 'CITY'
  | 'COUNTY'
  | 'PROVINCE';

export type DiffusionTable =
  /** One row per adopting place: first report, its bulletin, reports, neighbour share. */
  | 'EVENTS'
  /** Region × year: adopted 0/1, first year, reports that year; never-adopting places of the same provinces included. */
  | 'PANEL';

export type NeighbourScope =
  | 'CITY'
  | 'PROVINCE';

export type OutcomeKind =
  | 'INPUT'
  | 'OUTCOME'
  | 'TARGET';

export type PracticeStatus =
  | 'CANDIDATE'
  | 'CURATED';

/**
 * 地区依据：条目所属地区是从哪里读出来的。
 * How an item's region was found, in the order a careful reader looks.
 */
export type RegionEvidence =
  /** 正文：正文开头点出了地区。 The opening of the item's body names it. */
  | 'BODY'
  /** 标题：条目标题点出了地区（望江县推行……）。 The item's headline names the place. */
  | 'HEADLINE'
  /** 机构署名：供稿单位的署名（望江县委组织部）。 The contributing office's byline names it. */
  | 'OFFICE'
  /** 编发单位：简报的编发单位所在地（中共安庆市委组织部）。 The bulletin's publisher. */
  | 'PUBLISHER'
  /** 同期其他条目：同一期前后条目的地区。 The items around it in the same bulletin. */
  | 'SIBLING'
  /** 来源行：来源或媒体署名（来源：XX日报、XX县融媒体中心）。 The source line or outlet (来源：…, a county media centre). */
  | 'SOURCE'
  /** 乡镇所属县：只写了乡镇或村，取其所属县。 Only a town or village is named; the region is its county. */
  | 'TOWN';

export type RegionLevel =
  | 'CITY'
  | 'COMMUNITY'
  | 'COUNTY'
  | 'PROVINCE'
  | 'TOWNSHIP';

/** Places by code or name; practice by name or alias. All fields combine with AND. */
export type SearchFilter = {
  category?: string | null | undefined;
  city?: string | null | undefined;
  county?: string | null | undefined;
  practice?: string | null | undefined;
  province?: string | null | undefined;
  section?: string | null | undefined;
  yearFrom?: number | null | undefined;
  yearTo?: number | null | undefined;
};

export type WriteStatus =
  | 'CREATED'
  | 'REPLACED'
  | 'UNCHANGED';

export type RegionFieldsFragment = { code: string, name: string, level: RegionLevel, path: Array<string> };

export type OutcomeFieldsFragment = { text: string, value: number, unit: string, kind: OutcomeKind, metric: string | null, practice: string | null };

export type DocumentFieldsFragment = { id: string, title: string | null, issue: string | null, date: string | null };

export type ListedItemFieldsFragment = { id: string, title: string, section: string | null, date: string | null, year: number | null, office: string | null, regionMention: string | null, regionEvidence: RegionEvidence | null, region: { code: string, name: string, level: RegionLevel, path: Array<string> } | null, document: { id: string, title: string | null, issue: string | null, date: string | null }, practices: Array<{ name: string, category: string }>, outcomes: Array<{ text: string, value: number, unit: string, kind: OutcomeKind, metric: string | null, practice: string | null }> };

export type ItemFieldsFragment = { text: string, id: string, title: string, section: string | null, date: string | null, year: number | null, office: string | null, regionMention: string | null, regionEvidence: RegionEvidence | null, reprints: Array<{ itemId: string, date: string | null, document: { id: string, title: string | null, issue: string | null, date: string | null } }>, region: { code: string, name: string, level: RegionLevel, path: Array<string> } | null, document: { id: string, title: string | null, issue: string | null, date: string | null }, practices: Array<{ name: string, category: string }>, outcomes: Array<{ text: string, value: number, unit: string, kind: OutcomeKind, metric: string | null, practice: string | null }> };

export type SearchQueryVariables = Exact<{
  query: string;
  filter?: SearchFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchQuery = { search: { total: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, facets: { province: Array<{ value: string, count: number }>, city: Array<{ value: string, count: number }>, practice: Array<{ value: string, count: number }>, year: Array<{ value: string, count: number }>, section: Array<{ value: string, count: number }> }, hits: Array<{ score: number, highlights: Array<{ passageIndex: number, snippet: string }>, item: { text: string, id: string, title: string, section: string | null, date: string | null, year: number | null, office: string | null, regionMention: string | null, regionEvidence: RegionEvidence | null, reprints: Array<{ itemId: string, date: string | null, document: { id: string, title: string | null, issue: string | null, date: string | null } }>, region: { code: string, name: string, level: RegionLevel, path: Array<string> } | null, document: { id: string, title: string | null, issue: string | null, date: string | null }, practices: Array<{ name: string, category: string }>, outcomes: Array<{ text: string, value: number, unit: string, kind: OutcomeKind, metric: string | null, practice: string | null }> } }>, suggestions: { places: Array<{ label: string, query: string }>, practices: Array<{ label: string, query: string }> } } };

export type HomeQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeQuery = { stats: { documents: number, items: number, regions: number, practices: number, outcomes: number }, practices: { nodes: Array<{ name: string, category: string, reportCount: number }> }, documents: { nodes: Array<{ id: string, title: string | null, issue: string | null, date: string | null, itemCount: number, source: string }> } };

export type AdoptionsQueryVariables = Exact<{
  practice: string;
}>;


export type AdoptionsQuery = { adoptions: { totalAdoptions: number, totalItems: number, practices: Array<{ name: string, category: string, status: PracticeStatus, description: string, aliases: Array<string>, itemCount: number, related: Array<{ name: string, count: number }> }>, byProvince: Array<{ value: string, count: number }>, byYear: Array<{ value: string, count: number }>, adoptions: Array<{ firstDate: string | null, lastDate: string | null, itemCount: number, region: { code: string, name: string, level: RegionLevel, path: Array<string> } | null, outcomes: Array<{ text: string, value: number, unit: string, kind: OutcomeKind, metric: string | null, practice: string | null }>, otherOutcomes: Array<{ text: string, value: number, unit: string, kind: OutcomeKind, metric: string | null, practice: string | null }>, items: Array<{ id: string, title: string, section: string | null, date: string | null, year: number | null, office: string | null, regionMention: string | null, regionEvidence: RegionEvidence | null, region: { code: string, name: string, level: RegionLevel, path: Array<string> } | null, document: { id: string, title: string | null, issue: string | null, date: string | null }, practices: Array<{ name: string, category: string }>, outcomes: Array<{ text: string, value: number, unit: string, kind: OutcomeKind, metric: string | null, practice: string | null }> }> }> } };

export type DiffusionQueryVariables = Exact<{
  practice: string;
  level?: DiffusionLevel | null | undefined;
}>;


export type DiffusionQuery = { diffusion: { practices: Array<string>, level: DiffusionLevel, reports: number, undatedReports: number, unplacedReports: number, coarserReports: number, byYear: Array<{ period: string, newAdopters: number, cumulative: number }>, events: Array<{ firstDate: string | null, firstYear: number | null, reports: number, undatedReports: number, firstReportId: string, firstReportTitle: string, region: { code: string, name: string, level: RegionLevel, path: Array<string> }, neighbours: { scope: NeighbourScope, adoptedBefore: number, neighbours: number | null, share: number | null } | null, firstBulletin: { id: string, title: string | null, issue: string | null, date: string | null } }>, undatedEvents: Array<{ firstDate: string | null, firstYear: number | null, reports: number, undatedReports: number, firstReportId: string, firstReportTitle: string, region: { code: string, name: string, level: RegionLevel, path: Array<string> }, neighbours: { scope: NeighbourScope, adoptedBefore: number, neighbours: number | null, share: number | null } | null, firstBulletin: { id: string, title: string | null, issue: string | null, date: string | null } }>, firstAdopters: Array<{ firstDate: string | null, firstYear: number | null, reports: number, undatedReports: number, firstReportId: string, firstReportTitle: string, region: { code: string, name: string, level: RegionLevel, path: Array<string> }, neighbours: { scope: NeighbourScope, adoptedBefore: number, neighbours: number | null, share: number | null } | null, firstBulletin: { id: string, title: string | null, issue: string | null, date: string | null } }>, byProvince: Array<{ adopters: number, reports: number, firstDate: string | null, firstYear: number | null, province: { code: string, name: string } }> } };

export type AdoptionEventFieldsFragment = { firstDate: string | null, firstYear: number | null, reports: number, undatedReports: number, firstReportId: string, firstReportTitle: string, region: { code: string, name: string, level: RegionLevel, path: Array<string> }, neighbours: { scope: NeighbourScope, adoptedBefore: number, neighbours: number | null, share: number | null } | null, firstBulletin: { id: string, title: string | null, issue: string | null, date: string | null } };

export type DiffusionCurveQueryVariables = Exact<{
  practice: string;
  level?: DiffusionLevel | null | undefined;
}>;


export type DiffusionCurveQuery = { diffusion: { practices: Array<string>, undatedReports: number, byYear: Array<{ period: string, newAdopters: number, cumulative: number }> } };

export type DiffusionTableQueryVariables = Exact<{
  practice?: string | null | undefined;
  category?: string | null | undefined;
  level?: DiffusionLevel | null | undefined;
  table: DiffusionTable;
}>;


export type DiffusionTableQuery = { diffusionTable: { filename: string, csv: string, rows: number } };

export type RegionQueryVariables = Exact<{
  codeOrName: string;
}>;


export type RegionQuery = { region: { code: string, name: string, level: RegionLevel, path: Array<string>, parent: { code: string, name: string } | null, practices: Array<{ practice: string, count: number }>, items: Array<{ text: string, id: string, title: string, section: string | null, date: string | null, year: number | null, office: string | null, regionMention: string | null, regionEvidence: RegionEvidence | null, reprints: Array<{ itemId: string, date: string | null, document: { id: string, title: string | null, issue: string | null, date: string | null } }>, region: { code: string, name: string, level: RegionLevel, path: Array<string> } | null, document: { id: string, title: string | null, issue: string | null, date: string | null }, practices: Array<{ name: string, category: string }>, outcomes: Array<{ text: string, value: number, unit: string, kind: OutcomeKind, metric: string | null, practice: string | null }> }> } | null };

export type CompareQueryVariables = Exact<{
  regions: Array<string> | string;
  practice?: string | null | undefined;
}>;


export type CompareQuery = { compareRegions: { regions: Array<{ code: string, name: string, level: RegionLevel, path: Array<string> }>, rows: Array<{ practice: string, regionCount: number, cells: Array<{ region: { code: string, name: string, level: RegionLevel, path: Array<string> }, outcomes: Array<{ text: string, value: number, unit: string, kind: OutcomeKind, metric: string | null, practice: string | null }>, items: Array<{ id: string, title: string, date: string | null, document: { id: string, title: string | null, issue: string | null, date: string | null } }> }>, metrics: Array<{ label: string, unit: string, values: Array<{ text: string, value: number, unit: string, kind: OutcomeKind, metric: string | null, practice: string | null } | null> }> }> } };

export type IngestMutationVariables = Exact<{
  name: string;
  text?: string | null | undefined;
  file?: string | null | undefined;
}>;


export type IngestMutation = { ingestDocument: { status: WriteStatus, document: { id: string, title: string | null, issue: string | null, date: string | null, itemCount: number, items: Array<{ ordinal: number, title: string, office: string | null, region: { name: string, path: Array<string> } | null, outcomes: Array<{ text: string, kind: OutcomeKind }>, practices: Array<{ name: string }> }> }, extraction: { items: number, outcomes: number, practices: Array<string>, candidatePractices: Array<string>, regions: Array<{ code: string, name: string, path: Array<string> }> } } };

export type ItemPageQueryVariables = Exact<{
  id: string;
}>;


export type ItemPageQuery = { item: { ordinal: number, policies: Array<string>, text: string, id: string, title: string, section: string | null, date: string | null, year: number | null, office: string | null, regionMention: string | null, regionEvidence: RegionEvidence | null, firstSource: { itemId: string, date: string | null, document: { id: string, title: string | null, issue: string | null, date: string | null } }, subRegion: { code: string, name: string, level: RegionLevel, path: Array<string> } | null, regionCandidates: Array<{ code: string, name: string, level: RegionLevel, path: Array<string> }>, candidatePractices: Array<{ name: string }>, document: { id: string, title: string | null, issue: string | null, date: string | null, publisher: string | null, source: string }, reprints: Array<{ itemId: string, date: string | null, document: { id: string, title: string | null, issue: string | null, date: string | null } }>, region: { code: string, name: string, level: RegionLevel, path: Array<string> } | null, practices: Array<{ name: string, category: string }>, outcomes: Array<{ text: string, value: number, unit: string, kind: OutcomeKind, metric: string | null, practice: string | null }> } | null };

export type DocumentPageQueryVariables = Exact<{
  id: string;
}>;


export type DocumentPageQuery = { document: { id: string, title: string | null, issue: string | null, date: string | null, publisher: string | null, source: string, itemCount: number, items: Array<{ id: string, ordinal: number, title: string, section: string | null, date: string | null, office: string | null, regionMention: string | null, region: { code: string, name: string, level: RegionLevel, path: Array<string> } | null, practices: Array<{ name: string }> }> } | null };

export type AdminCheckQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminCheckQuery = { isAdmin: boolean };

export type DocumentListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type DocumentListQuery = { documents: { total: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string | null, issue: string | null, date: string | null, publisher: string | null, source: string, itemCount: number }> } };

export type DeleteDocumentMutationVariables = Exact<{
  id: string;
}>;


export type DeleteDocumentMutation = { deleteDocument: boolean };

export type CandidatesQueryVariables = Exact<{
  query?: string | null | undefined;
}>;


export type CandidatesQuery = { candidatePractices: Array<{ name: string, count: number, items: Array<{ id: string, title: string, region: { name: string } | null }> }>, practices: { nodes: Array<{ name: string, category: string }> } };

export type CurateMutationVariables = Exact<{
  candidate: string;
  action: CurateAction;
  category?: string | null | undefined;
  into?: string | null | undefined;
}>;


export type CurateMutation = { curatePractice: { name: string, category: string, status: PracticeStatus } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const RegionFieldsFragmentDoc = new TypedDocumentString(`
    fragment RegionFields on Region {
  code
  name
  level
  path
}
    `, {"fragmentName":"RegionFields"}) as unknown as TypedDocumentString<RegionFieldsFragment, unknown>;
export const DocumentFieldsFragmentDoc = new TypedDocumentString(`
    fragment DocumentFields on Document {
  id
  title
  issue
  date
}
    `, {"fragmentName":"DocumentFields"}) as unknown as TypedDocumentString<DocumentFieldsFragment, unknown>;
export const OutcomeFieldsFragmentDoc = new TypedDocumentString(`
    fragment OutcomeFields on Outcome {
  text
  value
  unit
  kind
  metric
  practice
}
    `, {"fragmentName":"OutcomeFields"}) as unknown as TypedDocumentString<OutcomeFieldsFragment, unknown>;
export const ListedItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment ListedItemFields on Item {
  id
  title
  section
  date
  year
  office
  regionMention
  region {
    ...RegionFields
  }
  regionEvidence
  document {
    ...DocumentFields
  }
  practices {
    name
    category
  }
  outcomes {
    ...OutcomeFields
  }
}
    fragment RegionFields on Region {
  code
  name
  level
  path
}
fragment OutcomeFields on Outcome {
  text
  value
  unit
  kind
  metric
  practice
}
fragment DocumentFields on Document {
  id
  title
  issue
  date
}`, {"fragmentName":"ListedItemFields"}) as unknown as TypedDocumentString<ListedItemFieldsFragment, unknown>;
export const ItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment ItemFields on Item {
  ...ListedItemFields
  text
  reprints {
    itemId
    date
    document {
      ...DocumentFields
    }
  }
}
    fragment RegionFields on Region {
  code
  name
  level
  path
}
fragment OutcomeFields on Outcome {
  text
  value
  unit
  kind
  metric
  practice
}
fragment DocumentFields on Document {
  id
  title
  issue
  date
}
fragment ListedItemFields on Item {
  id
  title
  section
  date
  year
  office
  regionMention
  region {
    ...RegionFields
  }
  regionEvidence
  document {
    ...DocumentFields
  }
  practices {
    name
    category
  }
  outcomes {
    ...OutcomeFields
  }
}`, {"fragmentName":"ItemFields"}) as unknown as TypedDocumentString<ItemFieldsFragment, unknown>;
export const AdoptionEventFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdoptionEventFields on AdoptionEvent {
  region {
    ...RegionFields
  }
  firstDate
  firstYear
  reports
  undatedReports
  neighbours {
    scope
    adoptedBefore
    neighbours
    share
  }
  firstReportId
  firstReportTitle
  firstBulletin {
    ...DocumentFields
  }
}
    fragment RegionFields on Region {
  code
  name
  level
  path
}
fragment DocumentFields on Document {
  id
  title
  issue
  date
}`, {"fragmentName":"AdoptionEventFields"}) as unknown as TypedDocumentString<AdoptionEventFieldsFragment, unknown>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!, $filter: SearchFilter, $first: Int, $after: String) {
  search(query: $query, filter: $filter, first: $first, after: $after) {
    total
    pageInfo {
      hasNextPage
      endCursor
    }
    facets {
      province {
        value
        count
      }
      city {
        value
        count
      }
      practice {
        value
        count
      }
      year {
        value
        count
      }
      section {
        value
        count
      }
    }
    hits {
      score
      highlights {
        passageIndex
        snippet
      }
      item {
        ...ItemFields
      }
    }
    suggestions {
      places {
        label
        query
      }
      practices {
        label
        query
      }
    }
  }
}
    fragment RegionFields on Region {
  code
  name
  level
  path
}
fragment OutcomeFields on Outcome {
  text
  value
  unit
  kind
  metric
  practice
}
fragment DocumentFields on Document {
  id
  title
  issue
  date
}
fragment ListedItemFields on Item {
  id
  title
  section
  date
  year
  office
  regionMention
  region {
    ...RegionFields
  }
  regionEvidence
  document {
    ...DocumentFields
  }
  practices {
    name
    category
  }
  outcomes {
    ...OutcomeFields
  }
}
fragment ItemFields on Item {
  ...ListedItemFields
  text
  reprints {
    itemId
    date
    document {
      ...DocumentFields
    }
  }
}`) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const HomeDocument = new TypedDocumentString(`
    query Home {
  stats {
    documents
    items
    regions
    practices
    outcomes
  }
  practices(first: 40) {
    nodes {
      name
      category
      reportCount
    }
  }
  documents(first: 10) {
    nodes {
      id
      title
      issue
      date
      itemCount
      source
    }
  }
}
    `) as unknown as TypedDocumentString<HomeQuery, HomeQueryVariables>;
export const AdoptionsDocument = new TypedDocumentString(`
    query Adoptions($practice: String!) {
  adoptions(practice: $practice) {
    practices {
      name
      category
      status
      description
      aliases
      itemCount
      related {
        name
        count
      }
    }
    totalAdoptions
    totalItems
    byProvince {
      value
      count
    }
    byYear {
      value
      count
    }
    adoptions {
      firstDate
      lastDate
      itemCount
      region {
        ...RegionFields
      }
      outcomes {
        ...OutcomeFields
      }
      otherOutcomes {
        ...OutcomeFields
      }
      items {
        ...ListedItemFields
      }
    }
  }
}
    fragment RegionFields on Region {
  code
  name
  level
  path
}
fragment OutcomeFields on Outcome {
  text
  value
  unit
  kind
  metric
  practice
}
fragment DocumentFields on Document {
  id
  title
  issue
  date
}
fragment ListedItemFields on Item {
  id
  title
  section
  date
  year
  office
  regionMention
  region {
    ...RegionFields
  }
  regionEvidence
  document {
    ...DocumentFields
  }
  practices {
    name
    category
  }
  outcomes {
    ...OutcomeFields
  }
}`) as unknown as TypedDocumentString<AdoptionsQuery, AdoptionsQueryVariables>;
export const DiffusionDocument = new TypedDocumentString(`
    query Diffusion($practice: String!, $level: DiffusionLevel) {
  diffusion(practice: $practice, level: $level) {
    practices
    level
    reports
    undatedReports
    unplacedReports
    coarserReports
    byYear {
      period
      newAdopters
      cumulative
    }
    events {
      ...AdoptionEventFields
    }
    undatedEvents {
      ...AdoptionEventFields
    }
    firstAdopters {
      ...AdoptionEventFields
    }
    byProvince {
      province {
        code
        name
      }
      adopters
      reports
      firstDate
      firstYear
    }
  }
}
    fragment RegionFields on Region {
  code
  name
  level
  path
}
fragment DocumentFields on Document {
  id
  title
  issue
  date
}
fragment AdoptionEventFields on AdoptionEvent {
  region {
    ...RegionFields
  }
  firstDate
  firstYear
  reports
  undatedReports
  neighbours {
    scope
    adoptedBefore
    neighbours
    share
  }
  firstReportId
  firstReportTitle
  firstBulletin {
    ...DocumentFields
  }
}`) as unknown as TypedDocumentString<DiffusionQuery, DiffusionQueryVariables>;
export const DiffusionCurveDocument = new TypedDocumentString(`
    query DiffusionCurve($practice: String!, $level: DiffusionLevel) {
  diffusion(practice: $practice, level: $level) {
    practices
    undatedReports
    byYear {
      period
      newAdopters
      cumulative
    }
  }
}
    `) as unknown as TypedDocumentString<DiffusionCurveQuery, DiffusionCurveQueryVariables>;
export const DiffusionTableDocument = new TypedDocumentString(`
    query DiffusionTable($practice: String, $category: String, $level: DiffusionLevel, $table: DiffusionTable!) {
  diffusionTable(
    practice: $practice
    category: $category
    level: $level
    table: $table
  ) {
    filename
    csv
    rows
  }
}
    `) as unknown as TypedDocumentString<DiffusionTableQuery, DiffusionTableQueryVariables>;
export const RegionDocument = new TypedDocumentString(`
    query Region($codeOrName: String!) {
  region(codeOrName: $codeOrName) {
    ...RegionFields
    parent {
      code
      name
    }
    practices {
      practice
      count
    }
    items {
      ...ItemFields
    }
  }
}
    fragment RegionFields on Region {
  code
  name
  level
  path
}
fragment OutcomeFields on Outcome {
  text
  value
  unit
  kind
  metric
  practice
}
fragment DocumentFields on Document {
  id
  title
  issue
  date
}
fragment ListedItemFields on Item {
  id
  title
  section
  date
  year
  office
  regionMention
  region {
    ...RegionFields
  }
  regionEvidence
  document {
    ...DocumentFields
  }
  practices {
    name
    category
  }
  outcomes {
    ...OutcomeFields
  }
}
fragment ItemFields on Item {
  ...ListedItemFields
  text
  reprints {
    itemId
    date
    document {
      ...DocumentFields
    }
  }
}`) as unknown as TypedDocumentString<RegionQuery, RegionQueryVariables>;
export const CompareDocument = new TypedDocumentString(`
    query Compare($regions: [String!]!, $practice: String) {
  compareRegions(regions: $regions, practice: $practice) {
    regions {
      ...RegionFields
    }
    rows {
      practice
      regionCount
      cells {
        region {
          ...RegionFields
        }
        outcomes {
          ...OutcomeFields
        }
        items {
          id
          title
          date
          document {
            ...DocumentFields
          }
        }
      }
      metrics {
        label
        unit
        values {
          ...OutcomeFields
        }
      }
    }
  }
}
    fragment RegionFields on Region {
  code
  name
  level
  path
}
fragment OutcomeFields on Outcome {
  text
  value
  unit
  kind
  metric
  practice
}
fragment DocumentFields on Document {
  id
  title
  issue
  date
}`) as unknown as TypedDocumentString<CompareQuery, CompareQueryVariables>;
export const IngestDocument = new TypedDocumentString(`
    mutation Ingest($name: String!, $text: String, $file: String) {
  ingestDocument(name: $name, text: $text, file: $file) {
    status
    document {
      id
      title
      issue
      date
      itemCount
      items {
        ordinal
        title
        region {
          name
          path
        }
        office
        outcomes {
          text
          kind
        }
        practices {
          name
        }
      }
    }
    extraction {
      items
      outcomes
      practices
      candidatePractices
      regions {
        code
        name
        path
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IngestMutation, IngestMutationVariables>;
export const ItemPageDocument = new TypedDocumentString(`
    query ItemPage($id: ID!) {
  item(id: $id) {
    ...ItemFields
    ordinal
    firstSource {
      itemId
      date
      document {
        ...DocumentFields
      }
    }
    subRegion {
      ...RegionFields
    }
    regionCandidates {
      ...RegionFields
    }
    candidatePractices {
      name
    }
    policies
    document {
      id
      title
      issue
      date
      publisher
      source
    }
  }
}
    fragment RegionFields on Region {
  code
  name
  level
  path
}
fragment OutcomeFields on Outcome {
  text
  value
  unit
  kind
  metric
  practice
}
fragment DocumentFields on Document {
  id
  title
  issue
  date
}
fragment ListedItemFields on Item {
  id
  title
  section
  date
  year
  office
  regionMention
  region {
    ...RegionFields
  }
  regionEvidence
  document {
    ...DocumentFields
  }
  practices {
    name
    category
  }
  outcomes {
    ...OutcomeFields
  }
}
fragment ItemFields on Item {
  ...ListedItemFields
  text
  reprints {
    itemId
    date
    document {
      ...DocumentFields
    }
  }
}`) as unknown as TypedDocumentString<ItemPageQuery, ItemPageQueryVariables>;
export const DocumentPageDocument = new TypedDocumentString(`
    query DocumentPage($id: ID!) {
  document(id: $id) {
    id
    title
    issue
    date
    publisher
    source
    itemCount
    items {
      id
      ordinal
      title
      section
      date
      office
      regionMention
      region {
        ...RegionFields
      }
      practices {
        name
      }
    }
  }
}
    fragment RegionFields on Region {
  code
  name
  level
  path
}`) as unknown as TypedDocumentString<DocumentPageQuery, DocumentPageQueryVariables>;
export const AdminCheckDocument = new TypedDocumentString(`
    query AdminCheck {
  isAdmin
}
    `) as unknown as TypedDocumentString<AdminCheckQuery, AdminCheckQueryVariables>;
export const DocumentListDocument = new TypedDocumentString(`
    query DocumentList($first: Int!, $after: String) {
  documents(first: $first, after: $after) {
    total
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      title
      issue
      date
      publisher
      source
      itemCount
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentListQuery, DocumentListQueryVariables>;
export const DeleteDocumentDocument = new TypedDocumentString(`
    mutation DeleteDocument($id: ID!) {
  deleteDocument(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteDocumentMutation, DeleteDocumentMutationVariables>;
export const CandidatesDocument = new TypedDocumentString(`
    query Candidates($query: String) {
  candidatePractices(first: 100, query: $query) {
    name
    count
    items {
      id
      title
      region {
        name
      }
    }
  }
  practices(first: 100) {
    nodes {
      name
      category
    }
  }
}
    `) as unknown as TypedDocumentString<CandidatesQuery, CandidatesQueryVariables>;
export const CurateDocument = new TypedDocumentString(`
    mutation Curate($candidate: String!, $action: CurateAction!, $category: String, $into: String) {
  curatePractice(
    candidate: $candidate
    action: $action
    category: $category
    into: $into
  ) {
    name
    category
    status
  }
}
    `) as unknown as TypedDocumentString<CurateMutation, CurateMutationVariables>;