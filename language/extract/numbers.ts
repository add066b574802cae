/**
 * Numbers as bulletins write them: Arabic (1.4, 1,381, full-width ４５), Chinese (一百二十, 两千),
 * magnitudes folded into the unit (1.4万余人次), approximation words (余/近/约/以上…), ranges
 * (6-14名) and percentages. `readQuantityAt` is the scanner the outcome extractor uses;
 * `parseQuantity` parses a whole string for callers that already hold one quantity.
 */

export interface Quantity {
  /** The number as written; for a range, its lower bound (the figure the text guarantees). */
  value: number;
  /** Unit as written, magnitude included, approximation words removed: "万人次", "%". */
  unit: string;
  /** Value with the magnitude applied and the unit reduced: {14000, "人次"}. */
  normalized: { value: number; unit: string };
  approximate: boolean;
  /** Both ends when written as a range (6-14名), else null. */
  range: { low: number; high: number } | null;
  /** True when the number was written in Chinese numerals. */
  chinese: boolean;
}

export interface QuantityMatch extends Quantity {
  /** Offsets of the match in the scanned text, approximation prefix excluded. */
  start: number;
  end: number;
}

/** Measure words a claim may carry; longest first so 人次 wins over 人 and 个工作日 over 个. */
export const MEASURE_UNITS: readonly string[] = [
  '个百分点', '个工作日', '平方公里', '平方米', '立方米', '个月', '人次', '场次', '户次', '课时', '学时',
  '小时', '分钟', '公里', '公顷', '千米', '公斤', '千克', '周岁', '大类', '大项',
  '名', '人', '个', '件', '次', '场', '所', '户', '项', '条', '元', '亩', '家', '期', '天', '日', '年',
  '倍', '%', '种', '支', '本', '套', '台', '处', '类', '批', '篇', '份', '间', '座', '栋', '辆', '块',
  '吨', '米', '位', '轮', '门', '节', '堂', '组', '周', '成', '岁', '宗', '册', '起', '路', '村',
  '例', '张', '头', '只', '株', '棵', '部', '首', '集', '幅', '盏', '个次', '幢', '艘', '职', '分',
].sort((a, b) => b.length - a.length);

/**
 * 成 is a unit (三成 = 30%) unless it starts a word: 5成立, 3成员; likewise 周年, 宗教, 起步, 5部门, 3集中.
 * 大类 and 大项 are measure words of their own (6大类人才, 共发现6大项40个问题), before 大 could be read as no unit.
 */
const NOT_UNIT_AFTER: Readonly<Record<string, RegExp>> = {
  成: /^[立为员果效绩功本交型]/,
  // 217路视频监控 counts camera feeds; 路线, 路段, 路口, 路灯 are words of their own.
  路: /^[线径段口上边面标灯费网基况子]/,
  // 实现4村业务一窗通办 counts villages; 3村民, 5村级, 2村委, 6村干部 do not.
  村: /^[民级委干党务庄落组社集规容貌情史部两居镇里]/,
  // 2797职 counts posts (职数); 3职务, 5职能, 2职工 do not.
  职: /^[务位能责工称业员权级场守]/,
  周: /^年/,
  宗: /^[教旨族]/,
  起: /^[来草步点始到源跑诉义身见航飞]/,
  部: /^[门署委分队长位级]/,
  只: /^[有是要能需]/,
  头: /^[雁羊]/,
  集: /^[中体团聚成约]/,
  首: /^[批届个次位先]/,
  // 扣5分, 满分100分 are points; 3分地, 5分之一, 2分红, 4分类 are not.
  分: /^[地之钟红类别配工布享管局析批成支队行会站中层级数解流散开子量秒]/,
};

/**
 * Single-character units that also begin place and outlet names: 1周口日报, 3张家口市, 2台州市 —
 * before such a name the character is no unit.
 */
const NAME_STARTING_UNITS = new Set(['周', '台', '张', '成', '集', '门', '宗', '首', '头']);
const NAME_AFTER_UNIT = /^[\u4e00-\u9fa5]{1,2}(?:日报|晚报|新闻|电视台|融媒|市|县|区)/;
/** Magnitudes that stand without a measure word (3万, 1.2亿); 百 and 千 need one (百舸争流 is no 百). */
const BARE_MAGNITUDES = new Set(['万', '亿', '万亿', '十万', '百万', '千万']);

/** Magnitudes that may precede the measure word: 万元, 亿元, 千万元. */
const MAGNITUDES: Readonly<Record<string, number>> = {
  千万: 1e7, 百万: 1e6, 十万: 1e5, 万亿: 1e12, 亿: 1e8, 万: 1e4, 千: 1e3, 百: 1e2,
};
const MAGNITUDE_WORDS = Object.keys(MAGNITUDES).sort((a, b) => b.length - a.length);

/** Written before a number: 近1500人次, 超过400平方米. */
export const APPROXIMATE_PREFIX = /(?:将近|大约|超过|多达|近|约|逾|超)\s*$/;
/** Written after the number or the unit: 30余条, 240余人, 65岁以上, 10人左右. */
const APPROXIMATE_SUFFIXES = ['以上', '左右', '上下', '余', '多', '许'];
const INNER_APPROXIMATE = ['余', '多'];
/**
 * What 余/多 leaves its measure word out before (带动5000余群众就业, 300多农户): people counted in 人,
 * households in 户 — only after 余/多, so codes and list numbers glued to a noun stay no quantity.
 */
const IMPLIED_PEOPLE = /^(?:群众|村民|居民|党员|干部|职工|农民|学生|青年|骑手|快递员|外卖员)/;
const IMPLIED_HOUSEHOLDS = /^(?:农户|住户|家庭|群众户)/;

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CHINESE_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const CHINESE_NUMERAL_RUN = /^[零〇一二两三四五六七八九十百千]+/;
const ARABIC_NUMERAL_RUN = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|^\d+(?:\.\d+)?/;
const RANGE_SEPARATOR = /^\s*(?:-|–|—|~|～|至|到)\s*/;

/**
 * Full-width digits and symbols → ASCII, length preserved so offsets stay valid. A small full stop
 * between digits (5﹒6公里, as some page editors type the decimal point) is that decimal point too.
 */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[０-９．％－～]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/(?<=\d)\ufe52(?=\d)/g, '.');
}

/** Parses a Chinese numeral below 万 (一百二十 → 120, 两千 → 2000, 十五 → 15, 二〇二〇 → 2020). */
export function parseChineseNumeral(text: string): number | null {
  if (!text || !CHINESE_NUMERAL_RUN.test(text) || CHINESE_NUMERAL_RUN.exec(text)?.[0] !== text) return null;
  if (!/[十百千]/.test(text)) {
    // Digit-by-digit reading, as in years: 二〇二〇.
    let value = 0;
    for (const ch of text) value = value * 10 + (CHINESE_DIGITS[ch] ?? 0);
    return value;
  }
  let total = 0;
  let pending = 0;
  for (const ch of text) {
    const digit = CHINESE_DIGITS[ch];
    if (digit !== undefined) {
      pending = digit;
      continue;
    }
    const unit = CHINESE_SMALL_UNITS[ch];
    if (unit === undefined) return null;
    total += (pending === 0 && unit === 10 ? 1 : pending) * unit;
    pending = 0;
  }
  return total + pending;
}

/** Parses one numeral as written, Arabic or Chinese; null when it is not a number. */
export function normalizeNumber(text: string): number | null {
  const compact = toHalfWidth(text).replace(/\s+/g, '');
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(compact)) return finiteOrNull(Number(compact.replace(/,/g, '')));
  return parseChineseNumeral(compact);
}

/** A digit run too long for a double (an ID, a scanning accident) is no number. */
function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/** Reduces a unit as written to its base and the factor its magnitude carries. */
export function normalizeUnit(value: number, unit: string): { value: number; unit: string } {
  if (unit === '成') return { value: round(value * 10), unit: '%' };
  // 6大类 counts categories (类), 6大项 items (项), broad ones.
  if (unit === '大类') return { value, unit: '类' };
  if (unit === '大项') return { value, unit: '项' };
  for (const word of MAGNITUDE_WORDS) {
    if (unit.startsWith(word)) return { value: round(value * (MAGNITUDES[word] ?? 1)), unit: unit.slice(word.length) };
  }
  return { value, unit };
}

/**
 * Floating-point noise from 1.4 × 10000 is removed; the figures never need more than 6 decimals.
 * Beyond 2^53 micro-units that rounding would itself add noise, so large values keep 15 digits.
 */
function round(value: number): number {
  const micro = Math.round(value * 1e6);
  return Number.isSafeInteger(micro) ? micro / 1e6 : Number(value.toPrecision(15));
}

interface NumeralRead {
  value: number;
  end: number;
  chinese: boolean;
}

function readNumeral(text: string, start: number): NumeralRead | null {
  const rest = text.slice(start);
  const arabic = ARABIC_NUMERAL_RUN.exec(rest);
  if (arabic) {
    const value = finiteOrNull(Number(arabic[0].replace(/,/g, '')));
    return value === null ? null : { value, end: start + arabic[0].length, chinese: false };
  }
  const chinese = CHINESE_NUMERAL_RUN.exec(rest);
  if (!chinese) return null;
  const value = parseChineseNumeral(chinese[0]);
  return value === null ? null : { value, end: start + chinese[0].length, chinese: true };
}

function readWord(text: string, at: number, words: readonly string[]): string | null {
  for (const word of words) if (text.startsWith(word, at)) return word;
  return null;
}

function skipSpaces(text: string, at: number): number {
  let index = at;
  while (index < text.length && /[ \t\u3000]/.test(text[index] ?? '')) index += 1;
  return index;
}

/**
 * Reads a quantity starting exactly at `start` (a numeral, or 百分之…): numeral, optional range,
 * magnitude and measure word, with approximation words on either side. A numeral without a measure
 * word or magnitude is no quantity (page numbers, codes, list markers) and yields null.
 * The text is expected half-width (see `toHalfWidth`).
 */
export function readQuantityAt(text: string, start: number): QuantityMatch | null {
  if (text.startsWith('百分之', start)) return readPercentWords(text, start);
  const first = readNumeral(text, start);
  if (!first) return null;
  let cursor = first.end;
  let range: Quantity['range'] = null;
  const separator = RANGE_SEPARATOR.exec(text.slice(cursor));
  if (separator) {
    const second = readNumeral(text, cursor + separator[0].length);
    if (second && second.chinese === first.chinese && second.value > first.value) {
      range = { low: first.value, high: second.value };
      cursor = second.end;
    }
  }
  cursor = skipSpaces(text, cursor);
  let approximate = range !== null;
  let unit = '';
  const innerBefore = readWord(text, cursor, INNER_APPROXIMATE);
  if (innerBefore) {
    approximate = true;
    cursor += innerBefore.length;
  }
  const magnitude = readWord(text, cursor, MAGNITUDE_WORDS);
  if (magnitude) {
    unit = magnitude;
    cursor += magnitude.length;
    const innerAfter = readWord(text, cursor, INNER_APPROXIMATE);
    if (innerAfter) {
      approximate = true;
      cursor += innerAfter.length;
    }
  }
  cursor = skipSpaces(text, cursor);
  const measure = readWord(text, cursor, MEASURE_UNITS);
  const rest = measure ? text.slice(cursor + measure.length) : '';
  if (measure && !NOT_UNIT_AFTER[measure]?.test(rest) && !(NAME_STARTING_UNITS.has(measure) && NAME_AFTER_UNIT.test(rest))) {
    unit += measure;
    cursor += measure.length;
  } else if (magnitude && !BARE_MAGNITUDES.has(magnitude)) {
    return null;
  } else if (approximate && (unit === '' || BARE_MAGNITUDES.has(unit))) {
    const rest = text.slice(cursor);
    if (IMPLIED_HOUSEHOLDS.test(rest)) unit += '户';
    else if (IMPLIED_PEOPLE.test(rest)) unit += '人';
  }
  if (!unit) return null;
  const suffix = readWord(text, cursor, APPROXIMATE_SUFFIXES);
  if (suffix && suffix !== '多' && suffix !== '许') {
    approximate = true;
    cursor += suffix.length;
  }
  const quantity = build(first.value, unit, approximate, range, first.chinese);
  // 1e300 万亿 overflows: a figure no double can hold is no claim.
  if (!Number.isFinite(quantity.normalized.value)) return null;
  return { ...quantity, start, end: cursor };
}

function readPercentWords(text: string, start: number): QuantityMatch | null {
  const numeral = readNumeral(text, start + 3);
  if (!numeral) return null;
  return { ...build(numeral.value, '%', false, null, numeral.chinese), start, end: numeral.end };
}

function build(value: number, unit: string, approximate: boolean, range: Quantity['range'], chinese: boolean): Quantity {
  return { value, unit, normalized: normalizeUnit(value, unit), approximate, range, chinese };
}

/**
 * Parses a whole quantity string: "1.4万余人次", "近1500人次", "37.5%", "6-14名", "三成", "两千余人".
 * Returns null when the string holds no number with a unit.
 */
export function parseQuantity(text: string): Quantity | null {
  const clean = toHalfWidth(text.trim());
  const prefix = /^(?:将近|大约|超过|多达|近|约|逾|超)\s*/.exec(clean);
  const start = prefix ? prefix[0].length : 0;
  const match = readQuantityAt(clean, start);
  if (!match) return null;
  const quantity: Quantity = {
    value: match.value,
    unit: match.unit,
    normalized: match.normalized,
    approximate: match.approximate || prefix !== null,
    range: match.range,
    chinese: match.chinese,
  };
  return quantity;
}
