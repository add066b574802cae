/**
 * A province's own report (全省…基本完成, 从省委组织部获悉): the province alone, not the
 * counties it cites as examples. The province is the one the item or its source names — in the
 * headline (甘肃推进…), the body (贵州坚持…), the outlet (XX日报) or the publisher.
 */
import type { RegionRef } from '../../types.ts';
import type { Gazetteer } from '../../knowledge/gazetteer.ts';
import { deicticLevels, fitsDeixis } from './deixis.ts';
import type { Chain, RegionScanner } from './scanner.ts';
import { placeEnding, unitCandidates } from './subject.ts';

/**
 * A county written bare by its short name in running text is as often an ordinary word (资源、力量、
 * 服务 reads 资源 of 资源县): in a body it names no province; provinces and cities are written short as a rule.
 */
function bareCountyShortName(chain: Chain): boolean {
  const last = chain.elements.at(-1);
  return chain.elements.length === 1 && last !== undefined && last.weak && last.candidates.every((ref) => ref.level === 'county');
}

/** The provinces `texts` name, in order (any unit named counts for its province). */
function provincesNamed(texts: string[], scanner: RegionScanner, gazetteer: Gazetteer, inRunningText = false): RegionRef[] {
  const found: RegionRef[] = [];
  for (const text of texts) {
    for (const chain of scanner.find(text, { acceptWeakEnding: placeEnding })) {
      if (inRunningText && bareCountyShortName(chain)) continue;
      const provinces = new Set(unitCandidates(chain).map((ref) => ref.pathCodes[0]));
      const [code] = provinces;
      const ref = provinces.size === 1 && code !== undefined ? gazetteer.byCode(code) : undefined;
      if (ref) found.push(ref);
    }
  }
  return found;
}

/**
 * "在全省基层组织建设推进会上，X县委书记说…": a province-wide meeting is where a county or city
 * spoke, not the report's scope; its 全省 does not make the report the province's own. A venue
 * followed by the province's own officials (…会上，省委常委…) stays: that is the province speaking.
 */
const MEETING_VENUE = /在[^，,。；;]{0,24}?(?:全|我|本)省[^，,。；;]{0,30}?(?:会|会议|大会|论坛|培训班)上(?=[，,]?[^，,。；;省]{0,12}?[县区市旗州盟]委)/g;

/**
 * "2020年，X村被陕西省确定为全省…示范村", "荣获全省先进基层党组织": an honour a province conferred
 * names the honoured unit, and its 全省 is part of the title given, not the report's scope.
 */
const HONOUR_CONFERRED = /(?:被[^，,。；;]{0,12}?(?:确定|评|命名|授予|列|认定|表彰|选)为?|荣获|获评|获得|获授|入选)[^，,。；;]{0,6}?(?:全|我|本)省[^，,。；;]{0,30}/g;

function withoutMeetingVenues(text: string): string {
  return text.replace(MEETING_VENUE, '').replace(HONOUR_CONFERRED, '');
}

/**
 * Where a headline says the meeting was held (…考核会议在郑州召开): a province's own meetings sit in
 * the province, and a city's short name there is a place even without a boundary before it.
 */
const VENUE = /在([^\s，,。；;、在]{2,8}?)(?:召开|举行|举办|开幕)/g;

function venues(title: string): string[] {
  return [...title.matchAll(VENUE)].map((match) => match[1] ?? '');
}

/** A unit below the province speaking of itself in the first person (我区 may be an autonomous region's). */
const FIRST_PERSON_BELOW = /(?:我|本)(?:市|县|旗|州|盟)/;
const PROVINCE_ITSELF = /(?:全|我|本)省/;

export interface ProvinceEvidence { lead: string; body: string; title: string; originUnits: RegionRef[]; publisher: string }

/** The province the item speaks of as a whole (全省, 我省, 省委组织部), or null. */
export function provinceWide(evidence: ProvinceEvidence, scanner: RegionScanner, gazetteer: Gazetteer): RegionRef | null {
  const spoken = withoutMeetingVenues(evidence.title + evidence.lead);
  const kinds = deicticLevels(spoken);
  // "来我市调研…在省委常委…陪同下": a report speaking of itself as 我市/我县 is that unit's; the province's
  // officials it names accompany or visit, they do not make it the province's own.
  if (FIRST_PERSON_BELOW.test(spoken) && !PROVINCE_ITSELF.test(spoken)) kinds.delete('省');
  if (kinds.size === 0) return null;
  const provinceOf = (ref: RegionRef): RegionRef | undefined => (ref.pathCodes[0] === undefined ? undefined : gazetteer.byCode(ref.pathCodes[0]));
  const candidates = [
    ...provincesNamed([evidence.title], scanner, gazetteer),
    ...provincesNamed(venues(evidence.title), scanner, gazetteer),
    ...evidence.originUnits.map(provinceOf).filter((ref): ref is RegionRef => ref !== undefined),
    ...provincesNamed([evidence.body], scanner, gazetteer, true),
    ...provincesNamed([evidence.publisher], scanner, gazetteer),
  ];
  return candidates.find((province) => fitsDeixis(province, kinds)) ?? null;
}
