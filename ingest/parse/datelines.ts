/**
 * Datelines that open a news report: 本报讯, 本报合肥5月6日讯, 本网合肥讯, XX网讯（通讯员…）,
 * XX网10月30日讯（记者…）, 红网XX县分站3月24日讯, 新华社北京3月5日电, 云上XX报道（记者…）.
 * They say where the report comes from; a printed headline makes them furniture in the item's text.
 */
import type { Paragraph } from './wraps.ts';

/** Words an outlet's name ends with. */
const OUTLET_END = '(?:网|报|台|社|融媒|融媒体中心|客户端|新闻|在线|分站|频道|电视|广播|发布|头条|之声)';
/** App names that put their word first: 云上XX, 掌上XX, 今日XX. */
const OUTLET_FIRST = '(?:云上|掌上|今日)\\p{Script=Han}{2,4}?';
const DATELINE = new RegExp(
  '^(?:(本报|本刊|本网|本台)(\\p{Script=Han}{0,8}?)|(' +
    OUTLET_FIRST +
    '|\\p{Script=Han}[\\p{Script=Han}A-Za-z]{0,15}?' +
    OUTLET_END +
    '\\p{Script=Han}{0,6}?))\\s*(?:\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*(?:讯|电|消息)|讯|报道(?=\\s*[（(]))\\s*[:：]?\\s*(?:[（(][^（）()]{0,40}[）)])?\\s*[:：]?\\s*',
  'u',
);
/** A credit in parentheses opening a paragraph without a dateline: "（记者 张三 通讯员 李四）". */
const OPENING_CREDIT = /^[（(][^（）()]{0,40}(记者|通讯员)[^（）()]{0,40}[）)]\s*/;
/**
 * The outlet such a credit names before its credit word — "（XX广播电视台全媒体记者 张三报道）",
 * "（XX日报记者 李四）": the report's origin, as a dateline's outlet is.
 */
const CREDITED_OUTLET =
  /^[（(]\s*(\p{Script=Han}{2,12}?(?:日报社|日报|晚报|报社|报|网|电视台|广播电视台|融媒体中心|融媒|客户端|新闻社))(?:全媒体|融媒体|融媒|首席|特约|见习|实习)*(?:记者|通讯员)/u;

export interface Dateline {
  /** Length of the dateline (with its credit) at the start of the text. */
  length: number;
  /** The place or outlet it names, as printed ("合肥", "XX网", "XX网XX县分站"); null for 本报讯. */
  origin: string | null;
}

/** The dateline opening `norm`, or null. */
export function findDateline(norm: string): Dateline | null {
  const match = DATELINE.exec(norm);
  if (match) {
    const named = match[1] !== undefined ? (match[2] ?? '') : (match[3] ?? '');
    return { length: match[0].length, origin: named.length >= 2 ? named : null };
  }
  const credit = OPENING_CREDIT.exec(norm);
  if (!credit) return null;
  const outlet = CREDITED_OUTLET.exec(credit[0])?.[1];
  return { length: credit[0].length, origin: outlet && !/^本/.test(outlet) ? outlet : null };
}

/** The paragraph without its opening dateline (a printed headline already names the item). */
export function stripDateline(paragraph: Paragraph): Paragraph {
  const dateline = findDateline(paragraph.norm);
  if (!dateline || dateline.length >= paragraph.norm.length) return paragraph;
  const source = paragraph.raw.length === paragraph.norm.length ? paragraph.raw : paragraph.norm;
  return { raw: source.slice(dateline.length).trim(), norm: paragraph.norm.slice(dateline.length).trim() };
}
