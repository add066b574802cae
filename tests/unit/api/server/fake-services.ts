/**
 * A small in-memory AtlasServices for resolver tests: two invented bulletins about invented
 * places, and a record of every call so tests can check batching and argument translation.
 */
import { createError } from '../../../../errors/catalogue.ts';
import type { Outcome, RegionRef } from '../../../../graph/model.ts';
import type { DocumentSummary, ItemView, PracticeView } from '../../../../graph/store.ts';
import type { AtlasServices, RegionProfile, SearchRequest } from '../../../../api/services/types.ts';

export const 青禾县: RegionRef = { code: '341199', name: '青禾县', level: 'county', path: ['安徽省', '云岭市', '青禾县'], pathCodes: ['34', '3411', '341199'] };
export const 云岭市: RegionRef = { code: '3411', name: '云岭市', level: 'city', path: ['安徽省', '云岭市'], pathCodes: ['34', '3411'] };

export function buildOutcome(overrides: Partial<Outcome> = {}): Outcome {
  return {
    text: '累计帮办事项1.2万余件', value: 1.2, unit: '万件', normalized: { value: 12000, unit: '件' },
    metric: '帮办事项', kind: 'outcome', approximate: true, practice: '楼栋长制', ...overrides,
  };
}

export function buildItem(overrides: Partial<ItemView> = {}): ItemView {
  return {
    id: 'doc-a:1', documentId: 'doc-a', reportId: overrides.id ?? 'doc-a:1', ordinal: 1, section: '市内信息', title: '青禾县推行“楼栋长制”打通服务群众最后一米',
    office: '青禾县委组织部', text: '青禾县在全县推行楼栋长制，累计帮办事项1.2万余件。', date: '2023-05-10', year: 2023,
    region: 青禾县, regionCandidates: [], regionMention: '青禾县', regionEvidence: 'headline', subRegion: null,
    practices: [{ name: '楼栋长制', category: '基层治理', matched: '楼栋长' }],
    candidatePractices: [{ name: '红石榴驿站', matched: '“红石榴驿站”' }],
    outcomes: [buildOutcome()], policies: ['青禾县楼栋长工作规范'],
    passages: [{ index: 0, text: '青禾县在全县推行楼栋长制。' }],
    ...overrides,
  };
}

export const documentA: DocumentSummary = {
  id: 'doc-a', source: '云岭组工信息-第7期.txt', title: '云岭组工信息', issue: '第7期', date: '2023-05-10', publisher: '中共云岭市委组织部', hash: 'h-a', itemCount: 2,
};

export const practice楼栋长制: PracticeView = {
  name: '楼栋长制', category: '基层治理', status: 'curated', aliases: ['楼栋长'], description: '以楼栋为单元选派党员联系群众', itemCount: 2,
};

/** 红石榴驿站 as the fake gives it back once promoted. */
export const practice红石榴驿站: PracticeView = {
  name: '红石榴驿站', category: '基层治理', status: 'curated', aliases: [], description: '', itemCount: 1,
};

export interface FakeServices extends AtlasServices {
  calls: { method: string; args: unknown[] }[];
  readiness: { store: boolean; model: boolean };
  failWith?: Error;
}

export function createFakeServices(): FakeServices {
  const items = [buildItem(), buildItem({ id: 'doc-a:2', ordinal: 2, title: '云岭市开展“红石榴驿站”结对', region: 云岭市, regionEvidence: 'publisher', outcomes: [] })];
  const profile: RegionProfile = { region: 青禾县, practices: [{ practice: '楼栋长制', count: 1 }], items: [items[0]!], outcomes: items[0]!.outcomes };
  const promoted = new Set<string>();
  const fake: FakeServices = {
    calls: [],
    readiness: { store: true, model: true },
    async search(request: SearchRequest) {
      record('search', request);
      return {
        total: 2,
        hits: items.map((item, index) => ({ score: 1 - index / 10, item, highlights: [{ passageIndex: 0, snippet: '推行<em>楼栋长</em>制' }] })),
        facets: { province: [{ value: '安徽省', count: 2 }], city: [{ value: '云岭市', count: 2 }], practice: [{ value: '楼栋长制', count: 1 }], year: [{ value: '2023', count: 2 }], section: [{ value: '市内信息', count: 2 }] },
        pageInfo: { hasNextPage: false, endCursor: 'c2' },
        understood: { regions: [], practices: ['楼栋长制'] },
        suggestions: { places: [], practices: [] },
      };
    },
    async adoptions(practice, filter, first, itemsPerPlace) {
      record('adoptions', practice, filter, first, itemsPerPlace);
      return {
        // Listed as the store reads a practice page's items: without text and passages.
        practices: [practice楼栋长制], adoptions: [{ region: 青禾县, items: [{ ...items[0]!, text: '', passages: [], textOmitted: true }], itemCount: 1, outcomes: items[0]!.outcomes, otherOutcomes: [], firstDate: '2023-05-10', lastDate: '2023-05-10' }],
        totalAdoptions: 1, totalItems: 1, byProvince: [{ value: '安徽省', count: 1 }], byYear: [{ value: '2023', count: 1 }],
      };
    },
    async diffusion(practice, level, filter) {
      record('diffusion', practice, level, filter);
      const event = { region: 青禾县, firstDate: '2023-05-10', firstYear: 2023, firstItemId: 'doc-a:1', reports: 1, undatedReports: 0, neighbours: { scope: 'city' as const, adoptedBefore: 0, neighbours: 3, share: 0 } };
      return {
        practices: ['楼栋长制'], level, events: [event], undatedEvents: [], byYear: [{ period: '2023', newAdopters: 1, cumulative: 1 }],
        byMonth: [{ period: '2023-05', newAdopters: 1, cumulative: 1 }], firstAdopters: [event],
        byProvince: [{ province: { code: '34', name: '安徽省', level: 'province', path: ['安徽省'], pathCodes: ['34'] }, adopters: 1, reports: 1, firstDate: '2023-05-10', firstYear: 2023 }],
        reports: 1, undatedReports: 0, unplacedReports: 0, coarserReports: 0,
      };
    },
    async diffusionTable(request) {
      record('diffusionTable', request);
      return { filename: '楼栋长制-扩散事件-county.csv', csv: '\uFEFFpractice,region_code\r\n楼栋长制,341199\r\n', rows: 1 };
    },
    async practice(name) {
      record('practice', name);
      if (name === '楼栋长制') return { ...practice楼栋长制, related: [{ name: '网格化管理', count: 1 }] };
      return promoted.has(name) ? { ...practice红石榴驿站, related: [] } : null;
    },
    async practices(options) {
      record('practices', options);
      return { nodes: [practice楼栋长制].slice(options.offset ?? 0, (options.offset ?? 0) + (options.first ?? 20)), total: 1 };
    },
    async candidatePractices() {
      record('candidatePractices');
      return [{ name: '红石榴驿站', count: 2, itemIds: ['doc-a:1', 'doc-a:2'] }];
    },
    async practiceReportCounts() {
      record('practiceReportCounts');
      return new Map([['楼栋长制', 1], ['红石榴驿站', 1]]);
    },
    async region(codeOrName) {
      record('region', codeOrName);
      return codeOrName === '青禾县' || codeOrName === 青禾县.code ? profile : null;
    },
    async compareRegions(regions, practice) {
      record('compareRegions', regions, practice);
      return { regions: [青禾县], rows: [{ practice: '楼栋长制', regionCount: 1, cells: [{ region: 青禾县, items: [items[0]!], outcomes: items[0]!.outcomes }], metrics: [] }] };
    },
    async items(ids) {
      record('items', ids);
      return ids.flatMap((id) => items.filter((item) => item.id === id));
    },
    async reportCopies(reportIds) {
      record('reportCopies', reportIds);
      return items
        .filter((item) => reportIds.includes(item.reportId))
        .map((item) => ({ itemId: item.id, reportId: item.reportId, documentId: item.documentId, date: item.date }));
    },
    async document(id) {
      record('document', id);
      return id === documentA.id ? { ...documentA, items } : null;
    },
    async documentSummaries(ids) {
      record('documentSummaries', ids);
      return ids.includes(documentA.id) ? [documentA] : [];
    },
    async documents(filter, first, offset) {
      record('documents', filter, first, offset);
      return { nodes: [documentA].slice(offset, offset + first), total: 1 };
    },
    async stats() {
      record('stats');
      return { documents: 1, items: 2, regions: 2, practices: 1, candidatePractices: 1, outcomes: 1, passages: 2 };
    },
    async curateCandidate(request) {
      record('curateCandidate', request);
      if (request.candidate !== '红石榴驿站') throw createError('NOT_FOUND', `candidate practice ${request.candidate}`);
      if (request.action === 'PROMOTE' && !request.category) throw createError('BAD_REQUEST', 'PROMOTE needs a category');
      if (request.action === 'MERGE' && request.into !== '楼栋长制') throw createError('NOT_FOUND', `practice ${request.into ?? ''}`);
      if (request.action === 'PROMOTE') promoted.add(request.candidate);
      const practice = request.action === 'REJECT' ? null : request.action === 'MERGE' ? '楼栋长制' : request.candidate;
      return { candidate: request.candidate, action: request.action, practice, itemsLinked: practice === null ? 0 : 1 };
    },
    async addAlias(practice, alias) {
      record('addAlias', practice, alias);
      if (practice === '楼栋长制') return { ...practice楼栋长制, aliases: [...practice楼栋长制.aliases, alias] };
      if (promoted.has(practice)) return { ...practice红石榴驿站, aliases: [alias] };
      throw createError('NOT_FOUND', `practice ${practice}`);
    },
    async ready() {
      record('ready');
      return fake.readiness;
    },
  };
  function record(method: string, ...args: unknown[]): void {
    fake.calls.push({ method, args });
    if (fake.failWith) throw fake.failWith;
  }
  return fake;
}

export function callsOf(fake: FakeServices, method: string): unknown[][] {
  return fake.calls.filter((call) => call.method === method).map((call) => call.args);
}
