/** GraphQL documents, kept in one place so field lists stay the same across pages. */

const ITEM_FIELDS = `id title section date year office text regionMention
  region { code name level path } regionEvidence
  document { id title issue date }
  practices { name category }
  outcomes { text value unit kind metric practice }`;

export const SEARCH = `query Search($query: String!, $filter: SearchFilter, $first: Int, $after: String) {
  search(query: $query, filter: $filter, first: $first, after: $after) {
    total
    pageInfo { hasNextPage endCursor }
    facets { province { value count } city { value count } practice { value count } year { value count } section { value count } }
    hits { score highlights { passageIndex snippet } item { ${ITEM_FIELDS} } }
  }
}`;

export const HOME = `query Home {
  stats { documents items regions practices outcomes }
  practices(first: 40) { nodes { name category itemCount } }
  documents(first: 10) { nodes { id title issue date itemCount source } }
}`;

export const ADOPTIONS = `query Adoptions($practice: String!) {
  adoptions(practice: $practice) {
    practices { name category status description aliases itemCount related { name count } }
    totalAdoptions totalItems
    byProvince { value count }
    byYear { value count }
    adoptions { firstDate lastDate region { code name level path } outcomes { text value unit kind metric practice } items { ${ITEM_FIELDS} } }
  }
}`;

export const REGION = `query Region($codeOrName: String!) {
  region(codeOrName: $codeOrName) {
    code name level path
    parent { code name }
    practices { practice count }
    items { ${ITEM_FIELDS} }
  }
}`;

export const COMPARE = `query Compare($regions: [String!]!, $practice: String) {
  compareRegions(regions: $regions, practice: $practice) {
    regions { code name level path }
    rows { practice cells { region { code name path } outcomes { text value unit kind metric practice } items { id title date document { id title issue date } } } }
  }
}`;

export const INGEST = `mutation Ingest($text: String!, $name: String!) {
  ingestDocument(text: $text, name: $name) {
    status
    document { id title issue date itemCount items { ordinal title region { name path } office outcomes { text kind } practices { name } } }
    extraction { items outcomes practices candidatePractices regions { code name path } }
  }
}`;

export const CANDIDATES = `query Candidates {
  candidatePractices(first: 50) { name count items { id title region { name } } }
  practices(first: 100) { nodes { name category } }
}`;

/** PROMOTE (needs category), MERGE (into an existing practice, becoming its alias) or REJECT. */
export const CURATE = `mutation Curate($candidate: String!, $action: CurateAction!, $category: String, $into: String) {
  curatePractice(candidate: $candidate, action: $action, category: $category, into: $into) { name category status }
}`;
