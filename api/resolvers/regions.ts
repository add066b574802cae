/**
 * The Region type: a RegionRef, optionally carrying the profile it was fetched with. Practices,
 * items and outcomes of a region come from its profile, loaded once per request per code.
 */
import type { RegionLevel } from '../../graph/model.ts';
import type { RegionProfile } from '../services/types.ts';
import type { AtlasContext } from './context.ts';
import type { RegionResolvers } from './generated/resolvers-types.ts';
import type { RegionParent } from './parents.ts';

/** Administrative code length → level (34 · 3408 · 340827 · 340827100 · 340827100001). */
const levelByCodeLength: Record<number, RegionLevel> = { 2: 'province', 4: 'city', 6: 'county', 9: 'township', 12: 'community' };

async function profileOf(region: RegionParent, context: AtlasContext): Promise<RegionProfile | null> {
  return region.profile ?? context.loaders.regions.load(region.code);
}

export const regionResolvers = {
  abolished: (region: RegionParent): boolean => region.abolished ?? false,
  successorCode: (region: RegionParent): string | null => region.successorCode ?? null,

  async parent(region: RegionParent, _args: unknown, context: AtlasContext): Promise<RegionParent | null> {
    const code = region.pathCodes.at(-2);
    const name = region.path.at(-2);
    if (code === undefined || name === undefined) return null;
    const profile = await context.loaders.regions.load(code);
    if (profile) return { ...profile.region, profile };
    // A parent the store never saw (no item names it) is still known from the child's path.
    const level = levelByCodeLength[code.length];
    if (!level) return null;
    return { code, name, level, path: region.path.slice(0, -1), pathCodes: region.pathCodes.slice(0, -1) };
  },

  async practices(region: RegionParent, _args: unknown, context: AtlasContext) {
    return (await profileOf(region, context))?.practices ?? [];
  },

  async items(region: RegionParent, _args: unknown, context: AtlasContext) {
    return (await profileOf(region, context))?.items ?? [];
  },

  async outcomes(region: RegionParent, _args: unknown, context: AtlasContext) {
    return (await profileOf(region, context))?.outcomes ?? [];
  },
} satisfies RegionResolvers;
