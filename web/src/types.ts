/** The shapes of the GraphQL answers the pages ask for (subsets of api/schema.graphql). */

export type OutcomeKind = 'OUTCOME' | 'INPUT' | 'TARGET';

/** How an item's region was found (api/schema.graphql, enum RegionEvidence). */
export type RegionEvidence = 'HEADLINE' | 'OFFICE' | 'BODY' | 'TOWN' | 'SOURCE' | 'PUBLISHER' | 'SIBLING';

export interface RegionRef {
  code: string;
  name: string;
  level?: string;
  path: string[];
}

export interface Outcome {
  text: string;
  value: number;
  unit: string;
  kind: OutcomeKind;
  metric: string | null;
  practice: string | null;
}

export interface DocumentRef {
  id: string;
  title: string | null;
  issue: string | null;
  date: string | null;
}

export interface Item {
  id: string;
  title: string;
  section: string | null;
  date: string | null;
  year: number | null;
  office: string | null;
  text: string;
  regionMention: string | null;
  region: RegionRef | null;
  /** Null when nothing placed the item, or for items stored before this was kept. */
  regionEvidence: RegionEvidence | null;
  document: DocumentRef;
  practices: { name: string; category: string }[];
  outcomes: Outcome[];
}

export interface FacetBucket {
  value: string;
  count: number;
}

export interface SearchHit {
  score: number;
  item: Item;
  highlights: { passageIndex: number; snippet: string }[];
}

export interface SearchFacets {
  province: FacetBucket[];
  city: FacetBucket[];
  practice: FacetBucket[];
  year: FacetBucket[];
  section: FacetBucket[];
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  facets: SearchFacets;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface Practice {
  name: string;
  category: string;
  status: 'CURATED' | 'CANDIDATE';
  aliases: string[];
  description: string;
  itemCount: number;
  related: { name: string; count: number }[];
}

export interface Adoption {
  region: RegionRef | null;
  items: Item[];
  outcomes: Outcome[];
  firstDate: string | null;
  lastDate: string | null;
}

export interface AdoptionsResult {
  practices: Practice[];
  /** The places with most items first; totals count every place. */
  adoptions: Adoption[];
  totalAdoptions: number;
  totalItems: number;
  byProvince: FacetBucket[];
  byYear: FacetBucket[];
}

export interface RegionProfile extends RegionRef {
  level: string;
  parent: { code: string; name: string } | null;
  practices: { practice: string; count: number }[];
  items: Item[];
  outcomes: Outcome[];
}

export interface Comparison {
  regions: RegionRef[];
  rows: { practice: string; cells: { region: RegionRef; items: Item[]; outcomes: Outcome[] }[] }[];
}
