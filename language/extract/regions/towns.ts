/**
 * Items that name only a town, township, street or village (汇口镇某村, 好花红镇): the county is
 * the one the gazetteer puts the town in. A town name several counties share is settled by the
 * item's other towns, then by the rest of the context, as any shared name is.
 */
import type { RegionRef } from '../../types.ts';
import type { Gazetteer } from '../../knowledge/gazetteer.ts';
import type { Chain, RegionScanner } from './scanner.ts';
import { townshipCandidates, unitCandidates } from './subject.ts';

export interface TownMention {
  chain: Chain;
  /** Every township the name can be (narrowed by a unit prefix when the chain has one). */
  townships: RegionRef[];
}

/** Town mentions in `text`, left to right: chains that contain a township element. */
export function townMentions(text: string, scanner: RegionScanner): TownMention[] {
  return scanner.find(text, { townshipFirst: true })
    .map((chain) => ({ chain, townships: townshipCandidates(chain) }))
    .filter((mention) => mention.townships.length > 0);
}

function parentCode(ref: RegionRef): string | undefined {
  return ref.pathCodes.at(-2);
}

/**
 * The county holding the first town named, as candidates: when the first town is shared, the
 * counties other towns of the item also lie in are kept (two towns of one county settle each other).
 */
export function countiesOfTowns(mentions: TownMention[], gazetteer: Gazetteer): { first: TownMention; counties: RegionRef[] } | null {
  const [first, ...rest] = mentions;
  if (!first) return null;
  const countiesOf = (mention: TownMention): RegionRef[] => {
    const fromChain = unitCandidates(mention.chain);
    if (fromChain.length > 0) return fromChain;
    const codes = [...new Set(mention.townships.map(parentCode))];
    return codes.map((code) => (code === undefined ? undefined : gazetteer.byCode(code))).filter((ref): ref is RegionRef => ref !== undefined);
  };
  let counties = countiesOf(first);
  if (counties.length > 1) {
    for (const other of rest) {
      const shared = counties.filter((county) => countiesOf(other).some((ref) => ref.code === county.code));
      if (shared.length > 0 && shared.length < counties.length) counties = shared;
      if (counties.length === 1) break;
    }
  }
  return { first, counties };
}
