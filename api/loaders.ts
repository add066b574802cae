/**
 * Per-request DataLoaders so a query that reaches the same item, document, region or practice
 * from many places (hits → item → document, adoptions → region → parent) asks the services once.
 * Made fresh for each request: nothing is cached across requests or users.
 */
import DataLoader from 'dataloader';
import type { DocumentSummary, ItemView, PracticeView, ReportCopy } from '../graph/store.ts';
import type { AtlasServices, RegionProfile } from './services/types.ts';

export type DocumentWithItems = DocumentSummary & { items: ItemView[] };
export type PracticeDetail = PracticeView & { related: { name: string; count: number }[] };

export interface AtlasLoaders {
  items: DataLoader<string, ItemView | null>;
  documents: DataLoader<string, DocumentWithItems | null>;
  /** Documents without their items, for the `document` of each item shown. */
  documentSummaries: DataLoader<string, DocumentSummary | null>;
  /** Region profiles by code. */
  regions: DataLoader<string, RegionProfile | null>;
  practices: DataLoader<string, PracticeDetail | null>;
  /** Every copy of a report by report id, earliest first (an item's reprints and first source). */
  reportCopies: DataLoader<string, ReportCopy[]>;
}

/** Keeps each batched read well under the services' per-call cap (500 ids). */
const MAX_ITEMS_PER_BATCH = 100;

export function createLoaders(services: AtlasServices): AtlasLoaders {
  return {
    // Batched reads: many item ids (or document ids) in one services call.
    items: new DataLoader(async (ids) => {
      const found = new Map((await services.items([...ids])).map((item) => [item.id, item]));
      return ids.map((id) => found.get(id) ?? null);
    }, { maxBatchSize: MAX_ITEMS_PER_BATCH }),
    // The services answer these one key at a time; the loaders still remove duplicates per request.
    documents: new DataLoader((ids) => Promise.all(ids.map((id) => services.document(id)))),
    documentSummaries: new DataLoader(async (ids) => {
      const found = new Map((await services.documentSummaries([...ids])).map((summary) => [summary.id, summary]));
      return ids.map((id) => found.get(id) ?? null);
    }, { maxBatchSize: MAX_ITEMS_PER_BATCH }),
    regions: new DataLoader((codes) => Promise.all(codes.map((code) => services.region(code)))),
    practices: new DataLoader((names) => Promise.all(names.map((name) => services.practice(name)))),
    reportCopies: new DataLoader(async (reportIds) => {
      const copies = await services.reportCopies([...reportIds]);
      return reportIds.map((reportId) => copies.filter((copy) => copy.reportId === reportId));
    }, { maxBatchSize: MAX_ITEMS_PER_BATCH }),
  };
}
