/**
 * Features (通讯, 深度关注) open on a scene — a date and a village, 笔者来到…, a quoted remark —
 * before the sentence that gives the report's scope: "近年来，江苏在全省推行…", "2018年以来，
 * 昌吉州…全州…". The scene's village is an example; the scope sentence names the unit that acted.
 */
import type { RegionRef } from '../../types.ts';
import { normalizeForRegions } from './normalize.ts';
import type { RegionScanner } from './scanner.ts';
import { unitCandidates } from './subject.ts';

/**
 * How a scene opens: a day or season (1月20日, 正月十六, 盛夏时节, 2019年元旦这天, 春节前夕), a visit (笔者来到,
 * 记者走进) or a quoted remark.
 */
const SCENE_OPENING = /^(?:\d{1,2}月\d{1,2}日|(?:\d{4}年)?(?:元旦|春节|除夕|元宵|清明|端午|中秋|国庆)节?(?:这天|当天|前夕|期间|假期|刚过)|[正腊]月(?:初|十|廿|二十)?[一二三四五六七八九十]{0,2}|[初清深寒盛早晚仲暮隆][春夏秋冬晨晚]|[春夏秋冬][日季天]?时节|金秋|清晨|傍晚|[“"「]|(?:笔者|记者)(?:来到|走进|走访|在))/u;
/** A scene's report speaks of its time span first: 近年来, 2018年以来, 今年以来, 自2015年起, 2021年换届后. */
const SPAN_OPENING = /^(?:近年来|近年|近几年来?|多年来|今年以来|去年以来|自?\d{4}年(?:以来|起)|自\d{4}年[^，,。]{0,6}以来|\d{4}年[^，,。]{2,12}后)[，,]?/u;
/** Paragraphs after the scene read for the scope sentence. */
const SCOPE_PARAGRAPHS = 3;

/** Leading marks a page leaves before a paragraph (????, full-width spaces: \s holds U+3000). */
const LEADING_MARKS = /^[?？\s*·•]+/u;

/**
 * The unit a scope sentence after an opening scene names, when it holds `region` (the scene's
 * place); null when the body does not open on a scene or no such sentence follows.
 */
export function scopeAfterScene(body: string, region: RegionRef, scanner: RegionScanner): RegionRef | null {
  for (const units of scopeSentenceUnits(body, scanner)) {
    const wider = units.filter((unit) => unit.code !== region.code && region.pathCodes.includes(unit.code));
    if (wider.length === 1) return wider[0] ?? null;
  }
  return null;
}

/** Whether the first scope sentence after an opening scene names `region` itself (近年来，X县委…): the scene's town is an example. */
export function sceneScopedTo(body: string, region: RegionRef, scanner: RegionScanner): boolean {
  const [first] = scopeSentenceUnits(body, scanner);
  return first !== undefined && first.length === 1 && first[0]?.code === region.code;
}

/** The units each scope sentence after an opening scene opens on (近年来，X县…), in order; none without a scene. */
function scopeSentenceUnits(body: string, scanner: RegionScanner): RegionRef[][] {
  const [scene = '', ...rest] = body.split('\n').map((line) => normalizeForRegions(line).replace(LEADING_MARKS, '')).filter((line) => line.length > 0);
  if (!SCENE_OPENING.test(scene)) return [];
  // Sentences, not paragraphs: a page that lost its paragraph ends still starts sentences there.
  const sentences = rest.slice(0, SCOPE_PARAGRAPHS).join('\n').split(/[。！？!?\n]/u).map((sentence) => sentence.replace(LEADING_MARKS, ''));
  const found: RegionRef[][] = [];
  for (const sentence of sentences) {
    const span = SPAN_OPENING.exec(sentence);
    if (!span) continue;
    const [chain] = scanner.find(sentence, { onlyAt: span[0].length, acceptWeakEnding: () => true });
    if (chain) found.push(unitCandidates(chain));
  }
  return found;
}
