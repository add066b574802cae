/**
 * createAtlasServices: the API's services over one GraphStore, the embedder, the segmenter, the
 * gazetteer and the taxonomy. The GraphQL resolvers call only these.
 */
import { createError } from '../../errors/catalogue.ts';
import type { DocumentSummary, ItemView, Page } from '../../graph/store.ts';
import { createPracticeMatcher } from '../../language/extract/practices.ts';
import { findAdoptions } from './adoptions.ts';
import { compareRegions } from './compare.ts';
import { diffusionTable } from './diffusion-export.ts';
import { findDiffusion } from './diffusion-service.ts';
import type { AtlasServicesOptions, ServiceContext } from './context.ts';
import { toItemFilter } from './filters.ts';
import { createPracticeResolver, DEFAULT_PRACTICE_RESOLVER_TUNING } from './practice-resolution.ts';
import type { PracticeResolverTuning } from './practice-resolution.ts';
import { listPractices, practiceProfile, regionProfile } from './profiles.ts';
import { createSearchService, DEFAULT_TUNING } from './search.ts';
import { createSuggester } from './suggestions.ts';
import type { SearchTuning } from './search.ts';
import type { AtlasServices, SearchFilterInput } from './types.ts';

export type { AtlasServicesOptions } from './context.ts';
export { DEFAULT_TUNING } from './search.ts';
export type { SearchTuning } from './search.ts';

export interface AtlasServicesTuning {
  search?: Partial<SearchTuning>;
  practices?: Partial<PracticeResolverTuning>;
}

const MAX_ITEMS_PER_CALL = 500;
const MAX_DOCUMENTS_PAGE = 100;

export function createAtlasServices(options: AtlasServicesOptions & { tuning?: AtlasServicesTuning }): AtlasServices {
  const context: ServiceContext = { ...options, matcher: createPracticeMatcher(options.taxonomy) };
  const resolver = createPracticeResolver(context, { ...DEFAULT_PRACTICE_RESOLVER_TUNING, ...options.tuning?.practices });
  const searcher = createSearchService(context, { ...DEFAULT_TUNING, ...options.tuning?.search }, createSuggester(context, resolver, options.places));
  let modelReady = false;

  async function documents(input: SearchFilterInput, first: number, offset: number): Promise<Page<DocumentSummary>> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_DOCUMENTS_PAGE) throw createError('BAD_REQUEST', `first: 1–${MAX_DOCUMENTS_PAGE}`);
    if (!Number.isInteger(offset) || offset < 0) throw createError('BAD_REQUEST', 'offset: ≥ 0');
    const filter = toItemFilter(input, context);
    if (Object.keys(filter).length === 0) return options.store.listDocuments({ first, offset });
    // Documents holding at least one matching item, in the store's document order.
    const itemIds = await options.store.findItemIds(filter);
    const wanted = new Set((await options.store.getItems(itemIds)).map((item) => item.documentId));
    const all = await options.store.listDocuments({ first: Number.MAX_SAFE_INTEGER, offset: 0 });
    const matching = all.nodes.filter((doc) => wanted.has(doc.id));
    return { nodes: matching.slice(offset, offset + first), total: matching.length };
  }

  async function document(id: string): Promise<(DocumentSummary & { items: ItemView[] }) | null> {
    const summary = await options.store.getDocument(id);
    if (!summary) return null;
    // Item ids are `${documentId}:${ordinal}` (graph/model.ts); unknown ordinals are simply left out.
    const ids = Array.from({ length: summary.itemCount }, (_, index) => `${summary.id}:${index + 1}`);
    return { ...summary, items: await options.store.getItems(ids) };
  }

  return {
    search: (request) => searcher.search(request),
    prepare: () => resolver.prepare(),
    adoptions: (practice, filter, first, itemsPerPlace) => findAdoptions(context, resolver, practice, filter, first, itemsPerPlace),
    diffusion: (practice, level, filter) => findDiffusion(context, resolver, practice, level, filter),
    diffusionTable: (request) => diffusionTable(context, resolver, request),
    practice: (name) => practiceProfile(context, name),
    practices: (query) => listPractices(context, query),
    candidatePractices: () => options.store.candidatePractices(),
    practiceReportCounts: () => options.store.practiceReportCounts(),
    region: (codeOrName) => regionProfile(context, codeOrName),
    compareRegions: (regions, practice) => compareRegions(context, resolver, regions, practice),
    items(ids) {
      if (ids.length > MAX_ITEMS_PER_CALL) throw createError('BAD_REQUEST', `ids: ≤ ${MAX_ITEMS_PER_CALL}`);
      return options.store.getItems(ids);
    },
    reportCopies(reportIds) {
      if (reportIds.length > MAX_ITEMS_PER_CALL) throw createError('BAD_REQUEST', `reportIds: ≤ ${MAX_ITEMS_PER_CALL}`);
      return options.store.reportCopies(reportIds);
    },
    document,
    documentSummaries: (ids) => options.store.getDocuments(ids),
    documents,
    stats: () => options.store.stats(),
    curateCandidate: (request) => options.store.curateCandidate(request),
    addAlias: (practice, alias) => options.store.addAlias(practice, alias),
    async ready() {
      const store = await options.store.stats().then(() => true, () => false);
      if (!modelReady) modelReady = await options.embedder.embed(['就绪']).then((vectors) => vectors[0]?.length === options.embedder.dimensions, () => false);
      return { store, model: modelReady };
    },
  };
}
