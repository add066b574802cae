/** Field resolvers of the object types whose fields are not plain properties of the service values. */
import { createError } from '../../errors/catalogue.ts';
import type { Outcome, OutcomeKind, RegionEvidence, RegionLevel } from '../../graph/model.ts';
import type { CandidateView, ItemView, PracticeView, ReportCopy, WriteStatus } from '../../graph/store.ts';
import type { SearchMode } from '../services/types.ts';
import type { NeighbourScope } from '../services/diffusion-types.ts';
import type { AtlasContext } from './context.ts';
import type { AdoptionEvent as AdoptionEventValue, DiffusionLevel } from '../services/diffusion-types.ts';
import type { DiffusionTable } from '../services/types.ts';
import type {
  AdoptionEventResolvers, CandidatePracticeResolvers, DiffusionLevelResolvers, DiffusionTableResolvers, NeighbourScopeResolvers, DocumentResolvers, ItemResolvers, OutcomeKindResolvers, OutcomeResolvers, PracticeResolvers,
  PracticeStatusResolvers, RegionEvidenceResolvers, ReportCopyResolvers, RegionLevelResolvers, SearchModeResolvers, WriteStatusResolvers,
} from './generated/resolvers-types.ts';
import type { DocumentParent, PracticeParent } from './parents.ts';

/** The item as stored in full: itself, or read again when it was read without its text. */
async function fullItem(item: ItemView, context: AtlasContext): Promise<ItemView> {
  return item.textOmitted === true ? ((await context.loaders.items.load(item.id)) ?? item) : item;
}

export const itemResolvers = {
  async text(item: ItemView, _args: unknown, context: AtlasContext) {
    return (await fullItem(item, context)).text;
  },
  async passages(item: ItemView, _args: unknown, context: AtlasContext) {
    return (await fullItem(item, context)).passages;
  },
  async document(item: ItemView, _args: unknown, context: AtlasContext) {
    const document = await context.loaders.documentSummaries.load(item.documentId);
    // Items are written inside their document's transaction, so a missing document is a broken store.
    if (!document) throw createError('STORE_CORRUPT', `item ${item.id} has no document ${item.documentId}`);
    return document;
  },
  /** The report's other copies; an item whose report has one copy has none. */
  async reprints(item: ItemView, _args: unknown, context: AtlasContext) {
    return (await context.loaders.reportCopies.load(item.reportId)).filter((copy) => copy.itemId !== item.id);
  },
  async firstSource(item: ItemView, _args: unknown, context: AtlasContext) {
    const [first] = await context.loaders.reportCopies.load(item.reportId);
    return first ?? { itemId: item.id, reportId: item.reportId, documentId: item.documentId, date: item.date };
  },
} satisfies ItemResolvers;

export const reportCopyResolvers = {
  async document(copy: ReportCopy, _args: unknown, context: AtlasContext) {
    const document = await context.loaders.documentSummaries.load(copy.documentId);
    if (!document) throw createError('STORE_CORRUPT', `item ${copy.itemId} has no document ${copy.documentId}`);
    return document;
  },
} satisfies ReportCopyResolvers;

export const outcomeResolvers = {
  normalizedValue: (outcome: Outcome): number => outcome.normalized.value,
  normalizedUnit: (outcome: Outcome): string => outcome.normalized.unit,
} satisfies OutcomeResolvers;

export const documentResolvers = {
  async items(document: DocumentParent, _args: unknown, context: AtlasContext) {
    if (document.items) return document.items;
    return (await context.loaders.documents.load(document.id))?.items ?? [];
  },
} satisfies DocumentResolvers;

export const practiceResolvers = {
  async related(practice: PracticeParent, _args: unknown, context: AtlasContext) {
    if (practice.related) return practice.related;
    return (await context.loaders.practices.load(practice.name))?.related ?? [];
  },
  async reportCount(practice: PracticeParent, _args: unknown, context: AtlasContext) {
    return (await context.services.practiceReportCounts()).get(practice.name) ?? 0;
  },
} satisfies PracticeResolvers;

/** The first item in full, only when the query asks for more than the service read (title, bulletin). */
async function firstItem(event: AdoptionEventValue, context: AtlasContext): Promise<ItemView> {
  const item = await context.loaders.items.load(event.firstItemId);
  // The id came from the store's own adoption rows a moment ago; missing means it was deleted meanwhile.
  if (!item) throw createError('NOT_FOUND', `item ${event.firstItemId}`);
  return item;
}

export const adoptionEventResolvers = {
  firstReport: (event: AdoptionEventValue, _args: unknown, context: AtlasContext) => firstItem(event, context),
  firstReportId: (event: AdoptionEventValue): string => event.firstItemId,
  async firstReportTitle(event: AdoptionEventValue, _args: unknown, context: AtlasContext) {
    return event.firstReportSummary?.title ?? (await firstItem(event, context)).title;
  },
  async firstBulletin(event: AdoptionEventValue, _args: unknown, context: AtlasContext) {
    const documentId = event.firstReportSummary?.documentId ?? (await firstItem(event, context)).documentId;
    const document = await context.loaders.documentSummaries.load(documentId);
    if (!document) throw createError('STORE_CORRUPT', `item ${event.firstItemId} has no document ${documentId}`);
    return document;
  },
} satisfies AdoptionEventResolvers;

export const candidatePracticeResolvers = {
  async items(candidate: CandidateView, _args: unknown, context: AtlasContext) {
    const items = await context.loaders.items.loadMany(candidate.itemIds);
    return items.filter((item): item is ItemView => item !== null && !(item instanceof Error));
  },
} satisfies CandidatePracticeResolvers;

/**
 * An enum's internal values: every schema name (Required<…Resolvers>) maps to the value whose upper
 * case it is, so a value added on one side only (schema or model) fails to compile.
 */
type EnumMap<TResolvers, TValue extends string> = Required<TResolvers> & { [V in TValue as Uppercase<V>]: V };

/** GraphQL enum names → the lower-case values the model uses (codegen.ts's enumValues). */
export const enumResolvers = {
  SearchMode: { HYBRID: 'hybrid', BM25: 'bm25', VECTOR: 'vector' } satisfies EnumMap<SearchModeResolvers, SearchMode>,
  RegionEvidence: {
    HEADLINE: 'headline', OFFICE: 'office', BODY: 'body', TOWN: 'town', SOURCE: 'source', PUBLISHER: 'publisher', SIBLING: 'sibling',
  } satisfies EnumMap<RegionEvidenceResolvers, RegionEvidence>,
  RegionLevel: { PROVINCE: 'province', CITY: 'city', COUNTY: 'county', TOWNSHIP: 'township', COMMUNITY: 'community' } satisfies EnumMap<RegionLevelResolvers, RegionLevel>,
  OutcomeKind: { OUTCOME: 'outcome', INPUT: 'input', TARGET: 'target' } satisfies EnumMap<OutcomeKindResolvers, OutcomeKind>,
  PracticeStatus: { CURATED: 'curated', CANDIDATE: 'candidate' } satisfies EnumMap<PracticeStatusResolvers, PracticeView['status']>,
  WriteStatus: { CREATED: 'created', REPLACED: 'replaced', UNCHANGED: 'unchanged' } satisfies EnumMap<WriteStatusResolvers, WriteStatus>,
  DiffusionLevel: { COUNTY: 'county', CITY: 'city', PROVINCE: 'province' } satisfies EnumMap<DiffusionLevelResolvers, DiffusionLevel>,
  DiffusionTable: { EVENTS: 'events', PANEL: 'panel' } satisfies EnumMap<DiffusionTableResolvers, DiffusionTable>,
  NeighbourScope: { CITY: 'city', PROVINCE: 'province' } satisfies EnumMap<NeighbourScopeResolvers, NeighbourScope>,
};
