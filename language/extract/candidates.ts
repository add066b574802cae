/**
 * Candidate practices: named mechanisms an item puts in quotes that the curated taxonomy does not
 * know yet — “54321”帮扶机制, “四个一”整顿举措, 社区“红领工作站”. The genre quotes many other
 * things too (slogans, colloquialisms such as “家底”, lists), so a quoted span counts only when it
 * reads as a name: a mechanism noun follows it or ends it, or it is a numbered formula.
 *
 * itemCandidates adds what an item's headline and lead are about: a quoted name in the headline
 * counts without a mechanism noun (昆山选派“强村书记”), and an item no curated practice
 * matches takes its unquoted key mechanism from the headline or first sentence (推行“两议三公开”
 * 工作法 → 两议三公开工作法; 实施乡村振兴头雁计划 → 乡村振兴头雁计划), so no item is left
 * without a practice.
 */
import type { CandidatePractice } from '../../graph/model.ts';
import { closePdfSpaces, normalizeChinese } from '../segment/chinese-text.ts';
import type { PracticeMatcher } from './practices.ts';

/** A quoted span on one line: “…”, 「…」, 『…』, "…", ‘…’. */
const QUOTED = /“([^“”\n]{1,40})”|「([^「」\n]{1,40})」|『([^『』\n]{1,40})』|"([^"\n]{1,40})"|‘([^‘’\n]{1,40})’/g;

/** Nouns that, written right after the quote, make it the name of a mechanism. */
const FOLLOWING_NOUN =
  /^([\u4e00-\u9fff]{0,6}?)(工作机制|机制|制度|模式|工作法|举措|措施|工程|行动|服务圈|工作室|工作站|计划|制)/u;
/** Words that tie a following noun to the sentence rather than to the name (等基层组织生活制度). */
const FUNCTION_CHARS = /[的了和与及等是在为将把对从向以按由并]/u;

/** Endings that make a quoted span a name by itself: 红领工作站, 三点半课堂, 双千工程. */
const NAME_ENDING =
  /(机制|制度|模式|工作法|工程|行动|计划|服务圈|圈|站|室|库|队|课堂|讲堂|学校|学院|党校|清单|超市|驿站|之家|联盟|中心|台账|榜|擂台|基金|公约|积分|指数|书院|直通车|制)$/u;
/** Numbered formulas: 54321, 四个一, 三个报告, 十大员, 双千工程, 5D直通车. */
const NUMBERED = /^[0-9一二三四五六七八九十百千万两双]|[0-9]/u;
/** Punctuation inside the quote marks a slogan or a list, not a name. */
const LIST_PUNCTUATION = /[，、。；：！？,;:!?…—·()《》\s]/u;

/** Formulaic phrases that are ordinary Chinese, not anyone's mechanism. */
const COMMON_PHRASES = new Set([
  '一对一', '一对多', '一帮一', '一条龙', '一把手', '一刀切', '一盘棋', '一揽子', '一键通', '两委', '两新', '三农',
  '最后一公里', '最后一米', '面对面', '点对点', '零距离', '一站式', '双职工', '两不愁三保障',
  // Numeral idioms (成语) that open many slogans.
  '双管齐下', '一举两得', '三令五申', '四面八方', '五湖四海', '千方百计', '万无一失', '一心一意', '一马当先',
  '百花齐放', '十全十美', '一以贯之', '一体推进', '两手抓',
  // Organisational words quoted for emphasis.
  '两委班子', '两委成员', '两委干部', '两新组织', '三农工作',
]);

/** Questions and dated remarks are quoted speech (“2024年怎么干”), not names. */
const QUOTED_SPEECH = /怎么|什么|如何|为何|吗|呢|\d{4}年/u;

/** Birth cohorts quoted as labels for people (“80后”领着“50后”“60后”), not anyone's mechanism. */
const COHORT = /^(?:[0-9]{2}|[五六七八九零〇]零)后$/u;

const MAX_NAME_LENGTH = 12;

function followingNoun(text: string, from: number): string {
  const ahead = normalizeChinese(text.slice(from, from + 16), { dropQuotes: false });
  const found = FOLLOWING_NOUN.exec(ahead);
  if (!found) return '';
  const qualifier = found[1] ?? '';
  if (FUNCTION_CHARS.test(qualifier)) return '';
  return found[0];
}

/** A numbered formula carried out as a programme of building: “三基”建设, “五好”建设, “双强”建设. */
function formulaProgramme(inner: string, text: string, from: number): string {
  return NUMBERED.test(inner) && normalizeChinese(text.slice(from, from + 4), { dropQuotes: false }).startsWith('建设') ? '建设' : '';
}

/** Length of the written noun in the original (it may contain PDF spaces). */
function writtenLength(text: string, from: number, noun: string): number {
  let consumed = 0;
  let index = from;
  while (consumed < noun.length && index < text.length) {
    if (!/\s/.test(text[index] ?? '')) consumed += 1;
    index += 1;
  }
  return index - from;
}

/**
 * Parallel short phrases in one quote (双网融合、三方共进; 万村党建富民、建设美好家园): with a mechanism noun after
 * the quote they are the mechanism's name, not a list (“一核多元、协同联动”治理体系).
 */
function pairedFormula(inner: string): boolean {
  const parts = inner.split('、');
  return parts.length >= 2 && parts.length <= 3 && parts.every((part) => /^[\u4e00-\u9fff]{2,6}$/u.test(part) && !COMMON_PHRASES.has(part));
}

/** A verb between the quote and the noun (…”提供制度保障) makes the noun the sentence's, not the name's. */
const VERB_BEFORE_NOUN = /提供|形成|建立|健全|完善|推行|实施|落实|作为|成为|纳入|列入|写入|探索|创新|构建|打造/u;

function withoutVerb(noun: string): string {
  return VERB_BEFORE_NOUN.test(noun) ? '' : noun;
}

/** A campaign: “X”活动, “X”主题活动 — the quote is the campaign's name (not 活动场所, 活动室). */
const CAMPAIGN_AFTER = /^(?:主题|实践|专项|系列|创建|竞赛)?活动(?!场所|阵地|室|中心|经费|广场)/u;

function namesCampaign(text: string, from: number): boolean {
  return CAMPAIGN_AFTER.test(normalizeChinese(text.slice(from, from + 8), { dropQuotes: false }));
}

function readsAsName(inner: string, noun: string): boolean {
  return noun.length > 0 || NAME_ENDING.test(inner) || NUMBERED.test(inner);
}

export function findCandidatePractices(text: string, matcher: PracticeMatcher, options: { anyQuote?: boolean } = {}): CandidatePractice[] {
  const candidates: CandidatePractice[] = [];
  const seen = new Set<string>();
  for (const found of text.matchAll(QUOTED)) {
    const rawInner = found.slice(1).find((group) => group !== undefined) ?? '';
    const inner = normalizeChinese(rawInner, { dropQuotes: true });
    if (inner.length < 2 || (inner.length > MAX_NAME_LENGTH && !pairedFormula(inner))) continue;
    const end = found.index + found[0].length;
    const paired = pairedFormula(inner) ? withoutVerb(followingNoun(text, end)) : '';
    if (paired === '' && (LIST_PUNCTUATION.test(inner) || QUOTED_SPEECH.test(inner) || COMMON_PHRASES.has(inner) || COHORT.test(inner))) continue;
    const noun = paired !== '' ? paired : NAME_ENDING.test(inner) ? '' : followingNoun(text, end) || formulaProgramme(inner, text, end);
    const name = inner + noun;
    if (name.length < 3 || !(options.anyQuote === true || readsAsName(inner, noun) || namesCampaign(text, end))) continue;
    if (matcher.practiceNamed(inner) || matcher.practiceNamed(name)) continue;
    if (seen.has(name)) continue;
    seen.add(name);
    const matched = closePdfSpaces(text.slice(found.index, end + writtenLength(text, end, noun)));
    candidates.push({ name, matched });
  }
  return candidates;
}

/** Nouns that close an unquoted mechanism name in a headline or lead sentence. */
const MECHANISM = /(工作机制|机制|模式|工程|行动|计划|工作法|制度|[^\s制]长制|管理)/gu;
/** A name is the run of characters before the noun, up to punctuation. */
const NAME_RUN = /[\u3400-\u9fffA-Za-z0-9+]{1,14}$/u;
/**
 * Verbs and function words a name never starts with: the name is what follows the last of them
 * (greedy, so 全面推行 goes as a whole)
 * (全面推行网格长制 → 网格长制; 以党建引领为抓手实施强村行动 → 强村行动).
 */
const LEADING_WORDS =
  /^.*(推行|实施|建立|健全|完善|探索|创新|打造|开展|落实|推进|构建|深化|启动|推出|采取|采用|运用|通过|依托|坚持|围绕|按照|创建|制定|出台|印发|建成|形成|总结|提炼|推广|实行|用好|抓好|做好|强化|加强|优化|全面|积极|大力|持续|扎实|深入|不断|首创|率先|为抓手|为载体|的|了|和|与|及|在|将|把|以|为|等|是|对|从|向|按|由|并)/u;
/** Names that are the genre's ordinary words, not a place's own mechanism. */
const GENERIC_NAMES = new Set([
  '长效', '工作', '管理', '联动', '运行', '保障', '考核', '激励', '协调', '责任', '领导', '体制', '评价', '监督', '约束',
  '常态化', '长效化', '制度化', '规范化', '工作推进', '沟通协调', '考核评价', '激励约束', '责任落实', '监督管理', '工作运行',
  '协同', '联席', '会议', '议事', '决策', '服务', '帮扶', '培训', '培养', '选拔', '用人', '奖惩', '退出', '准入', '预警',
  '示范', '试点', '专项', '重点', '民生', '惠民', '德治', '法治', '自治', '三年', '五年', '十年', '行动', '计划', '工程',
]);

/** What stands before 管理 in ordinary sentences rather than in a mechanism's name. */
const MANAGEMENT_WORDS = /^(日常|规范|严格|统一|集中|科学|有效|安全|综合|加强|强化|内部|教育|监督|服务|经营|组织|干部|党员|人员|资金|资产|项目|后续|跟踪|精细|精细化|标准化|规范化|制度化)$/u;

const MAX_MECHANISM_LENGTH = 14;

/** The first sentence of a text (up to 。！？ or a line break). */
function firstSentence(text: string): string {
  const end = text.search(/[。！？!?\n]/u);
  return end < 0 ? text.slice(0, 200) : text.slice(0, end);
}

/** Unquoted mechanism names in one sentence: 两议三公开工作法, 乡村振兴头雁计划, 网格长制. */
function unquotedMechanisms(sentence: string, matcher: PracticeMatcher): CandidatePractice[] {
  const text = normalizeChinese(sentence, { dropQuotes: true });
  const found: CandidatePractice[] = [];
  for (const hit of text.matchAll(MECHANISM)) {
    const noun = hit[0];
    const before = text.slice(Math.max(0, hit.index - MAX_MECHANISM_LENGTH), hit.index + (noun.endsWith('长制') ? noun.length - 2 : 0));
    const run = NAME_RUN.exec(before)?.[0] ?? '';
    const stem = run.replace(LEADING_WORDS, '');
    const name = noun.endsWith('长制') ? `${stem}长制` : stem + noun;
    const core = noun.endsWith('长制') ? stem : stem.replace(/(工作|管理|服务)$/u, '');
    if (stem.length < (noun.endsWith('长制') ? 1 : 2) || name.length > MAX_MECHANISM_LENGTH || GENERIC_NAMES.has(core) || GENERIC_NAMES.has(stem)) continue;
    // X管理 names a mechanism only when X is short and specific (闭环管理, 清单化管理), not a clause.
    if (noun === '管理' && (stem.length > 4 || MANAGEMENT_WORDS.test(stem))) continue;
    if (matcher.practiceNamed(name) || matcher.practiceNamed(stem)) continue;
    found.push({ name, matched: name });
  }
  return found;
}

/**
 * Candidate practices of an item: quoted names in the headline (any that reads as a name, since
 * a headline quotes what the item is about), quoted mechanisms anywhere, and — when the taxonomy
 * matched nothing — the unquoted mechanism of the headline or first sentence.
 */
export function itemCandidates(title: string, text: string, matcher: PracticeMatcher, matchedPractices: number): CandidatePractice[] {
  const candidates: CandidatePractice[] = [];
  const seen = new Set<string>();
  const add = (list: CandidatePractice[]): void => {
    for (const candidate of list) {
      if (seen.has(candidate.name)) continue;
      seen.add(candidate.name);
      candidates.push(candidate);
    }
  };
  add(findCandidatePractices(title, matcher, { anyQuote: true }));
  add(findCandidatePractices(`${title}。${text}`, matcher));
  if (matchedPractices === 0 && candidates.length === 0) {
    for (const sentence of [title, firstSentence(text)]) if (candidates.length === 0) add(unquotedMechanisms(sentence, matcher));
    if (candidates.length === 0) add(findCandidatePractices(firstSentence(text), matcher, { anyQuote: true }));
  }
  // “双直报” beside “双直报”机制 is one mechanism: keep the full name.
  return candidates.filter(
    (candidate) => !candidates.some((other) => other.name.length > candidate.name.length && other.name.startsWith(candidate.name)),
  );
}
