/**
 * Which place an item is about, read the way a careful reader reads a report — each reading tried
 * in turn, the first that finds a place decides, and the resolution says which one it was:
 *   the headline, the contributing office or the body's opening (subject.ts) → a province acting
 *   province-wide (province.ts) → a town or village only: its county (towns.ts) → the source line
 *   or outlet, when the body speaks of 我县/全区 (origins.ts) → the bulletin's publisher.
 * Shared names are settled with the item's context; what stays ambiguous is returned as candidates.
 */
import type { ParsedItem, RegionContext, RegionEvidence, RegionRef, RegionResolution } from '../../types.ts';
import type { Gazetteer } from '../../knowledge/gazetteer.ts';
import { cityNicknames, shortNameOf } from '../../knowledge/region-names.ts';
import { communityRegion, communityUnderTownship } from './community.ts';
import { narrowByAnchors, preferByHistory } from './narrow.ts';
import { leadSentences, normalizeForRegions } from './normalize.ts';
import { deicticLevels, fitsDeixis, townshipAndPrefectureVoices } from './deixis.ts';
import { originUnits, outletUnitsIn } from './origins.ts';
import { provinceWide } from './province.ts';
import type { Chain, RegionScanner } from './scanner.ts';
import { sceneScopedTo, scopeAfterScene } from './scene.ts';
import { closesTitleSubject, findSubject, placeEnding, townshipCandidates, unitCandidates, withoutLeadingMarks, type ItemTexts, type Subject } from './subject.ts';
import { countiesOfTowns, townMentions } from './towns.ts';

export interface ResolverParts {
  gazetteer: Gazetteer;
  scanner: RegionScanner;
}

/** How much of a body is read for places that could settle an ambiguous name. */
const BODY_ANCHOR_LENGTH = 2000;

const NOTHING: RegionResolution = { region: null, candidates: [], subRegion: null, mention: null, evidence: null };

/** What the stages share about one item; origins and towns are read once, on first use. */
interface ItemReading {
  item: ParsedItem;
  texts: ItemTexts;
  context: RegionContext;
  parts: ResolverParts;
  origins: () => RegionRef[];
  towns: () => ReturnType<typeof townMentions>;
}

/** Places in `chains` that are certain (one candidate), as anchors for settling another name. */
function certainUnits(chains: Chain[]): RegionRef[] {
  return chains.flatMap((chain) => {
    const units = unitCandidates(chain);
    return units.length === 1 ? units : [];
  });
}

/** Towns the item names with certainty: they settle a shared county name they lie in. */
function certainTowns(reading: ItemReading): RegionRef[] {
  return reading.towns().flatMap((mention) => (mention.townships.length === 1 ? mention.townships : []));
}

/**
 * Context sources from the nearest to the farthest; built lazily because most names are unique
 * and never need them.
 */
/**
 * The counties the item's other towns may lie in, each town's once: two shared town names settle
 * each other where they have a county in common (建平乡 and 铜鼓镇 → the county holding both).
 */
function countiesOfOtherTowns(reading: ItemReading, candidates: RegionRef[]): RegionRef[] {
  const codes = new Set(candidates.map((ref) => ref.code));
  const counties: RegionRef[] = [];
  for (const mention of reading.towns()) {
    const parents = new Set(mention.townships.map((ref) => parentOf(ref, reading.parts.gazetteer)).filter((ref): ref is RegionRef => ref !== null));
    // The town being settled (as itself or as the counties it may lie in) is no anchor of its own.
    if (mention.townships.some((ref) => codes.has(ref.code)) || [...parents].every((ref) => codes.has(ref.code))) continue;
    counties.push(...parents);
  }
  return counties;
}

/** Cities the text writes by nickname (泉城红色物业): an anchor among a shared name's places, never a lead. */
function nicknamedCities(text: string, gazetteer: Gazetteer): RegionRef[] {
  return [...cityNicknames()].filter(([nickname]) => text.includes(nickname)).flatMap(([, name]) => gazetteer.byName(name));
}

function* anchorGroups(reading: ItemReading, candidates: RegionRef[]): Generator<RegionRef[]> {
  const { scanner } = reading.parts;
  const { texts, context } = reading;
  yield certainUnits([
    ...scanner.find(texts.title, { acceptWeakEnding: closesTitleSubject }),
    ...scanner.find(texts.office),
    ...scanner.find(texts.body),
  ]);
  yield certainTowns(reading);
  yield reading.origins();
  yield nicknamedCities(`${texts.title}。${texts.body}`, reading.parts.gazetteer);
  yield countiesOfOtherTowns(reading, candidates);
  const anyEnding = { acceptWeakEnding: () => true };
  if (context.publisher) yield certainUnits(scanner.find(normalizeForRegions(context.publisher), anyEnding));
  if (context.documentTitle) yield certainUnits(scanner.find(normalizeForRegions(context.documentTitle), anyEnding));
  yield context.siblingRegions;
}

/**
 * Of the units a shared name may be, the one the item also writes by its own name, even in short
 * form (大河坝镇 lies in two counties; "佛坪在全县各村…" names one of them): a bare short name is too
 * weak to lead, but enough to choose between places the item is already known to be about.
 */
function writtenElsewhere(candidates: RegionRef[], text: string): RegionRef[] {
  const written = candidates.filter((ref) => writesUnit(text, ref));
  return written.length === 1 ? written : candidates;
}

function settle(candidates: RegionRef[], reading: ItemReading): RegionRef[] {
  let remaining = candidates.length > 1 ? writtenElsewhere(candidates, `${reading.texts.title}。${reading.texts.body}`) : candidates;
  if (remaining.length > 1) {
    for (const anchors of anchorGroups(reading, candidates)) {
      remaining = narrowByAnchors(remaining, anchors, reading.parts.gazetteer);
      if (remaining.length < 2) break;
    }
  }
  return preferByHistory(remaining, reading.context.siblingRegions, reading.parts.gazetteer);
}

function parentOf(ref: RegionRef, gazetteer: Gazetteer): RegionRef | null {
  const parentCode = ref.pathCodes.at(-2);
  return parentCode === undefined ? null : (gazetteer.byCode(parentCode) ?? null);
}

/** Sections that report other places: an item there without a place is not the publisher's. */
const ELSEWHERE_SECTION = /市外|省外|县外|外地|他山|借鉴|参考/;

const found = (region: RegionRef, evidence: RegionEvidence, subRegion: RegionRef | null = null, mention: string | null = null): RegionResolution =>
  ({ region, candidates: [], subRegion, mention, evidence });

/**
 * An item that names no place at all, in a bulletin whose publisher names one unit
 * ("全市召开组织工作会议" in 中共安庆市委组织部's bulletin), is about the publisher's unit.
 */
function fromPublisher(reading: ItemReading): RegionResolution | null {
  const { item, context, parts } = reading;
  if (!context.publisher || (item.section && ELSEWHERE_SECTION.test(item.section))) return null;
  const units = certainUnits(parts.scanner.find(normalizeForRegions(context.publisher)));
  const [unit] = units;
  return units.length === 1 && unit ? found(unit, 'publisher') : null;
}

function mentionOf(subject: Subject, chain: Chain, title: string): string {
  const { community } = subject;
  const followsChain = community !== null && subject.source === 'title' && title.startsWith(community, chain.end);
  return followsChain ? chain.text + community : chain.text;
}

const EVIDENCE_OF_SOURCE: Record<Subject['source'], RegionEvidence> = { title: 'headline', office: 'office', body: 'body' };

/** A town's own organ acting, right after its name: 镇委书记…, 党委…, 乡党委…. */
const TOWN_ORGAN_AFTER = /^(?:党(?:工)?委|委书记|委副书记)/;

/**
 * A headline naming the county over a lead whose first town named is the county's, its organ acting
 * ("龙门县龙潭镇委书记…与乡贤…成立…"): the town is the sub-region.
 */
function townLeadingBody(region: RegionRef, reading: ItemReading): RegionRef | null {
  if (region.level !== 'county') return null;
  const { lead } = reading.texts;
  for (const chain of reading.parts.scanner.find(lead)) {
    const townships = townshipCandidates(chain).filter((ref) => ref.pathCodes.includes(region.code));
    if (townships.length === 0) continue;
    return townships.length === 1 && TOWN_ORGAN_AFTER.test(lead.slice(chain.end)) ? (townships[0] ?? null) : null;
  }
  return null;
}

/** The headline, the office or the body's opening names the place. */
function fromSubject(reading: ItemReading): RegionResolution | null {
  const { texts, parts } = reading;
  const subject = findSubject(texts, parts.scanner);
  if (!subject?.chain) return null;
  const { chain, community } = subject;
  const mention = mentionOf(subject, chain, texts.title);
  const evidence = EVIDENCE_OF_SOURCE[subject.source];

  let region: RegionRef | null = null;
  let township: RegionRef | null = null;
  const units = unitCandidates(chain);
  if (units.length > 0) {
    const settled = settle(units, reading);
    if (settled.length !== 1) return { region: null, candidates: settled, subRegion: null, mention, evidence };
    region = settled[0] ?? null;
    const inside = subject.townships.filter((ref) => region !== null && ref.pathCodes.includes(region.code));
    township = inside.length === 1 ? (inside[0] ?? null) : null;
    // "扬州某镇某村…", "青海某乡以…": a town named right under its city or its province still lies in
    // a county; that county acted.
    const county = township && (region?.level === 'city' || region?.level === 'province') ? parentOf(township, parts.gazetteer) : null;
    if (county?.level === 'county') region = county;
  } else {
    // The headline leads with a township ("洞山街道：…"): settle it, its county is the region.
    const settled = settle(subject.townships, reading);
    if (settled.length !== 1) {
      const counties = settled.map((ref) => parentOf(ref, parts.gazetteer)).filter((ref): ref is RegionRef => ref !== null);
      return { region: null, candidates: [...new Set(counties)], subRegion: null, mention, evidence: 'town' };
    }
    township = settled[0] ?? null;
    region = township ? parentOf(township, parts.gazetteer) : null;
  }
  if (!region) return null;
  township ??= townLeadingBody(region, reading);
  const communityParent = township ?? (region.level === 'county' ? region : null);
  const subRegion = community && communityParent ? communityRegion(community, communityParent) : township;
  const acting = subRegion === null && subject.source === 'title' && region.level === 'county' ? townActingInLead(reading, region) : null;
  return found(region, units.length > 0 ? evidence : 'town', subRegion ?? acting, mention);
}

/** What a town's or village's own bodies are called where they act (…村党支部立足…, …镇党委坚持…). */
const OWN_BODY = /^(?:党(?:委|工委|总支|支部)|村委会|居委会)?/;

/**
 * "千阳县：支部引领集体经济发展" over "…以来，千阳县某镇某村党支部立足村情…": a headline naming the county
 * over a first sentence where a town or village of that county, written under it, acts — the town
 * (and village) is the report's sub-region.
 */
function townActingInLead(reading: ItemReading, county: RegionRef): RegionRef | null {
  const { lead } = reading.texts;
  const end = lead.search(/[。！？!?\n]/);
  const sentence = end < 0 ? lead : lead.slice(0, end);
  const chain = reading.parts.scanner.find(sentence).find((found) => unitCandidates(found).some((ref) => ref.code === county.code));
  const townships = chain ? townshipCandidates(chain).filter((ref) => ref.pathCodes.includes(county.code)) : [];
  const [township] = townships;
  if (!chain || townships.length !== 1 || !township) return null;
  const community = communityUnderTownship(sentence, chain.end);
  const rest = sentence.slice(chain.end + (community?.length ?? 0));
  const body = OWN_BODY.exec(rest)?.[0] ?? '';
  if (!TOWN_ACTS.test(rest.slice(body.length))) return null;
  return community ? communityRegion(community, township) : township;
}

/** The item speaks of a province as a whole (全省, 省委组织部) and names or is sourced from it. */
function fromProvince(reading: ItemReading): RegionResolution | null {
  const { texts, context, parts } = reading;
  const province = provinceWide({
    title: texts.title, lead: texts.lead, body: texts.body, originUnits: reading.origins(),
    publisher: normalizeForRegions(context.publisher ?? ''),
  }, parts.scanner, parts.gazetteer);
  return province ? found(province, 'body') : null;
}

/** Whether the text writes the unit, by its full name or its official short form. */
function writesUnit(text: string, ref: RegionRef): boolean {
  const short = shortNameOf(ref.name, ref.level);
  return text.includes(ref.name) || (short !== null && text.includes(short));
}

/**
 * Towns of two or more counties, every county inside one city or prefecture the text writes by
 * name (黔南州各级党组织… 独山县影山镇…, 长顺县敦操乡…): the towns are the city's examples, and the
 * city is the place, not the county of the first town.
 */
function cityOfSeveralCounties(reading: ItemReading): RegionRef | null {
  const { gazetteer } = reading.parts;
  const counties = new Map<string, RegionRef>();
  for (const mention of reading.towns()) {
    const fromChain = unitCandidates(mention.chain).filter((ref) => ref.level === 'county');
    const parents = new Map(mention.townships.map((ref) => parentOf(ref, gazetteer)).filter((ref): ref is RegionRef => ref !== null).map((ref) => [ref.code, ref]));
    const [county] = fromChain.length > 0 ? fromChain : [...parents.values()];
    if ((fromChain.length > 0 ? fromChain.length : parents.size) === 1 && county) counties.set(county.code, county);
  }
  if (counties.size < 2) return null;
  const cities = new Set([...counties.values()].map((county) => county.pathCodes.at(-2)));
  const [code] = cities;
  const city = cities.size === 1 && code !== undefined ? gazetteer.byCode(code) : undefined;
  if (!city || city.level !== 'city') return null;
  const text = `${reading.texts.title}。${reading.texts.body}`;
  return writesUnit(text, city) ? city : null;
}

/** What a town acting as the subject goes on with: its Party committee, or the verbs a report opens on. */
const TOWN_ACTS = /^(?:党委|党工委|坚持|充分|始终|积极|立足|聚焦|紧扣|紧紧|探索|推行|创新|围绕|结合|通过|以|把|将|着力|深入)/;

/**
 * "近年来，X镇充分发挥…", "2024年，在县委的坚强领导下，X镇党委以…": a report naming no county whose
 * first sentence has the town act, after an opener, is the town's own — its sub-region.
 */
function townActsInLead(lead: string, mention: string): boolean {
  const at = lead.indexOf(mention);
  const sentenceEnd = lead.search(/[。！？!?\n]/);
  if (at < 0 || (sentenceEnd >= 0 && at > sentenceEnd)) return false;
  return TOWN_ACTS.test(lead.slice(at + mention.length));
}

/** Only towns, streets or villages are named: the county they lie in. */
function fromTowns(reading: ItemReading): RegionResolution | null {
  const towns = countiesOfTowns(reading.towns(), reading.parts.gazetteer);
  if (!towns) return null;
  const city = cityOfSeveralCounties(reading);
  if (city) return found(city, 'town', null, towns.first.chain.text);
  const counties = settle(towns.counties, reading);
  const [county] = counties;
  const mention = towns.first.chain.text;
  if (counties.length !== 1 || !county) return counties.length > 1 ? { region: null, candidates: counties, subRegion: null, mention, evidence: 'town' } : null;
  const township = towns.first.townships.find((ref) => ref.pathCodes.includes(county.code)) ?? null;
  const leads = reading.texts.title.startsWith(mention) || reading.texts.lead.startsWith(mention) || townActsInLead(reading.texts.lead, mention);
  const community = township && leads ? communityUnderTownship(reading.texts.title.startsWith(mention) ? reading.texts.title : reading.texts.lead, mention.length) : null;
  const subRegion = !leads || !township ? null : community ? communityRegion(community, township) : township;
  return found(county, 'town', subRegion, mention);
}

/** How often a text speaks of its own unit as a county (该县, 全县, 县委组织部…) and as a city or prefecture. */
function deicticWeights(text: string): { county: number; city: number } {
  const weights = { county: 0, city: 0 };
  for (const match of text.matchAll(/(?:我|全|本|该)([县区旗市州盟])|([县区旗市州盟])委(?:组织部|常委)|([县区旗市州盟])直(?:机关|单位|部门)/g)) {
    const kind = match[1] ?? match[2] ?? match[3] ?? '';
    if ('县区旗'.includes(kind)) weights.county += 1;
    else weights.city += 1;
  }
  return weights;
}

/**
 * A city's outlet (XX日报, XX网讯) reporting on one of its counties: the body speaks of 该县/全县
 * more than of the city and writes that county's name, in full or short (嘉鱼科技局) — the one
 * county of the outlet's city it writes is the place, not the city.
 */
function countyOfCityOutlet(outlets: RegionRef[], reading: ItemReading): RegionRef | null {
  const text = `${reading.texts.title}。${reading.texts.body}`;
  const weights = deicticWeights(text);
  if (weights.county <= weights.city) return null;
  for (const city of outlets.filter((ref) => ref.level === 'city')) {
    const written = reading.parts.gazetteer.children(city.code).filter((ref) => ref.level === 'county' && writesUnit(text, ref));
    if (written.length === 1) return written[0] ?? null;
  }
  return null;
}

/** The source line or outlet names a place and the body speaks of it as 我县/全区/该市. */
function fromOrigins(reading: ItemReading): RegionResolution | null {
  const kinds = deicticLevels(`${reading.texts.title}${reading.texts.body}`);
  if (kinds.size === 0) return null;
  const { texts, parts } = reading;
  const outlets = [...reading.origins(), ...outletUnitsIn(`${texts.title}。${texts.lead}`, parts.scanner)];
  const county = countyOfCityOutlet(outlets, reading);
  if (county) return found(county, 'source');
  const unit = outlets.find((ref) => fitsDeixis(ref, kinds));
  return unit ? found(unit, 'source') : null;
}

/**
 * The report speaks of its own unit (市委组织部发出通知, 全市…, 自治区党委…) and names one place only
 * of that kind somewhere in its text (登录工作台(余姚市)…), every other place it names lying inside
 * that one (宁夏有42万党员…石嘴山市探索…): that is the unit it speaks of.
 */
function fromSoleSpokenUnit(reading: ItemReading): RegionResolution | null {
  const kinds = deicticLevels(`${reading.texts.title}${reading.texts.body}`);
  if (kinds.size === 0) return null;
  const text = `${reading.texts.title}。${reading.texts.body}`;
  const { scanner } = reading.parts;
  // A province is written by its short name as a rule (宁夏有…, 贵州坚持…): one such name is certain.
  const provinces = certainUnits(scanner.find(text, { acceptWeakEnding: placeEnding })).filter((unit) => unit.level === 'province');
  const units = [...certainUnits(scanner.find(text)), ...provinces, ...dedicatedTo(text, scanner)];
  const spoken = new Map(units.filter((unit) => fitsDeixis(unit, kinds)).map((unit) => [unit.code, unit]));
  const [unit] = spoken.values();
  if (spoken.size !== 1 || !unit) return null;
  const related = (other: RegionRef): boolean => other.pathCodes.includes(unit.code) || unit.pathCodes.includes(other.code);
  return units.every(related) ? found(unit, 'body') : null;
}

/** The closing line a report dedicates its work to: "为黄石加快建成…贡献力量", "助力X高质量发展". */
const DEDICATION = /(?:为|助力)$/u;

/**
 * Units named by a short name only where the report dedicates its work to them: a unit's own
 * report names itself that way (为…汇聚力量), where a short name elsewhere may be a common word.
 */
function dedicatedTo(text: string, scanner: RegionScanner): RegionRef[] {
  // Read without a boundary before the name: 为 and 助力 run straight into it.
  const chains = scanner.find(text, { acceptWeakEnding: () => true, withoutBoundary: true })
    .filter((chain) => chain.elements.length === 1 && chain.elements[0]?.weak && DEDICATION.test(text.slice(0, chain.start)));
  return certainUnits(chains);
}

/** "A县委组织部组团在B县观摩学习…": a visit's host, named after the visitor by 在/到/赴. */
const VISIT_HOST = /^[^，,。：:]{0,12}?(?:在|到|赴|来到|走进)$/;
const VISIT_ACT = /^[^，,。]{0,4}?(?:观摩|考察|学习|调研|交流|取经)/;

/**
 * A headline telling of one place's delegation visiting another names both; the page of the host
 * (its 来源 or outlet names the host) reports the host's practice, which the visitors came to see.
 */
function hostOfVisit(resolution: RegionResolution, reading: ItemReading): RegionResolution | null {
  const { region, evidence, mention } = resolution;
  const { title } = reading.texts;
  if (!region || evidence !== 'headline' || !mention) return null;
  const from = title.indexOf(mention) + mention.length;
  for (const chain of reading.parts.scanner.find(title.slice(from))) {
    const host = unitCandidates(chain);
    const [only] = host;
    if (host.length !== 1 || !only || only.code === region.code) continue;
    if (!VISIT_HOST.test(title.slice(from, from + chain.start)) || !VISIT_ACT.test(title.slice(from + chain.end))) continue;
    return reading.origins().some((origin) => origin.code === only.code) ? found(only, 'source') : null;
  }
  return null;
}

/** "…带领…赴B区开展红色物业学习考察": the place a delegation goes to, named right after the verb of going. */
const VISIT_GOING = /(?:赴|到|前往|来到)$/;
const VISIT_PURPOSE = /^[^，,。；]{0,16}?(?:观摩|考察|学习|调研|交流|取经)/;
/** "…赴B市某示范村，开展为期一个月的挂职锻炼": a posting or training away, told over a comma. */
const POSTING_PURPOSE = /^[^。；;]{0,24}?(?:挂职|跟班|实训|培训)/;

/**
 * A report opening on its own delegation's visit ("区委常委、组织部部长X带领…赴B区开展…学习考察")
 * names the host, not itself: the visitors are spoken of by their own offices (区委/县委…) and no
 * place comes before the visit. It is the visitors' report — the one unit other than the host,
 * of the kind it speaks of (我区, 全区), that the text names is its place.
 */
function visitorsReport(resolution: RegionResolution, reading: ItemReading): RegionResolution | null {
  const { region, evidence, mention } = resolution;
  const { lead, title, body } = reading.texts;
  if (!region || evidence !== 'body' || !mention) return null;
  const at = lead.indexOf(mention);
  const sentenceStart = Math.max(lead.lastIndexOf('。', at), lead.lastIndexOf('\n', at)) + 1;
  const before = lead.slice(sentenceStart, at);
  const after = lead.slice(at + mention.length);
  if (at < 0 || !VISIT_GOING.test(before) || !(VISIT_PURPOSE.test(after) || POSTING_PURPOSE.test(after))) return null;
  const { scanner } = reading.parts;
  if (scanner.find(before).length > 0) return null;
  const kinds = deicticLevels(`${before}${body}`);
  if (kinds.size === 0) return null;
  const others = (units: RegionRef[]): RegionRef[] => units.filter((unit) => unit.code !== region.code && fitsDeixis(unit, kinds));
  const own = others(certainUnits(scanner.find(`${title}。${body}`)));
  const codes = new Set(own.map((unit) => unit.code));
  const [unit] = own;
  if (codes.size === 1 && unit) return found(unit, 'body');
  // The visitors' own paper or site (来源：XX新闻网, XX热线) names them only in its furniture.
  if (codes.size > 0 || !deicticLevels(before).size) return null;
  const sourced = others([...reading.origins(), ...outletUnitsIn(`${title}。${lead}`, scanner)]);
  const sourcedCodes = new Set(sourced.map((ref) => ref.code));
  return sourcedCodes.size === 1 && sourced[0] ? found(sourced[0], 'source') : null;
}

/** "市委常委、组织部部长X先后到", "…先后实地走访了": a unit's own official, unnamed as its paper writes it, going out. */
const OFFICIAL_GOES = /(省|市|州|盟)委[^。；;，,]{0,24}?(?:先后|分别|一行)?(?:到|赴|深入|前往|来到|走进|(?:实地)?(?:走访|察看|调研)了?)$/;
/** What joins the places visited in turn: 、, 和, 及, 与 — after the village visited there (A县某镇团结村和B县…). */
const VISIT_JOIN = /^(?:\p{Script=Han}{1,8}?(?:村|社区))?(?:、|和|及|与|以及)$/u;

/**
 * A city's (or province's) paper writes its own officials by office alone (市委常委、组织部部长X
 * 先后到A县和B区调研…): when they visit two or more places of one level lying in one unit of the
 * kind they belong to, the report is that unit's round of visits, not the first place's.
 */
/** An item printed without a headline is titled by its first clause: its "headline" is the body's opening. */
function titledByOpening(texts: ItemTexts): boolean {
  return texts.title.length > 0 && texts.body.startsWith(texts.title);
}

function roundOfVisits(resolution: RegionResolution, reading: ItemReading): RegionResolution | null {
  const { region, evidence, mention } = resolution;
  const { lead } = reading.texts;
  if (!region || !(evidence === 'body' || (evidence === 'headline' && titledByOpening(reading.texts))) || !mention) return null;
  // The place may open the lead in a sentence of its own (A县是全市…最多的县) before the official visits it.
  for (let at = lead.indexOf(mention); at >= 0; at = lead.indexOf(mention, at + mention.length)) {
    const round = roundVisitedFrom(lead, at, reading);
    if (round) return round;
  }
  return null;
}

function roundVisitedFrom(lead: string, at: number, reading: ItemReading): RegionResolution | null {
  const sentenceStart = Math.max(lead.lastIndexOf('。', at), lead.lastIndexOf('\n', at)) + 1;
  const kind = OFFICIAL_GOES.exec(lead.slice(sentenceStart, at))?.[1];
  if (!kind) return null;
  const { gazetteer } = reading.parts;
  const visited = visitedInTurn(lead.slice(at), reading);
  if (visited.length < 2 || new Set(visited.map((unit) => unit.level)).size !== 1) return null;
  const parents = new Set(visited.map((unit) => unit.pathCodes.at(-2)));
  const [code] = parents;
  const parent = parents.size === 1 && code !== undefined ? gazetteer.byCode(code) : undefined;
  return parent && fitsDeixis(parent, new Set([kind])) ? found(parent, 'body') : null;
}

/** The places visited in turn from the start of `text` (A县和B区…), each settled; stops at the first gap. */
function visitedInTurn(text: string, reading: ItemReading): RegionRef[] {
  const chains = reading.parts.scanner.find(text);
  const visited: RegionRef[] = [];
  for (let i = 0; i < chains.length; i += 1) {
    const chain = chains[i] as Chain;
    const previous = chains[i - 1];
    if (i === 0 ? chain.start !== 0 : !previous || !VISIT_JOIN.test(text.slice(previous.end, chain.start))) break;
    const units = settle(unitCandidates(chain), reading);
    if (units.length !== 1 || !units[0]) break;
    visited.push(units[0]);
  }
  return visited;
}

/** "X市委党校…一行到", "X市委组织部部长Y一行深入": a city's organ or official going to a place. */
const ORGAN_GOES = /^委[^。；;，,]{0,30}?一行(?:先后)?(?:到|赴|深入|前往|来到|走进)/;

/**
 * "通辽市委党校常务副校长X一行到敖包苏木…开展调研。旗委组织部部长Y陪同。": a city's organ visiting one
 * township of its own is that township's day — the host county's report, as one county visited
 * already is — not the city's.
 */
function townVisitedFromAbove(resolution: RegionResolution, reading: ItemReading): RegionResolution | null {
  const { region, evidence, mention } = resolution;
  const { lead } = reading.texts;
  if (!region || (region.level !== 'city' && region.level !== 'province') || evidence !== 'body' || !mention) return null;
  const at = lead.indexOf(mention);
  const going = at < 0 ? null : ORGAN_GOES.exec(lead.slice(at + mention.length));
  if (!going) return null;
  const [chain] = reading.parts.scanner.find(lead, { onlyAt: at + mention.length + going[0].length, townshipFirst: true });
  const townships = chain ? townshipCandidates(chain).filter((ref) => ref.pathCodes.includes(region.code)) : [];
  const [township] = townships;
  const county = townships.length === 1 && township ? parentOf(township, reading.parts.gazetteer) : null;
  return county && township ? found(county, 'town', township, chain?.text ?? null) : null;
}

/** A headline naming a unit's leader (X市领导调研…, X市委书记到…): the place says whose leader went. */
const LEADER_AFTER = /^(?:主要)?(?:领导|委领导|委书记|委副书记|委常委|委组织部(?:部)?长)/;
const OFFICIAL_GOING = /(?:省|市|州|盟)委[^。；;，,]{0,24}?(?:先后|分别|一行)?(?:到|赴|深入|前往|来到|走进)/g;

/**
 * "X市领导调研督查村两委换届" over "市委常委、组织部部长Y前往Z县，实地调研督查…": the headline's place
 * names whose leader went, the body where — one place inside it, whose work the report then tells.
 * Two or more places visited keep the leader's unit (a round of visits).
 */
function visitUnderLeaderHeadline(resolution: RegionResolution, reading: ItemReading): RegionResolution | null {
  const { region, evidence, mention } = resolution;
  const { title, lead } = reading.texts;
  if (!region || evidence !== 'headline' || !mention) return null;
  const at = title.indexOf(mention);
  if (at < 0 || !LEADER_AFTER.test(title.slice(at + mention.length))) return null;
  for (const going of lead.matchAll(OFFICIAL_GOING)) {
    const visited = visitedInTurn(lead.slice(going.index + going[0].length), reading);
    const [only] = visited;
    if (visited.length !== 1 || !only) return null;
    return only.pathCodes.includes(region.code) && only.code !== region.code ? found(only, 'body') : null;
  }
  return null;
}

/** "…一行来我区考察": the visitors named first came to the unit the report speaks of as 我区/本县. */
const CAME_TO_US = /^[^。；;！!？?]{0,40}?一行[^。；;，,]{0,10}?(?:来|到|莅临|走进)(?:我|本)(县|区|市|旗|州|盟)/;

/**
 * The host's own paper or site reporting a visit ("A县委常委、组织部长X一行来我区考察社区党建…")
 * opens on the visitors' place; the report is the host's — the unit it speaks of as 我区 — and
 * names it elsewhere (认为B区社区党建工作…): the one unit of that kind, other than the visitors',
 * the text names, else the one its source line or outlet names.
 */
function hostsReport(resolution: RegionResolution, reading: ItemReading): RegionResolution | null {
  const { region, evidence, mention } = resolution;
  const { lead, title, body } = reading.texts;
  if (!region || evidence !== 'body' || !mention) return null;
  const at = lead.indexOf(mention);
  const kind = at < 0 ? undefined : CAME_TO_US.exec(lead.slice(at + mention.length))?.[1];
  if (!kind) return null;
  const kinds = new Set([kind]);
  const others = (units: RegionRef[]): RegionRef[] => [...new Map(units.filter((unit) => unit.code !== region.code && !region.pathCodes.includes(unit.code) && fitsDeixis(unit, kinds)).map((unit) => [unit.code, unit])).values()];
  const named = others(certainUnits(reading.parts.scanner.find(`${title}。${body}`)));
  if (named.length === 1 && named[0]) return found(named[0], 'body');
  const sourced = others(reading.origins());
  return sourced.length === 1 && sourced[0] ? found(sourced[0], 'source') : null;
}

/**
 * A headline speaking of its own unit without naming it (市直机关党组织“双报到”…, 全县推行…) over a
 * body that opens on a place inside that unit (an event in one district): the unit the source
 * line or outlet names, of the kind the headline speaks of.
 */
function headlineUnitOverBody(resolution: RegionResolution, reading: ItemReading): RegionResolution | null {
  const { region, evidence } = resolution;
  const kinds = deicticLevels(reading.texts.title);
  if (!region || evidence !== 'body' || kinds.size === 0 || fitsDeixis(region, kinds)) return null;
  const unit = reading.origins().find((ref) => fitsDeixis(ref, kinds) && region.pathCodes.includes(ref.code) && ref.code !== region.code);
  return unit ? found(unit, 'source') : null;
}

/** "率先在泉州市完成…", "在泉州市率先…": the city named as the field a unit came first in. */
const FIRST_IN_BEFORE = /率先在$/;
const FIRST_IN_AFTER = /^(?:率先|首家|首个|第一个)/;

/**
 * A report telling how its unit came first in its city ("全市…完成换届，率先在泉州市完成…") names the
 * city as the field of the comparison, not as itself: the unit is the one county-level unit of that
 * city, of the kind the report speaks of (市委组织部, 全市), that the text writes (南安坚持…).
 */
function firstInCity(resolution: RegionResolution, reading: ItemReading): RegionResolution | null {
  const { region, evidence, mention } = resolution;
  const { lead, title, body } = reading.texts;
  if (!region || region.level !== 'city' || evidence !== 'body' || !mention) return null;
  const at = lead.indexOf(mention);
  if (at < 0) return null;
  const before = lead.slice(0, at);
  const after = lead.slice(at + mention.length);
  if (!FIRST_IN_BEFORE.test(before) && !(before.endsWith('在') && FIRST_IN_AFTER.test(after))) return null;
  const kinds = deicticLevels(`${title}${body}`);
  const text = `${title}。${body}`;
  const written = reading.parts.gazetteer.children(region.code).filter((ref) => ref.level === 'county' && fitsDeixis(ref, kinds) && writesUnit(text, ref));
  return written.length === 1 && written[0] ? found(written[0], 'body') : null;
}

/** "全省…其中，宿松县…": the lead speaks of the whole province before the place it cites. */
function speaksProvinceWideBefore(lead: string, mention: string | null): boolean {
  // 全省…, 我省…, or the province's own organs acting (省委组织部在西宁召开…到玉树、果洛挂职…).
  const wide = /全省(?![^，,。；]{0,10}片区)|我省|(?<![市县区州])省委(?:组织部|办公厅)(?:在[^，,。、]{1,6})?(?:召开|举办|部署|选派|启动|开展)/.exec(lead);
  return wide !== null && mention !== null && wide.index < lead.indexOf(mention);
}

/**
 * A place found in the body's opening scene gives way to the wider unit the report's scope
 * sentence names (scene.ts); the scene's place is then an example, not the subject.
 */
function widenedByScope(resolution: RegionResolution, item: ParsedItem, scanner: RegionScanner): RegionResolution {
  const { region, evidence } = resolution;
  // An item printed without a headline is titled by its opening (a quoted remark…): that "headline" is the scene.
  const openingTitle = evidence === 'headline' && item.title.length > 0 && item.text.trimStart().startsWith(item.title);
  if (!region || (evidence !== 'body' && evidence !== 'town' && !openingTitle)) return resolution;
  const body = item.text.slice(0, BODY_ANCHOR_LENGTH);
  const scope = scopeAfterScene(body, region, scanner);
  if (scope) return found(scope, 'body');
  // The scope sentence speaks of the place itself: the scene's town or village is its example.
  return resolution.subRegion && sceneScopedTo(body, region, scanner) ? { ...resolution, subRegion: null } : resolution;
}

/** Prefectures that speak of themselves as 我州/全州/州委 (自治州) or 我盟/全盟/盟委 (盟). */
const SPOKEN_PREFECTURE = /(?:自治州|盟)$/;

/**
 * A prefecture's own report (我州…, 州委组织部/文) names one of its counties only in passing — a
 * caption, a visit, an example: when the text speaks of the prefecture and never of a county
 * (我县/全县/该旗…), the county found gives way to the prefecture that holds it — unless the text
 * speaks of a township as its own more often than of the prefecture (a town following 全州's lead).
 */
function widenedToSpokenPrefecture(resolution: RegionResolution, text: string, gazetteer: Gazetteer): RegionResolution {
  const { region, evidence } = resolution;
  if (!region || region.level !== 'county') return resolution;
  const prefecture = parentOf(region, gazetteer);
  if (!prefecture || !SPOKEN_PREFECTURE.test(prefecture.name)) return resolution;
  const normalized = normalizeForRegions(text);
  const kinds = deicticLevels(normalized);
  const own = prefecture.name.endsWith('盟') ? '盟' : '州';
  if (!kinds.has(own) || ['县', '旗', '区', '市'].some((kind) => kinds.has(kind))) return resolution;
  // A town's own report (全镇…, 镇党委…) following the prefecture's lead (与全州同步开展…) stays the town's county.
  const voices = townshipAndPrefectureVoices(normalized);
  if (voices.township > voices.prefecture) return resolution;
  return evidence === null ? resolution : found(prefecture, evidence);
}

/** "全市村党组织书记培训班第四期在X开班": the unit's own event held at a place inside it. */
const OWN_EVENT_AT = /(?:全|我|本)(市|县|区|旗|州|盟)[^。；;！!？?]{0,40}?在([^\s，,。；;、在]{2,8}?)(?:召开|开班|举行|举办|开幕|启动)/g;

/**
 * A report speaking of its own unit's event (全市…在X开班, 全县…在X镇召开) names where it was held, not
 * who held it: the venue is a place inside the unit, and the unit is the venue's own city or county —
 * the one above it of the kind the report speaks of.
 */
function fromOwnEventVenue(reading: ItemReading): RegionResolution | null {
  const { scanner, gazetteer } = reading.parts;
  for (const match of `${reading.texts.title}。${reading.texts.lead}`.matchAll(OWN_EVENT_AT)) {
    const venue = match[2] ?? '';
    const [chain] = scanner.find(venue, { onlyAt: 0, acceptWeakEnding: (text, end) => end === text.length, withoutBoundary: true, townshipFirst: true });
    if (!chain || chain.end !== venue.length) continue;
    const units = unitCandidates(chain).length > 0 ? unitCandidates(chain) : townshipCandidates(chain);
    const [place] = units;
    if (units.length !== 1 || !place) continue;
    const kinds = new Set([match[1] ?? '']);
    const owner = place.pathCodes.slice(0, -1).reverse().map((code) => gazetteer.byCode(code)).find((ref): ref is RegionRef => ref !== undefined && fitsDeixis(ref, kinds));
    if (owner) return found(owner, 'body');
  }
  return null;
}

/** Paragraphs after the body's first read for one that opens on its place. */
const LATER_OPENING_PARAGRAPHS = 3;
/** How a paragraph puts its place first: 在福建省XX市XX区，…; 地处…, 位于…; 近年来，XX区以…. */
const PLACE_OPENER = /^(?:在|地处|位于|(?:近年来|近年|今年以来|去年以来|近期|近日|日前)[，,]\s*)/;
/** A part's heading run into its paragraph as a short first sentence: "完善组织体系，抓好顶层设计。". */
const PART_HEADING = /^[^。；;！？!?]{4,20}。\s*/;

/**
 * A feature whose opening paragraph names no place — a scene (立冬过后，骑手推开驿站的门…), a
 * quoted remark, a policy preamble — states where it is in the next paragraph that opens on a place
 * ("在福建省XX市XX区，每天有…", or after the part's short heading: "完善组织体系，抓好顶层设计。XX市委成立…"):
 * that place, when it is certain.
 */
function fromLaterOpening(reading: ItemReading): RegionResolution | null {
  const { scanner } = reading.parts;
  const paragraphs = reading.item.text.slice(0, BODY_ANCHOR_LENGTH).split('\n').map(normalizeForRegions);
  const [opening, ...rest] = paragraphs.filter((paragraph) => paragraph.length > 0);
  if (!opening || scanner.find(opening, { first: true }).length > 0) return null;
  for (const paragraph of rest.slice(0, LATER_OPENING_PARAGRAPHS)) {
    // A part opening on its short heading sentence (完善组织体系，抓好顶层设计。X市委成立…) opens on what follows it.
    const heading = PART_HEADING.exec(paragraph)?.[0] ?? '';
    const start = heading.length > 0 && scanner.find(heading, { first: true }).length === 0 ? heading.length : 0;
    const at = start + (PLACE_OPENER.exec(paragraph.slice(start))?.[0].length ?? 0);
    // Where the paragraph opens on it, a name that reads as a word elsewhere (市中区, 城区) is the subject.
    const [chain] = scanner.find(paragraph, { onlyAt: at, acceptWeakEnding: placeEnding });
    if (!chain) {
      if (scanner.find(paragraph, { first: true }).length > 0) return null;
      continue;
    }
    const settled = settle(unitCandidates(chain), reading);
    const [unit] = settled;
    return settled.length === 1 && unit ? found(unit, 'body', null, chain.text) : null;
  }
  return null;
}

/** What may stand after a listed name: the next name (、), or the list's closer (六个市, 等地, 三县). */
const LIST_CONTINUES = /^(?:、|(?:[一二三四五六七八九十两]|\d{1,2})个?[省市县区州盟旗地]|等[地市县区])/;
/** A list of places counts from this many names up. */
const MIN_LISTED = 3;

/**
 * A report naming no place as its subject, whose lead lists places of one level side by side
 * (鞍山、锦州、营口、阜新…六个市 elected…) all lying in one unit it also writes (辽宁日报, 辽宁六地):
 * the listed places are that unit's, and the report is about it.
 */
function fromListedPlaces(reading: ItemReading): RegionResolution | null {
  const { scanner, gazetteer } = reading.parts;
  const text = `${reading.texts.title}。${reading.texts.lead}`;
  const chains = scanner.find(text, { acceptWeakEnding: (written, end) => LIST_CONTINUES.test(written.slice(end)) });
  const whole = `${reading.texts.title}。${reading.texts.body}`;
  let run: RegionRef[] = [];
  for (let i = 0; i <= chains.length; i += 1) {
    const chain = chains[i];
    const previous = chains[i - 1];
    const units = chain ? unitCandidates(chain) : [];
    const joined = chain !== undefined && previous !== undefined && text.slice(previous.end, chain.start) === '、';
    if (chain && units.length === 1 && (joined || run.length === 0)) {
      run = joined ? [...run, units[0] as RegionRef] : [units[0] as RegionRef];
      continue;
    }
    if (run.length >= MIN_LISTED) {
      const parents = new Set(run.map((ref) => ref.pathCodes.at(-2)));
      const [code] = parents;
      const levels = new Set(run.map((ref) => ref.level));
      const parent = parents.size === 1 && levels.size === 1 && code !== undefined ? gazetteer.byCode(code) : undefined;
      if (parent && writesUnit(whole, parent)) return found(parent, 'body');
    }
    run = chain && units.length === 1 ? [units[0] as RegionRef] : [];
  }
  return null;
}

/** A roundup settles its items' common unit from this many items that name their place. */
const MIN_PLACED_SIBLINGS = 2;

/**
 * A roundup of several places' reports (各区县…, 全省各地…) whose introduction names none, or an
 * item written without its county: the item lies in the unit holding every other item's place —
 * their deepest common unit, a province or a city; of the item's own ambiguous candidates, the one
 * inside that unit. Items from sections reporting elsewhere (市外参考) are left alone; so is a
 * document whose items lie in different provinces.
 */
export function settleRoundup(items: ParsedItem[], resolutions: RegionResolution[], gazetteer: Gazetteer): RegionResolution[] {
  return resolutions.map((resolution, i) => {
    const item = items[i];
    if (resolution.region || !item || (item.section && ELSEWHERE_SECTION.test(item.section))) return resolution;
    const placed = resolutions.filter((other, j) => j !== i && other.region !== null).map((other) => other.region as RegionRef);
    if (placed.length < MIN_PLACED_SIBLINGS) return resolution;
    let common = placed[0]?.pathCodes ?? [];
    for (const ref of placed) {
      let k = 0;
      while (k < common.length && k < ref.pathCodes.length && common[k] === ref.pathCodes[k]) k += 1;
      common = common.slice(0, k);
    }
    const unitCode = common.at(-1);
    const unit = unitCode === undefined ? undefined : gazetteer.byCode(unitCode);
    if (!unit) return resolution;
    const inside = resolution.candidates.filter((ref) => ref.pathCodes.includes(unit.code));
    const [only] = inside;
    const region = inside.length === 1 && only ? only : unit;
    return { region, candidates: [], subRegion: null, mention: resolution.mention, evidence: 'sibling' };
  });
}

export function resolveItem(item: ParsedItem, context: RegionContext, parts: ResolverParts): RegionResolution {
  const read = widenedByScope(readItem(item, context, parts), item, parts.scanner);
  const text = `${item.title}。${item.office ?? ''}。${item.text.slice(0, BODY_ANCHOR_LENGTH)}`;
  return asFormerlyWritten(widenedToSpokenPrefecture(read, text, parts.gazetteer), normalizeForRegions(text), parts.gazetteer);
}

/**
 * A unit read by the short name it kept through a conversion (抚宁 of 抚宁区, 抚宁县 until 2015): a
 * report that writes the former full name (河北省抚宁县教育局…) and never the current one is of the
 * former unit's day.
 */
function asFormerlyWritten(resolution: RegionResolution, text: string, gazetteer: Gazetteer): RegionResolution {
  const { region } = resolution;
  const parentCode = region?.pathCodes.at(-2);
  if (!region || region.abolished === true || parentCode === undefined || text.includes(region.name)) return resolution;
  const former = gazetteer.children(parentCode).filter((ref) => ref.abolished === true && ref.successorCode === region.code && text.includes(ref.name));
  const [only] = former;
  return former.length === 1 && only ? { ...resolution, region: only } : resolution;
}

function readItem(item: ParsedItem, context: RegionContext, parts: ResolverParts): RegionResolution {
  const body = normalizeForRegions(item.text.slice(0, BODY_ANCHOR_LENGTH));
  const texts: ItemTexts = {
    title: withoutLeadingMarks(normalizeForRegions(item.title)),
    office: normalizeForRegions(item.office ?? ''),
    lead: normalizeForRegions(leadSentences(item.text)),
    body,
  };
  let origins: RegionRef[] | undefined;
  let towns: ReturnType<typeof townMentions> | undefined;
  const reading: ItemReading = {
    item, texts, context, parts,
    origins: () => (origins ??= originUnits(context.origins ?? [], parts.scanner)),
    towns: () => (towns ??= townMentions(`${texts.title}。${body}`, parts.scanner)),
  };
  const subject = fromSubject(reading);
  const host = subject ? hostOfVisit(subject, reading) : null;
  if (host) return host;
  const visitors = subject ? visitorsReport(subject, reading) : null;
  if (visitors) return visitors;
  const hosts = subject ? hostsReport(subject, reading) : null;
  if (hosts) return hosts;
  const round = subject ? roundOfVisits(subject, reading) : null;
  if (round) return round;
  const visitedTown = subject ? townVisitedFromAbove(subject, reading) : null;
  if (visitedTown) return visitedTown;
  const visit = subject ? visitUnderLeaderHeadline(subject, reading) : null;
  if (visit) return visit;
  const own = subject ? headlineUnitOverBody(subject, reading) : null;
  if (own) return own;
  const first = subject ? firstInCity(subject, reading) : null;
  if (first) return first;
  if (subject && !(subject.evidence === 'body' && speaksProvinceWideBefore(texts.lead, subject.mention))) return subject;
  if (subject) return fromProvince(reading) ?? subject;
  // A town opening the lead is the subject even when the lead also says 全省首个.
  const townLeads = townMentions(texts.lead, parts.scanner).length > 0;
  const stages = townLeads
    ? [fromTowns, fromProvince, fromOrigins, fromOwnEventVenue, fromPublisher, fromSoleSpokenUnit, fromLaterOpening, fromListedPlaces]
    : [fromProvince, fromTowns, fromOrigins, fromOwnEventVenue, fromPublisher, fromSoleSpokenUnit, fromLaterOpening, fromListedPlaces];
  for (const stage of stages) {
    const resolution = stage(reading);
    if (resolution) return resolution;
  }
  return NOTHING;
}
