/** Field resolvers of the object types whose fields are not plain properties of the service values. */
import { createError } from '../../errors/catalogue.ts';
import type { Outcome, RegionEvidence } from '../../graph/model.ts';
import type { CandidateView, DocumentSummary, ItemView, PracticeView } from '../../graph/store.ts';
import type { AtlasContext } from './context.ts';

type DocumentParent = DocumentSummary & { items?: ItemView[] };
type PracticeParent = PracticeView & { related?: { name: string; count: number }[] };

export const itemResolvers = {
  async document(item: ItemView, _args: unknown, context: AtlasContext): Promise<DocumentSummary> {
    const document = await context.loaders.documentSummaries.load(item.documentId);
    // Items are written inside their document's transaction, so a missing document is a broken store.
    if (!document) throw createError('STORE_CORRUPT', `item ${item.id} has no document ${item.documentId}`);
    return document;
  },
};

export const outcomeResolvers = {
  normalizedValue: (outcome: Outcome): number => outcome.normalized.value,
  normalizedUnit: (outcome: Outcome): string => outcome.normalized.unit,
};

export const documentResolvers = {
  async items(document: DocumentParent, _args: unknown, context: AtlasContext): Promise<ItemView[]> {
    if (document.items) return document.items;
    return (await context.loaders.documents.load(document.id))?.items ?? [];
  },
};

export const practiceResolvers = {
  async related(practice: PracticeParent, _args: unknown, context: AtlasContext): Promise<{ name: string; count: number }[]> {
    if (practice.related) return practice.related;
    return (await context.loaders.practices.load(practice.name))?.related ?? [];
  },
};

export const candidatePracticeResolvers = {
  async items(candidate: CandidateView, _args: unknown, context: AtlasContext): Promise<ItemView[]> {
    const items = await context.loaders.items.loadMany(candidate.itemIds);
    return items.filter((item): item is ItemView => item !== null && !(item instanceof Error));
  },
};

/** GraphQL enum names → the lower-case values the model uses. */
export const enumResolvers = {
  SearchMode: { HYBRID: 'hybrid', BM25: 'bm25', VECTOR: 'vector' },
  RegionEvidence: {
    HEADLINE: 'headline', OFFICE: 'office', BODY: 'body', TOWN: 'town', SOURCE: 'source', PUBLISHER: 'publisher', SIBLING: 'sibling',
  } satisfies Record<Uppercase<RegionEvidence>, RegionEvidence>,
  RegionLevel: { PROVINCE: 'province', CITY: 'city', COUNTY: 'county', TOWNSHIP: 'township', COMMUNITY: 'community' },
  OutcomeKind: { OUTCOME: 'outcome', INPUT: 'input', TARGET: 'target' },
  PracticeStatus: { CURATED: 'curated', CANDIDATE: 'candidate' },
  WriteStatus: { CREATED: 'created', REPLACED: 'replaced', UNCHANGED: 'unchanged' },
};
