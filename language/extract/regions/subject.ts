/**
 * Which place an item is about. The headline's leading locality comes first ("望江县：…",
 * "四川省中江县立…"), then the contributing office ("中共伊春区委组织部"), then the first
 * sentences of the body ("…嘉荫县坚持…"). Places merely mentioned further on never lead.
 */
import type { RegionRef } from '../../types.ts';
import { isHan } from '../../knowledge/region-names.ts';
import { communityAt, communityUnderTownship } from './community.ts';
import { deicticLevels, fitsDeixis } from './deixis.ts';
import type { Chain, RegionScanner } from './scanner.ts';

export type SubjectSource = 'title' | 'office' | 'body';

export interface Subject {
  /** The chain naming the locality; null when the headline leads with a community only. */
  chain: Chain | null;
  source: SubjectSource;
  /** A community or village named right after the chain (or alone) at the head of the title. */
  community: string | null;
  /** Townships the headline names as its subject: inside the chain, or just after its colon. */
  townships: RegionRef[];
}

export interface ItemTexts {
  title: string;
  office: string;
  /** The body's first sentences. */
  lead: string;
  /** The body as far as it is read for context. */
  body: string;
}

/**
 * After a short name, what makes it part of a longer name, not a place of its own (安徽大学, 复兴镇,
 * 合作社) — or an outlet's dateline (辽宁长安网讯, 天津北方网讯): the paper, not the place that acted.
 */
export const INSTITUTION_AFTER = /^(?:镇|乡|村(?![社级两党居组干务（(])|街道|社区|社|区|县|市|州|旗|盟|新闻|网|融媒|发布|大学|学院|师范|职业|理工|医科|银行|日报|晚报|卫视|电视|广播|路|街|大道|大街|大厦|宾馆|饭店|酒店|机场|火车站|高速|集团|公司|党校|\p{Script=Han}{1,4}?(?:网|报|台)讯)/u;

export const placeEnding = (text: string, end: number): boolean => !INSTITUTION_AFTER.test(text.slice(end));

/** A place followed by its Party committee or government is who issued or organised, not who did. */
const ISSUER_AFTER = /^(?:委|党委|人民政府|政府|人大|政协)/;

/**
 * The body opens on a chain down to a township ("宿松县汇口镇清河村依托…"): the township, and
 * the community named right after it, are the subject's; a county or city alone names none.
 */
function bodySubject(body: Chain, lead: string, titleCommunity: string | null): Subject {
  const townships = townshipCandidates(body);
  if (townships.length === 0) return { chain: body, source: 'body', community: titleCommunity, townships: [] };
  return { chain: body, source: 'body', community: titleCommunity ?? communityUnderTownship(lead, body.end), townships };
}

/** Marks that close a headline's subject: colons (and "；" typed for one), brackets, dashes, a space. */
const TITLE_CLOSERS = '：:；;，,、】]）)」|丨—-· \u3000';

/** Bullets and brackets before a headline's subject: □望江县：…, 【安徽望江】… */
const LEADING_MARKS = /^[^\p{Letter}\p{Number}]+/u;

export function withoutLeadingMarks(title: string): string {
  return title.replace(LEADING_MARKS, '');
}

/** A headline subject ends at a closing mark or at the end of the headline. */
export function closesTitleSubject(text: string, end: number): boolean {
  const next = text[end];
  return next === undefined || TITLE_CLOSERS.includes(next);
}

/** What a town heading its headline does (X镇举办…, X街道推行…): the town is the one acting. */
const TOWN_HEADLINE_ACTS = /^(?:党(?:工)?委|举办|举行|召开|开展|推行|探索|创新|打造|实施|建立|成立|启动|推进|深化|构建|率先)/;

function townshipLeads(title: string, chain: Chain): boolean {
  return closesTitleSubject(title, chain.end) || communityAt(title, chain.end) !== null || TOWN_HEADLINE_ACTS.test(title.slice(chain.end));
}

/** A subject found in the title, with the community or township named right after it. */
function fromTitleChain(title: string, chain: Chain, scanner: RegionScanner): Subject {
  let townships = townshipCandidates(chain);
  let community = townships.length > 0 ? communityUnderTownship(title, chain.end) : communityAt(title, chain.end);
  if (townships.length === 0 && community === null && closesTitleSubject(title, chain.end)) {
    // "田家庵区：洞山街道打造…" — the township opens the clause after the colon.
    const next = chain.end + 1;
    const after = scanner.find(title, { onlyAt: next, townshipFirst: true })[0];
    townships = after ? townshipCandidates(after) : [];
    community = after && townships.length > 0 ? communityUnderTownship(title, after.end) : communityAt(title, next);
  }
  return { chain, source: 'title', community, townships };
}

/** Visitors from a higher level before the place they came to see: 中组部调研…, 省委书记考察…, 省委组织部来…. */
const VISITED_FROM_ABOVE = /^(?:中组部|中央组织部|中央[^，,。：:]{0,8}?|省委[^，,。：:]{0,10}?|省领导|省[^，,。：:]{0,6}?组)(?:调研|考察|视察|督导|走进|来|到)$/;

/**
 * A short name opening the headline without a colon (昆山选派…, 甘肃推进…) is taken when the body
 * names the same unit, or a unit inside it, again: that is how a reader knows it is a place.
 */
function confirmedShortName(texts: ItemTexts, scanner: RegionScanner): Chain | null {
  const inBody = scanner.find(texts.body, { acceptWeakEnding: placeEnding });
  // At the start, after a mark that opens a clause (…胡不归？宁波村社换届), or as what visitors from
  // above came to see (中组部调研宁波农村党建, 省委书记考察昆山).
  const opening = [
    ...scanner.find(texts.title, { acceptWeakEnding: placeEnding }).filter((chain) => chain.start === 0 || !isHan(texts.title[chain.start - 1])),
    // The verb runs straight into the name: read it without a boundary before it.
    ...scanner.find(texts.title, { acceptWeakEnding: placeEnding, withoutBoundary: true }).filter((chain) => VISITED_FROM_ABOVE.test(texts.title.slice(0, chain.start))),
  ];
  const confirmed = opening.filter((chain) => {
    const units = unitCandidates(chain);
    return inBody.some((other) => unitCandidates(other).some((ref) => units.some((unit) => ref.code === unit.code || ref.pathCodes.includes(unit.code))));
  });
  const [first, ...later] = confirmed;
  if (!first) return null;
  // "【津南行动】津南区海棠街…": the same unit written again, in full and down to a town, is the subject
  // — the short name before it was a column's tag.
  const firstUnits = unitCandidates(first);
  const within = (ref: RegionRef): boolean => firstUnits.some((unit) => ref.code === unit.code || ref.pathCodes.includes(unit.code));
  return later.find((chain) => chain.elements.length > first.elements.length && [...unitCandidates(chain), ...townshipCandidates(chain)].some(within)) ?? first;
}

function titleSubject(texts: ItemTexts, scanner: RegionScanner): Subject | null {
  const { title } = texts;
  const chains = scanner.find(title, { acceptWeakEnding: closesTitleSubject });
  const first = chains[0];
  if (first && first.start === 0) return fromTitleChain(title, first, scanner);
  const short = confirmedShortName(texts, scanner);
  if (short) return fromTitleChain(title, short, scanner);

  const township = scanner.find(title, { onlyAt: 0, townshipFirst: true, acceptWeakEnding: closesTitleSubject })[0];
  if (township && townshipLeads(title, township)) return fromTitleChain(title, township, scanner);
  const community = communityAt(title, 0);
  if (community) return { chain: null, source: 'title', community, townships: [] };
  return first ? fromTitleChain(title, first, scanner) : null;
}

/** Candidates of the chain's most specific county-or-above element. */
export function unitCandidates(chain: Chain): RegionRef[] {
  for (let index = chain.elements.length - 1; index >= 0; index -= 1) {
    const units = chain.elements[index]?.candidates.filter((ref) => ref.level !== 'township') ?? [];
    if (units.length > 0) return units;
  }
  return [];
}

/** Candidates of the chain's township element, if it has one. */
export function townshipCandidates(chain: Chain): RegionRef[] {
  for (const element of chain.elements) {
    const townships = element.candidates.filter((ref) => ref.level === 'township');
    if (townships.length > 0) return townships;
  }
  return [];
}

function isInside(child: RegionRef, parent: RegionRef): boolean {
  return child.code !== parent.code && child.pathCodes.includes(parent.code);
}

/**
 * An office names a city ("中共伊春市委组织部") while the body opens on one of its counties
 * ("嘉荫县坚持…"): the county is the subject, kept only if it lies inside the office's city.
 */
function refineOfficeWithBody(office: Chain, body: Chain | undefined, lead: string): Chain {
  if (!body) return office;
  const officeUnits = unitCandidates(office);
  if (officeUnits.some((ref) => ref.level === 'county')) return office;
  // 省委组织部 …全省…: the province acts as a whole; the counties after are its examples.
  const kinds = deicticLevels(lead);
  if (officeUnits.some((unit) => fitsDeixis(unit, kinds))) return office;
  const inside = unitCandidates(body).filter((ref) => officeUnits.some((unit) => isInside(ref, unit)));
  if (inside.length === 0) return office;
  const last = body.elements.at(-1);
  if (!last || last.candidates.some((ref) => ref.level === 'township')) return office;
  return { ...body, elements: [...body.elements.slice(0, -1), { ...last, candidates: inside }] };
}

/**
 * "杭州市委、市政府出台…，西湖区北山街道…", "成都市委组织部公布名单，郫都区…入选": a city or
 * province named as the issuer, with a unit inside it in the lead, is not the subject; that unit is.
 */
function pastIssuer(chain: Chain, text: string, lead: string, scanner: RegionScanner): Chain | null {
  if (!ISSUER_AFTER.test(text.slice(chain.end))) return null;
  const issuers = unitCandidates(chain);
  if (!issuers.every((ref) => ref.level === 'province' || ref.level === 'city')) return null;
  for (const later of scanner.find(lead)) {
    const inside = unitCandidates(later).filter((ref) => issuers.some((issuer) => isInside(ref, issuer)));
    if (inside.length === 0 || ISSUER_AFTER.test(lead.slice(later.end))) continue;
    const within = (ref: RegionRef): boolean => issuers.some((issuer) => ref.code === issuer.code || isInside(ref, issuer));
    return { ...later, elements: later.elements.map((element) => ({ ...element, candidates: element.candidates.filter(within) })) };
  }
  return null;
}

/** What joins two units acting together, and what they then do together. */
const JOINED_WITH = /^(?:与|和|同|、)/;
const JOINT_ACTION = /^(?:开展|联合|共同|结对|签订|召开|举办|互相|相互|携手|组织|建立)/;

/**
 * "呼和浩特市武川县与土默特左旗开展结对观摩": two units of one city named as the pair that acts (in the
 * headline or opening the body) are the city's report, not the first one's. Taken only when the chain writes the city, and
 * the partner lies in it and is followed by what they do together.
 */
function jointlyActingCity(chain: Chain, lead: string, scanner: RegionScanner): Chain | null {
  if (chain.elements.length < 2) return null;
  const joiner = JOINED_WITH.exec(lead.slice(chain.end));
  if (!joiner) return null;
  const partner = scanner.find(lead, { onlyAt: chain.end + joiner[0].length })[0];
  if (!partner || !JOINT_ACTION.test(lead.slice(partner.end))) return null;
  const parent = chain.elements.at(-2);
  const cities = parent?.candidates.filter((ref) => ref.level === 'city') ?? [];
  const inCity = (ref: RegionRef): boolean => cities.some((city) => isInside(ref, city));
  if (!parent || !unitCandidates(chain).every(inCity) || !unitCandidates(partner).some(inCity)) return null;
  return { text: chain.text.slice(0, parent.end - chain.start), start: chain.start, end: parent.end, elements: [...chain.elements.slice(0, -2), { ...parent, candidates: cities }] };
}

/** "X村被陕西省确定为全省…示范村": the place after 被 conferred an honour on the subject; it did not act. */
const HONOUR_GIVER_AFTER = /^(?:委|党委|人民政府|政府)?[^，,。；;]{0,8}?(?:确定|评|命名|授予|列|认定|表彰|选)为/;

function confersHonour(lead: string, chain: Chain): boolean {
  return lead[chain.start - 1] === '被' && HONOUR_GIVER_AFTER.test(lead.slice(chain.end));
}

/** A report's opening time word and its comma: 去年，…, 近年来，…, 2023年，…. */
const TIME_OPENER = /^(?:近年来|近年|近期|近日|日前|今年以来|去年以来|去年|今年|\d{4}年(?:以来)?)[，,]\s*/u;
/** What a unit does right after its name when it is the subject of the opening clause. */
const ACTS_AFTER = /^(?:在|以|将|坚持|把|围绕|立足|聚焦|紧扣|持续|深入|积极|全面|大力|着力|探索|创新|推行|推进|实施|通过|充分|始终)/u;

/**
 * "去年，琼海在抓基层党建工作上…", "2023年，三亚以高质量党建…": a short name opening the body's first
 * clause after its time word, acting, is the report's own unit — taken when the body writes it again
 * (推进琼海…, 琼海将…), which is how a reader knows the word is a place.
 */
function shortNameAfterOpener(texts: ItemTexts, scanner: RegionScanner): Chain | null {
  const opener = TIME_OPENER.exec(texts.lead);
  if (!opener) return null;
  const at = opener[0].length;
  const [chain] = scanner.find(texts.lead, { onlyAt: at, acceptWeakEnding: (text, end) => ACTS_AFTER.test(text.slice(end)) });
  if (!chain || unitCandidates(chain).length === 0) return null;
  const bodyAt = texts.body.indexOf(chain.text);
  return bodyAt >= 0 && texts.body.includes(chain.text, bodyAt + chain.text.length) ? chain : null;
}

export function findSubject(texts: ItemTexts, scanner: RegionScanner): Subject | null {
  const fromTitle = titleSubject(texts, scanner);
  if (fromTitle?.chain) {
    const past = pastIssuer(fromTitle.chain, texts.title, texts.lead, scanner);
    if (past) return { chain: past, source: 'body', community: null, townships: townshipCandidates(past) };
    const joint = jointlyActingCity(fromTitle.chain, texts.title, scanner);
    return joint ? { ...fromTitle, chain: joint, community: null, townships: [] } : fromTitle;
  }
  const community = fromTitle?.community ?? null;

  const office = scanner.find(texts.office, { first: true })[0];
  const opening = shortNameAfterOpener(texts, scanner) ?? scanner.find(texts.lead).find((chain) => !confersHonour(texts.lead, chain));
  const body = opening ? (pastIssuer(opening, texts.lead, texts.lead, scanner) ?? jointlyActingCity(opening, texts.lead, scanner) ?? opening) : undefined;
  if (office) {
    const chain = refineOfficeWithBody(office, body, texts.lead);
    return { chain, source: chain === office ? 'office' : 'body', community, townships: [] };
  }
  if (body) return bodySubject(body, texts.lead, community);
  return community ? { chain: null, source: 'title', community, townships: [] } : null;
}
