/**
 * Policies cited in 《》 and the year an item speaks of.
 */
import { simplifiedCopy } from './simplified.ts';

/** Bare references to a document named earlier: 《意见》, 《实施方案》. */
const GENERIC_TITLE =
  /^(?:实施|工作|管理|暂行|试行|若干|有关|相关|具体)?(?:意见|方案|办法|通知|规定|决定|条例|细则|制度|规划|纲要|计划|清单|要求|指引|标准|规则|规范|章程|通报|报告|决议|文件)$/;
const GENERIC_MAX_LENGTH = 4;
/** Newspapers, journals and programmes are cited in 《》 too, but are no policies. */
const MEDIA_TITLE = /(?:日报|晚报|早报|报|杂志|周刊|月刊|半月谈|求是|新闻联播|频道|栏目|节目)$/;

/**
 * Titles in 《》, brackets removed, line breaks inside joined (PDF spaces kept as written),
 * without bare generic references and media titles; deduplicated in order of first citation.
 */
export function extractPolicies(text: string): string[] {
  const policies: string[] = [];
  const seen = new Set<string>();
  for (const match of text.matchAll(/《([^《》]{1,120})》/g)) {
    const title = (match[1] ?? '').replace(/\s*\r?\n\s*/g, '').trim();
    const key = title.replace(/\s+/g, '');
    const simplifiedKey = simplifiedCopy(key);
    if (!key || seen.has(key)) continue;
    if (key.length <= GENERIC_MAX_LENGTH && GENERIC_TITLE.test(simplifiedKey)) continue;
    if (MEDIA_TITLE.test(simplifiedKey)) continue;
    seen.add(key);
    policies.push(title);
  }
  return policies;
}

const ANNIVERSARY_BASES: ReadonlyArray<[RegExp, number]> = [
  [/建党\s*(\d{2,3})\s*周年/, 1921],
  [/(?:建国|新中国成立)\s*(\d{2,3})\s*周年/, 1949],
  [/改革开放\s*(\d{2})\s*周年/, 1978],
];
const CHINESE_YEAR_DIGITS: Readonly<Record<string, string>> = {
  〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};

/** Years stated in the text: 2020年, 2019 年底, 二〇二〇年; and years implied by anniversaries (建党95周年 → 2016). */
export function statedYears(written: string): number[] {
  const text = simplifiedCopy(written);
  const years: number[] = [];
  for (const match of text.matchAll(/(?<!\d)((?:19|20)\d{2})\s*年/g)) years.push(Number(match[1]));
  for (const match of text.matchAll(/([一二][〇零一二三四五六七八九]{3})年/g)) {
    const digits = [...(match[1] ?? '')].map((ch) => CHINESE_YEAR_DIGITS[ch] ?? '').join('');
    years.push(Number(digits));
  }
  for (const [pattern, base] of ANNIVERSARY_BASES) {
    const match = pattern.exec(text);
    if (match) years.push(base + Number(match[1]));
  }
  return years.filter((year) => year >= 1949 && year <= 2100);
}

/**
 * The item's year: the document's when its date is known, else the year its issue line prints
 * (2020年第8期); otherwise the latest year the text states (reports look back at earlier years but
 * speak from the latest); null when none is stated — counted as 未注明日期, never dropped.
 */
export function extractYear(text: string, documentDate: string | null, issueYear: number | null = null): number | null {
  const fromDate = documentDate ? /(?:19|20)\d{2}/.exec(documentDate) : null;
  if (fromDate) return Number(fromDate[0]);
  if (issueYear !== null) return issueYear;
  const years = statedYears(text);
  return years.length > 0 ? Math.max(...years) : null;
}
