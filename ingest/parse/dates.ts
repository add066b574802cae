/**
 * Dates as bulletins print them: "2020 年 6 月 28 日", "2020年12月25日", "2020-06-28", "2020.6.28",
 * "二〇二〇年六月二十八日", and a European page's "28.06.2020" — all read to ISO "2020-06-28".
 */

export interface FoundDate {
  iso: string;
  /** Where the date sits in the searched text. */
  start: number;
  end: number;
}

const ARABIC = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const SEPARATED = /(?<!\d)(\d{4})\s*([-./／])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?!\d)/;
/** Day.month.year as European-style pages print it ("03.04.2017"): dots only, four-digit year last, standing as its own token. */
const DAY_MONTH_YEAR = /(?<![\d.\p{Script=Han}A-Za-z])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])/u;
const CHINESE = /([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/;

const DIGITS: Record<string, number> = { 〇: 0, '○': 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十 → 10, 二十八 → 28, 三十一 → 31; year digits are read one by one elsewhere. */
function chineseNumber(text: string): number {
  if (!text.includes('十')) return DIGITS[text] ?? NaN;
  const [tens, ones] = text.split('十') as [string, string];
  return (tens === '' ? 1 : (DIGITS[tens] ?? NaN)) * 10 + (ones === '' ? 0 : (DIGITS[ones] ?? NaN));
}

function toIso(year: number, month: number, day: number): string | null {
  if (!(year >= 1949 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  // 2月30日 and 1990年2月29日 are misprints, not dates: the day must exist in that month.
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first well-formed date in `text`, or null. */
export function findDate(text: string): FoundDate | null {
  const candidates: FoundDate[] = [];
  const arabic = ARABIC.exec(text);
  if (arabic) {
    const iso = toIso(Number(arabic[1]), Number(arabic[2]), Number(arabic[3]));
    if (iso) candidates.push({ iso, start: arabic.index, end: arabic.index + arabic[0].length });
  }
  const separated = SEPARATED.exec(text);
  if (separated) {
    const iso = toIso(Number(separated[1]), Number(separated[3]), Number(separated[4]));
    if (iso) candidates.push({ iso, start: separated.index, end: separated.index + separated[0].length });
  }
  const european = text.includes('.') ? DAY_MONTH_YEAR.exec(text) : null;
  if (european) {
    const iso = toIso(Number(european[3]), Number(european[2]), Number(european[1]));
    if (iso) candidates.push({ iso, start: european.index, end: european.index + european[0].length });
  }
  const chinese = CHINESE.exec(text);
  if (chinese) {
    const year = Number([...(chinese[1] as string)].map((ch) => DIGITS[ch] ?? 0).join(''));
    const iso = toIso(year, chineseNumber(chinese[2] as string), chineseNumber(chinese[3] as string));
    if (iso) candidates.push({ iso, start: chinese.index, end: chinese.index + chinese[0].length });
  }
  candidates.sort((a, b) => a.start - b.start);
  return candidates[0] ?? null;
}
