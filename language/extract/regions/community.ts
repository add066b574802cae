/**
 * Communities and villages named as a headline's subject ("洞山街道黎明社区：…"). The gazetteer
 * stops at townships, so such a unit becomes a synthetic community-level region under the
 * township or county it sits in: code `${parentCode}-c-${name}`.
 */
import type { RegionRef } from '../../types.ts';

/** A community or village name followed by what closes a headline subject or names its bodies. */
const COMMUNITY = /^(\p{Script=Han}{2,8}?(?:社区|居民区|村))(?=$|[：:；;，,\s]|党(?:委|总支|支部|工委)|居委会|村委会)/u;

/**
 * Right after a township ("汇口镇清河村依托…", "洞山街道黎明社区启动…", "回山镇联丰村村部…") the unit
 * under it is named in two to four characters and needs no closing mark: the chain says what it is.
 */
const COMMUNITY_UNDER_TOWNSHIP = /^(\p{Script=Han}{2,4}?(?:社区|居民区|村))/u;

/** Words that end in 社区/村 without naming one (示范村, 试点社区, 全市社区, 辖区社区, 十个村). */
const GENERIC_HEADS = /^(?:示范|试点|重点|先进|全|各|每|本|该|所|城市|城中|农村|乡村|新农|美丽|文明|和谐|智慧|红色|幸福|党建|基层|辖区|贫困|薄弱|软弱|涣散|行政|自然|社区|村)/;
const COUNTED = /[个余多几一二三四五六七八九十百千两\d]/u;
/**
 * A town's sentence goes on with what it did (汇口镇探索村集体经济…, 汇口镇推动村级…), and a headline's
 * clause after its county's colon with what the county set up (X县：创设联村党委…, 组建强村公司…): a
 * name opening on a working verb is that verb and the next word, not a village (建设村, 发展村 are
 * real village names, so those two verbs are left to the word after).
 */
const VERB_HEADS = /^(?:探索|推动|推进|推行|推广|建立|创设|创建|创立|成立|组建|设立|培育|实施|开展|创新|打造|构建|深化|强化|加强|完善|健全|坚持|聚焦|围绕|壮大|引导|整合|组织|指导|帮助|支持|鼓励|动员|选派|统筹|规范|全面|积极|大力|着力|持续|率先|依托|通过|针对|结合)/u;
/** The 村 opens the next word (村集体经济, 村级组织, 村民, 村干部, 村两委, 村务): nothing named ends there. */
const VILLAGE_WORD_AFTER = /^(?:级|集体|民|干部|两委|务|社|（社区）|\(社区\))/u;

function named(name: string | undefined): string | null {
  return !name || GENERIC_HEADS.test(name) || VERB_HEADS.test(name) || COUNTED.test(name) ? null : name;
}

/** A village name under a township, unless its 村 is the head of the word that follows. */
function villageUnderTownship(text: string): string | null {
  const match = COMMUNITY_UNDER_TOWNSHIP.exec(text);
  if (!match?.[1]) return null;
  if (match[1].endsWith('村') && VILLAGE_WORD_AFTER.test(text.slice(match[1].length))) return null;
  return named(match[1]);
}

/** The community named at `start` in `text`, or null. */
export function communityAt(text: string, start: number): string | null {
  return named(COMMUNITY.exec(text.slice(start))?.[1]);
}

/**
 * A township suffix the text writes otherwise than the gazetteer (城关街 for 城关街道, 回山乡 for a
 * 回山镇 since renamed): the place was matched by its stem, and the suffix is left before the community.
 */
const WRITTEN_SUFFIX = /^(?:街道|街|镇|乡)/;
const TOWNSHIP_SUFFIX = /(?:街道|镇|乡|苏木)$/;

/**
 * The community or village named at `start`, right after a township named there; the township's
 * suffix as written, when the gazetteer's differs, is kept in front (乡联丰村).
 */
export function communityUnderTownship(text: string, start: number): string | null {
  const written = WRITTEN_SUFFIX.exec(text.slice(start))?.[0] ?? '';
  const at = start + written.length;
  const community = communityAt(text, at) ?? villageUnderTownship(text.slice(at));
  return community === null ? null : written + community;
}

/**
 * Under a township the unit is named with it, as the report writes the township (汇口镇清河村,
 * 回山乡联丰村): village names repeat from town to town.
 */
export function communityRegion(written: string, parent: RegionRef): RegionRef {
  const suffix = parent.level === 'township' ? (WRITTEN_SUFFIX.exec(written)?.[0] ?? '') : '';
  const community = written.slice(suffix.length);
  const code = `${parent.code}-c-${community}`;
  const township = suffix === '' ? parent.name : parent.name.replace(TOWNSHIP_SUFFIX, '') + suffix;
  const name = parent.level === 'township' ? `${township}${community}` : community;
  return {
    code,
    name,
    level: 'community',
    path: [...parent.path, community],
    pathCodes: [...parent.pathCodes, code],
  };
}
