/* eslint-disable */
import * as types from './graphql.ts';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment RegionFields on Region { code name level path }\n": typeof types.RegionFieldsFragmentDoc,
    "\n  fragment OutcomeFields on Outcome { text value unit kind metric practice }\n": typeof types.OutcomeFieldsFragmentDoc,
    "\n  fragment DocumentFields on Document { id title issue date }\n": typeof types.DocumentFieldsFragmentDoc,
    "\n  fragment ListedItemFields on Item {\n    id title section date year office regionMention\n    region { ...RegionFields } regionEvidence\n    document { ...DocumentFields }\n    practices { name category }\n    outcomes { ...OutcomeFields }\n  }\n": typeof types.ListedItemFieldsFragmentDoc,
    "\n  fragment ItemFields on Item { ...ListedItemFields text reprints { itemId date document { ...DocumentFields } } }\n": typeof types.ItemFieldsFragmentDoc,
    "\n  query Search($query: String!, $filter: SearchFilter, $first: Int, $after: String) {\n    search(query: $query, filter: $filter, first: $first, after: $after) {\n      total\n      pageInfo { hasNextPage endCursor }\n      facets { province { value count } city { value count } practice { value count } year { value count } section { value count } }\n      hits { score highlights { passageIndex snippet } item { ...ItemFields } }\n      suggestions { places { label query } practices { label query } }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query Home {\n    stats { documents items regions practices outcomes }\n    practices(first: 40) { nodes { name category reportCount } }\n    documents(first: 10) { nodes { id title issue date itemCount source } }\n  }\n": typeof types.HomeDocument,
    "\n  query Adoptions($practice: String!) {\n    adoptions(practice: $practice) {\n      practices { name category status description aliases itemCount related { name count } }\n      totalAdoptions totalItems\n      byProvince { value count }\n      byYear { value count }\n      adoptions { firstDate lastDate itemCount region { ...RegionFields } outcomes { ...OutcomeFields } otherOutcomes { ...OutcomeFields } items { ...ListedItemFields } }\n    }\n  }\n": typeof types.AdoptionsDocument,
    "\n  query Diffusion($practice: String!, $level: DiffusionLevel) {\n    diffusion(practice: $practice, level: $level) {\n      practices level reports undatedReports unplacedReports coarserReports\n      byYear { period newAdopters cumulative }\n      events { ...AdoptionEventFields }\n      undatedEvents { ...AdoptionEventFields }\n      firstAdopters { ...AdoptionEventFields }\n      byProvince { province { code name } adopters reports firstDate firstYear }\n    }\n  }\n  fragment AdoptionEventFields on AdoptionEvent {\n    region { ...RegionFields } firstDate firstYear reports undatedReports\n    neighbours { scope adoptedBefore neighbours share }\n    firstReportId firstReportTitle firstBulletin { ...DocumentFields }\n  }\n": typeof types.DiffusionDocument,
    "\n  query DiffusionCurve($practice: String!, $level: DiffusionLevel) {\n    diffusion(practice: $practice, level: $level) { practices undatedReports byYear { period newAdopters cumulative } }\n  }\n": typeof types.DiffusionCurveDocument,
    "\n  query DiffusionTable($practice: String, $category: String, $level: DiffusionLevel, $table: DiffusionTable!) {\n    diffusionTable(practice: $practice, category: $category, level: $level, table: $table) { filename csv rows }\n  }\n": typeof types.DiffusionTableDocument,
    "\n  query Region($codeOrName: String!) {\n    region(codeOrName: $codeOrName) {\n      ...RegionFields\n      parent { code name }\n      practices { practice count }\n      items { ...ItemFields }\n    }\n  }\n": typeof types.RegionDocument,
    "\n  query Compare($regions: [String!]!, $practice: String) {\n    compareRegions(regions: $regions, practice: $practice) {\n      regions { ...RegionFields }\n      rows {\n        practice regionCount\n        cells { region { ...RegionFields } outcomes { ...OutcomeFields } items { id title date document { ...DocumentFields } } }\n        metrics { label unit values { ...OutcomeFields } }\n      }\n    }\n  }\n": typeof types.CompareDocument,
    "\n  mutation Ingest($name: String!, $text: String, $file: String) {\n    ingestDocument(name: $name, text: $text, file: $file) {\n      status\n      document { id title issue date itemCount items { ordinal title region { name path } office outcomes { text kind } practices { name } } }\n      extraction { items outcomes practices candidatePractices regions { code name path } }\n    }\n  }\n": typeof types.IngestDocument,
    "\n  query ItemPage($id: ID!) {\n    item(id: $id) {\n      ...ItemFields\n      ordinal\n      firstSource { itemId date document { ...DocumentFields } }\n      subRegion { ...RegionFields }\n      regionCandidates { ...RegionFields }\n      candidatePractices { name }\n      policies\n      document { id title issue date publisher source }\n    }\n  }\n": typeof types.ItemPageDocument,
    "\n  query DocumentPage($id: ID!) {\n    document(id: $id) {\n      id title issue date publisher source itemCount\n      items { id ordinal title section date office regionMention region { ...RegionFields } practices { name } }\n    }\n  }\n": typeof types.DocumentPageDocument,
    "\n  query AdminCheck { isAdmin }\n": typeof types.AdminCheckDocument,
    "\n  query DocumentList($first: Int!, $after: String) {\n    documents(first: $first, after: $after) {\n      total\n      pageInfo { hasNextPage endCursor }\n      nodes { id title issue date publisher source itemCount }\n    }\n  }\n": typeof types.DocumentListDocument,
    "\n  mutation DeleteDocument($id: ID!) { deleteDocument(id: $id) }\n": typeof types.DeleteDocumentDocument,
    "\n  query Candidates($query: String) {\n    candidatePractices(first: 100, query: $query) { name count items { id title region { name } } }\n    practices(first: 100) { nodes { name category } }\n  }\n": typeof types.CandidatesDocument,
    "\n  mutation Curate($candidate: String!, $action: CurateAction!, $category: String, $into: String) {\n    curatePractice(candidate: $candidate, action: $action, category: $category, into: $into) { name category status }\n  }\n": typeof types.CurateDocument,
};
const documents: Documents = {
    "\n  fragment RegionFields on Region { code name level path }\n": types.RegionFieldsFragmentDoc,
    "\n  fragment OutcomeFields on Outcome { text value unit kind metric practice }\n": types.OutcomeFieldsFragmentDoc,
    "\n  fragment DocumentFields on Document { id title issue date }\n": types.DocumentFieldsFragmentDoc,
    "\n  fragment ListedItemFields on Item {\n    id title section date year office regionMention\n    region { ...RegionFields } regionEvidence\n    document { ...DocumentFields }\n    practices { name category }\n    outcomes { ...OutcomeFields }\n  }\n": types.ListedItemFieldsFragmentDoc,
    "\n  fragment ItemFields on Item { ...ListedItemFields text reprints { itemId date document { ...DocumentFields } } }\n": types.ItemFieldsFragmentDoc,
    "\n  query Search($query: String!, $filter: SearchFilter, $first: Int, $after: String) {\n    search(query: $query, filter: $filter, first: $first, after: $after) {\n      total\n      pageInfo { hasNextPage endCursor }\n      facets { province { value count } city { value count } practice { value count } year { value count } section { value count } }\n      hits { score highlights { passageIndex snippet } item { ...ItemFields } }\n      suggestions { places { label query } practices { label query } }\n    }\n  }\n": types.SearchDocument,
    "\n  query Home {\n    stats { documents items regions practices outcomes }\n    practices(first: 40) { nodes { name category reportCount } }\n    documents(first: 10) { nodes { id title issue date itemCount source } }\n  }\n": types.HomeDocument,
    "\n  query Adoptions($practice: String!) {\n    adoptions(practice: $practice) {\n      practices { name category status description aliases itemCount related { name count } }\n      totalAdoptions totalItems\n      byProvince { value count }\n      byYear { value count }\n      adoptions { firstDate lastDate itemCount region { ...RegionFields } outcomes { ...OutcomeFields } otherOutcomes { ...OutcomeFields } items { ...ListedItemFields } }\n    }\n  }\n": types.AdoptionsDocument,
    "\n  query Diffusion($practice: String!, $level: DiffusionLevel) {\n    diffusion(practice: $practice, level: $level) {\n      practices level reports undatedReports unplacedReports coarserReports\n      byYear { period newAdopters cumulative }\n      events { ...AdoptionEventFields }\n      undatedEvents { ...AdoptionEventFields }\n      firstAdopters { ...AdoptionEventFields }\n      byProvince { province { code name } adopters reports firstDate firstYear }\n    }\n  }\n  fragment AdoptionEventFields on AdoptionEvent {\n    region { ...RegionFields } firstDate firstYear reports undatedReports\n    neighbours { scope adoptedBefore neighbours share }\n    firstReportId firstReportTitle firstBulletin { ...DocumentFields }\n  }\n": types.DiffusionDocument,
    "\n  query DiffusionCurve($practice: String!, $level: DiffusionLevel) {\n    diffusion(practice: $practice, level: $level) { practices undatedReports byYear { period newAdopters cumulative } }\n  }\n": types.DiffusionCurveDocument,
    "\n  query DiffusionTable($practice: String, $category: String, $level: DiffusionLevel, $table: DiffusionTable!) {\n    diffusionTable(practice: $practice, category: $category, level: $level, table: $table) { filename csv rows }\n  }\n": types.DiffusionTableDocument,
    "\n  query Region($codeOrName: String!) {\n    region(codeOrName: $codeOrName) {\n      ...RegionFields\n      parent { code name }\n      practices { practice count }\n      items { ...ItemFields }\n    }\n  }\n": types.RegionDocument,
    "\n  query Compare($regions: [String!]!, $practice: String) {\n    compareRegions(regions: $regions, practice: $practice) {\n      regions { ...RegionFields }\n      rows {\n        practice regionCount\n        cells { region { ...RegionFields } outcomes { ...OutcomeFields } items { id title date document { ...DocumentFields } } }\n        metrics { label unit values { ...OutcomeFields } }\n      }\n    }\n  }\n": types.CompareDocument,
    "\n  mutation Ingest($name: String!, $text: String, $file: String) {\n    ingestDocument(name: $name, text: $text, file: $file) {\n      status\n      document { id title issue date itemCount items { ordinal title region { name path } office outcomes { text kind } practices { name } } }\n      extraction { items outcomes practices candidatePractices regions { code name path } }\n    }\n  }\n": types.IngestDocument,
    "\n  query ItemPage($id: ID!) {\n    item(id: $id) {\n      ...ItemFields\n      ordinal\n      firstSource { itemId date document { ...DocumentFields } }\n      subRegion { ...RegionFields }\n      regionCandidates { ...RegionFields }\n      candidatePractices { name }\n      policies\n      document { id title issue date publisher source }\n    }\n  }\n": types.ItemPageDocument,
    "\n  query DocumentPage($id: ID!) {\n    document(id: $id) {\n      id title issue date publisher source itemCount\n      items { id ordinal title section date office regionMention region { ...RegionFields } practices { name } }\n    }\n  }\n": types.DocumentPageDocument,
    "\n  query AdminCheck { isAdmin }\n": types.AdminCheckDocument,
    "\n  query DocumentList($first: Int!, $after: String) {\n    documents(first: $first, after: $after) {\n      total\n      pageInfo { hasNextPage endCursor }\n      nodes { id title issue date publisher source itemCount }\n    }\n  }\n": types.DocumentListDocument,
    "\n  mutation DeleteDocument($id: ID!) { deleteDocument(id: $id) }\n": types.DeleteDocumentDocument,
    "\n  query Candidates($query: String) {\n    candidatePractices(first: 100, query: $query) { name count items { id title region { name } } }\n    practices(first: 100) { nodes { name category } }\n  }\n": types.CandidatesDocument,
    "\n  mutation Curate($candidate: String!, $action: CurateAction!, $category: String, $into: String) {\n    curatePractice(candidate: $candidate, action: $action, category: $category, into: $into) { name category status }\n  }\n": types.CurateDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionFields on Region { code name level path }\n"): typeof import('./graphql.ts').RegionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutcomeFields on Outcome { text value unit kind metric practice }\n"): typeof import('./graphql.ts').OutcomeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentFields on Document { id title issue date }\n"): typeof import('./graphql.ts').DocumentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ListedItemFields on Item {\n    id title section date year office regionMention\n    region { ...RegionFields } regionEvidence\n    document { ...DocumentFields }\n    practices { name category }\n    outcomes { ...OutcomeFields }\n  }\n"): typeof import('./graphql.ts').ListedItemFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ItemFields on Item { ...ListedItemFields text reprints { itemId date document { ...DocumentFields } } }\n"): typeof import('./graphql.ts').ItemFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $filter: SearchFilter, $first: Int, $after: String) {\n    search(query: $query, filter: $filter, first: $first, after: $after) {\n      total\n      pageInfo { hasNextPage endCursor }\n      facets { province { value count } city { value count } practice { value count } year { value count } section { value count } }\n      hits { score highlights { passageIndex snippet } item { ...ItemFields } }\n      suggestions { places { label query } practices { label query } }\n    }\n  }\n"): typeof import('./graphql.ts').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    stats { documents items regions practices outcomes }\n    practices(first: 40) { nodes { name category reportCount } }\n    documents(first: 10) { nodes { id title issue date itemCount source } }\n  }\n"): typeof import('./graphql.ts').HomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Adoptions($practice: String!) {\n    adoptions(practice: $practice) {\n      practices { name category status description aliases itemCount related { name count } }\n      totalAdoptions totalItems\n      byProvince { value count }\n      byYear { value count }\n      adoptions { firstDate lastDate itemCount region { ...RegionFields } outcomes { ...OutcomeFields } otherOutcomes { ...OutcomeFields } items { ...ListedItemFields } }\n    }\n  }\n"): typeof import('./graphql.ts').AdoptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Diffusion($practice: String!, $level: DiffusionLevel) {\n    diffusion(practice: $practice, level: $level) {\n      practices level reports undatedReports unplacedReports coarserReports\n      byYear { period newAdopters cumulative }\n      events { ...AdoptionEventFields }\n      undatedEvents { ...AdoptionEventFields }\n      firstAdopters { ...AdoptionEventFields }\n      byProvince { province { code name } adopters reports firstDate firstYear }\n    }\n  }\n  fragment AdoptionEventFields on AdoptionEvent {\n    region { ...RegionFields } firstDate firstYear reports undatedReports\n    neighbours { scope adoptedBefore neighbours share }\n    firstReportId firstReportTitle firstBulletin { ...DocumentFields }\n  }\n"): typeof import('./graphql.ts').DiffusionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiffusionCurve($practice: String!, $level: DiffusionLevel) {\n    diffusion(practice: $practice, level: $level) { practices undatedReports byYear { period newAdopters cumulative } }\n  }\n"): typeof import('./graphql.ts').DiffusionCurveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiffusionTable($practice: String, $category: String, $level: DiffusionLevel, $table: DiffusionTable!) {\n    diffusionTable(practice: $practice, category: $category, level: $level, table: $table) { filename csv rows }\n  }\n"): typeof import('./graphql.ts').DiffusionTableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Region($codeOrName: String!) {\n    region(codeOrName: $codeOrName) {\n      ...RegionFields\n      parent { code name }\n      practices { practice count }\n      items { ...ItemFields }\n    }\n  }\n"): typeof import('./graphql.ts').RegionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Compare($regions: [String!]!, $practice: String) {\n    compareRegions(regions: $regions, practice: $practice) {\n      regions { ...RegionFields }\n      rows {\n        practice regionCount\n        cells { region { ...RegionFields } outcomes { ...OutcomeFields } items { id title date document { ...DocumentFields } } }\n        metrics { label unit values { ...OutcomeFields } }\n      }\n    }\n  }\n"): typeof import('./graphql.ts').CompareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Ingest($name: String!, $text: String, $file: String) {\n    ingestDocument(name: $name, text: $text, file: $file) {\n      status\n      document { id title issue date itemCount items { ordinal title region { name path } office outcomes { text kind } practices { name } } }\n      extraction { items outcomes practices candidatePractices regions { code name path } }\n    }\n  }\n"): typeof import('./graphql.ts').IngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ItemPage($id: ID!) {\n    item(id: $id) {\n      ...ItemFields\n      ordinal\n      firstSource { itemId date document { ...DocumentFields } }\n      subRegion { ...RegionFields }\n      regionCandidates { ...RegionFields }\n      candidatePractices { name }\n      policies\n      document { id title issue date publisher source }\n    }\n  }\n"): typeof import('./graphql.ts').ItemPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentPage($id: ID!) {\n    document(id: $id) {\n      id title issue date publisher source itemCount\n      items { id ordinal title section date office regionMention region { ...RegionFields } practices { name } }\n    }\n  }\n"): typeof import('./graphql.ts').DocumentPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCheck { isAdmin }\n"): typeof import('./graphql.ts').AdminCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentList($first: Int!, $after: String) {\n    documents(first: $first, after: $after) {\n      total\n      pageInfo { hasNextPage endCursor }\n      nodes { id title issue date publisher source itemCount }\n    }\n  }\n"): typeof import('./graphql.ts').DocumentListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDocument($id: ID!) { deleteDocument(id: $id) }\n"): typeof import('./graphql.ts').DeleteDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Candidates($query: String) {\n    candidatePractices(first: 100, query: $query) { name count items { id title region { name } } }\n    practices(first: 100) { nodes { name category } }\n  }\n"): typeof import('./graphql.ts').CandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Curate($candidate: String!, $action: CurateAction!, $category: String, $into: String) {\n    curatePractice(candidate: $candidate, action: $action, category: $category, into: $into) { name category status }\n  }\n"): typeof import('./graphql.ts').CurateDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
