/** Root query fields: check limits, call one service, prime the loaders with what came back. */
import { createError } from '../../errors/catalogue.ts';
import { checkPageSize, checkQueryText } from '../http/limits.ts';
import { toFilter } from './args.ts';
import type { AtlasContext } from './context.ts';
import { decodeOffsetCursor, offsetPageInfo } from './cursor.ts';
import type {
  QueryAdoptionsArgs, QueryCandidatePracticesArgs, QueryDiffusionArgs, QueryDiffusionTableArgs, QueryCompareRegionsArgs, QueryDocumentArgs, QueryDocumentsArgs, QueryItemArgs,
  QueryPracticeArgs, QueryPracticesArgs, QueryRegionArgs, QueryResolvers, QuerySearchArgs,
} from './generated/resolvers-types.ts';

/** Most regions one comparison may ask about: each is a column in the answer. */
export const MAX_COMPARED_REGIONS = 10;

function requireText(value: string, what: string): string {
  const trimmed = value.trim();
  if (trimmed === '') throw createError('BAD_REQUEST', `${what} must not be empty`);
  return trimmed;
}

/*
 * Arguments are typed as the schema declares them (Query…Args): an argument with a default can
 * still arrive as an explicit null, so each falls back to its default again here.
 */
export const queryResolvers = {
  async search(_: unknown, args: QuerySearchArgs, context: AtlasContext) {
    const result = await context.services.search({
      query: checkQueryText(args.query),
      filter: toFilter(args.filter),
      first: checkPageSize(args.first, 10),
      after: args.after ?? undefined,
      mode: args.mode ?? 'hybrid',
    });
    for (const hit of result.hits) context.loaders.items.prime(hit.item.id, hit.item);
    return result;
  },

  adoptions(_: unknown, args: QueryAdoptionsArgs, context: AtlasContext) {
    return context.services.adoptions(requireText(args.practice, 'practice'), toFilter(args.filter), checkPageSize(args.first, 30), checkPageSize(args.itemsPerPlace, 10));
  },

  diffusion(_: unknown, args: QueryDiffusionArgs, context: AtlasContext) {
    return context.services.diffusion(requireText(args.practice, 'practice'), args.level ?? 'county', toFilter(args.filter));
  },

  diffusionTable(_: unknown, args: QueryDiffusionTableArgs, context: AtlasContext) {
    return context.services.diffusionTable({
      practice: args.practice?.trim() || undefined,
      category: args.category?.trim() || undefined,
      level: args.level ?? 'county',
      table: args.table,
      filter: toFilter(args.filter),
    });
  },

  practice(_: unknown, args: QueryPracticeArgs, context: AtlasContext) {
    return context.loaders.practices.load(requireText(args.name, 'name'));
  },

  async practices(_: unknown, args: QueryPracticesArgs, context: AtlasContext) {
    const first = checkPageSize(args.first, 20);
    const offset = decodeOffsetCursor(args.after);
    const page = await context.services.practices({
      category: args.category ?? undefined,
      query: args.query ? checkQueryText(args.query) : undefined,
      first,
      offset,
    });
    return { total: page.total, nodes: page.nodes, pageInfo: offsetPageInfo(offset, page.nodes.length, page.total) };
  },

  async candidatePractices(_: unknown, args: QueryCandidatePracticesArgs, context: AtlasContext) {
    const first = checkPageSize(args.first, 50);
    const wanted = args.query?.trim() ?? '';
    const candidates = await context.services.candidatePractices();
    return (wanted === '' ? candidates : candidates.filter((candidate) => candidate.name.includes(wanted))).slice(0, first);
  },

  async region(_: unknown, args: QueryRegionArgs, context: AtlasContext) {
    const profile = await context.services.region(requireText(args.codeOrName, 'codeOrName'));
    if (!profile) return null;
    context.loaders.regions.prime(profile.region.code, profile);
    return { ...profile.region, profile };
  },

  compareRegions(_: unknown, args: QueryCompareRegionsArgs, context: AtlasContext) {
    const regions = args.regions.map((region) => region.trim()).filter((region) => region !== '');
    if (regions.length === 0 || regions.length > MAX_COMPARED_REGIONS) {
      throw createError('BAD_REQUEST', `regions must name 1 to ${MAX_COMPARED_REGIONS} regions`);
    }
    return context.services.compareRegions(regions, args.practice?.trim() || undefined);
  },

  item(_: unknown, args: QueryItemArgs, context: AtlasContext) {
    return context.loaders.items.load(args.id);
  },

  document(_: unknown, args: QueryDocumentArgs, context: AtlasContext) {
    return context.loaders.documents.load(args.id);
  },

  async documents(_: unknown, args: QueryDocumentsArgs, context: AtlasContext) {
    const first = checkPageSize(args.first, 20);
    const offset = decodeOffsetCursor(args.after);
    const page = await context.services.documents(toFilter(args.filter), first, offset);
    return { total: page.total, nodes: page.nodes, pageInfo: offsetPageInfo(offset, page.nodes.length, page.total) };
  },

  stats(_: unknown, _args: unknown, context: AtlasContext) {
    return context.services.stats();
  },

  isAdmin(_: unknown, _args: unknown, context: AtlasContext) {
    return context.isAdmin;
  },
} satisfies QueryResolvers;
