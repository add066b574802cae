/**
 * The place a report names only in its furniture: the 来源 line, the dateline or the outlet
 * (来源：XX县融媒体中心, XX网讯, XX融媒, XX日报). Outlets write their place in its short
 * form, so a short name counts here when an outlet word follows it.
 */
import type { RegionRef } from '../../types.ts';
import type { Chain, RegionScanner } from './scanner.ts';
import { normalizeForRegions } from './normalize.ts';
import { unitCandidates } from './subject.ts';

/** What follows a place in an outlet's name. */
const OUTLET_WORD = /^(?:报道|新闻|发布|网|融媒|日报|晚报|都市报|报|党建|组工|先锋|电视|广播|在线|手机|客户端|微讯|头条|之声|分站|论坛|政府|门户|组织|县委|市委|区委|旗委|州委|盟委|省委|宣传|今日|时讯|视窗|[0-9])/;

/** A site on one subject after its place: XX人才网, XX党员教育网, XX先锋在线. */
const TOPIC_OUTLET = /^\p{Script=Han}{1,4}?(?:网|在线|发布|微讯|融媒|客户端)$/u;

const acceptOutletEnding = (text: string, end: number): boolean =>
  end >= text.length || OUTLET_WORD.test(text.slice(end)) || TOPIC_OUTLET.test(text.slice(end));

/** Units the origins name with certainty, the most specific first, each once. */
export function originUnits(origins: readonly string[], scanner: RegionScanner): RegionRef[] {
  return certainOutletUnits(origins.map(normalizeForRegions), scanner, () => true);
}

/**
 * Outlets named inside the text itself — a dateline the page furniture did not set apart
 * ("云上XX报道（记者…）", "XX融媒讯"): a short place name followed by an outlet word.
 */
export function outletUnitsIn(text: string, scanner: RegionScanner): RegionRef[] {
  return certainOutletUnits([text], scanner, (chain) => chain.elements.at(-1)?.weak === true);
}

/** A daily or evening paper: the paper of a city or prefecture, not of a district inside it. */
const CITY_PAPER = /^(?:日报|晚报|都市报)/;

/**
 * A paper's short place name shared by a city and a unit inside it (兰州 of 兰州市 and 兰州新区,
 * 甘孜 of 甘孜州 and 甘孜县): a 日报 or 晚报 is the city's or prefecture's own paper.
 */
function paperOwner(candidates: RegionRef[], following: string): RegionRef[] {
  if (candidates.length !== 2 || !CITY_PAPER.test(following)) return candidates;
  const [a, b] = candidates as [RegionRef, RegionRef];
  if (b.pathCodes.includes(a.code)) return [a];
  if (a.pathCodes.includes(b.code)) return [b];
  return candidates;
}

function certainOutletUnits(texts: string[], scanner: RegionScanner, keep: (chain: Chain) => boolean): RegionRef[] {
  const units: RegionRef[] = [];
  for (const text of texts) {
    for (const chain of scanner.find(text, { acceptWeakEnding: acceptOutletEnding, withoutBoundary: true })) {
      if (!keep(chain)) continue;
      const candidates = paperOwner(unitCandidates(chain), text.slice(chain.end));
      const [only] = candidates;
      if (candidates.length === 1 && only && !units.some((unit) => unit.code === only.code)) units.push(only);
    }
  }
  return units.sort((a, b) => b.pathCodes.length - a.pathCodes.length);
}
