/**
 * The place a report names only in its furniture: the 来源 line, the dateline or the outlet
 * (来源：XX县融媒体中心, XX网讯, XX融媒, XX日报). Outlets write their place in its short
 * form, so a short name counts here when an outlet word follows it.
 */
import type { RegionRef } from '../../types.ts';
import type { RegionScanner } from './scanner.ts';
import { normalizeForRegions } from './normalize.ts';
import { unitCandidates } from './subject.ts';

/** What follows a place in an outlet's name. */
const OUTLET_WORD = /^(?:新闻|发布|网|融媒|日报|晚报|都市报|报|党建|组工|先锋|电视|广播|在线|手机|客户端|微讯|头条|之声|分站|论坛|政府|门户|组织|县委|市委|区委|旗委|州委|盟委|省委|宣传|今日|时讯|视窗|[0-9])/;

const acceptOutletEnding = (text: string, end: number): boolean => end >= text.length || OUTLET_WORD.test(text.slice(end));

/** Units the origins name with certainty, the most specific first, each once. */
export function originUnits(origins: readonly string[], scanner: RegionScanner): RegionRef[] {
  const units: RegionRef[] = [];
  for (const origin of origins) {
    for (const chain of scanner.find(normalizeForRegions(origin), { acceptWeakEnding: acceptOutletEnding })) {
      const candidates = unitCandidates(chain);
      const [only] = candidates;
      if (candidates.length === 1 && only && !units.some((unit) => unit.code === only.code)) units.push(only);
    }
  }
  return units.sort((a, b) => b.pathCodes.length - a.pathCodes.length);
}
