/**
 * fast-check generators for text in the bulletin genre: markers (△ □ ■ ①), "XX县：" openings,
 * mastheads, 第N期, dates, Chinese numerals, 万/亿 and % figures, page furniture, emphasis marks,
 * traditional characters, odd spaces and plain noise (random CJK and ASCII, line breaks). Place
 * names are sampled from the gazetteer (any unit of the country) or invented; none comes from the seeds.
 */
import fc from 'fast-check';
import { loadGazetteer } from '../../language/knowledge/gazetteer.ts';
import type { RegionRef } from '../../language/types.ts';

/** One seed for every property run, so a failure replays exactly; PROPERTY_SEED explores others. */
export const SEED = Number(process.env.PROPERTY_SEED ?? 20261122);
/** Runs per property; with ≤ 5,000-char inputs the whole tier stays well under 20 s. */
export const RUNS = 200;
/** Longest generated document, in characters. */
export const MAX_CHARS = 5000;
/**
 * Time one call may take on an input up to MAX_CHARS: a guard against runaway patterns (a
 * backtracking regex takes seconds on 5,000 characters), not a speed claim (bench/ makes those).
 * Parses take tens of milliseconds; 200 ms was exceeded (253 ms) on a machine loaded by a benchmark.
 */
export const CALL_BUDGET_MS = 1000;

/** Every 97th unit of a level: a spread over the whole country, stable between runs. */
function sampleUnits(level: RegionRef['level'], step = 97): RegionRef[] {
  return loadGazetteer().all().filter((unit) => unit.level === level && !unit.abolished).filter((_, index) => index % step === 0);
}

let units: { cities: RegionRef[]; counties: RegionRef[]; townships: RegionRef[] } | undefined;

/** Gazetteer samples, loaded on first use (the gazetteer takes about half a second). */
export function sampledUnits(): { cities: RegionRef[]; counties: RegionRef[]; townships: RegionRef[] } {
  units ??= { cities: sampleUnits('city', 7), counties: sampleUnits('county', 23), townships: sampleUnits('township', 499) };
  return units;
}

const INVENTED_PLACES = ['青禾县', '石溪区', '云岭市', '望川镇', '柳塘街道', '白沙社区', '河湾村', '东山县', '新桥', '城关区', '城关镇'];

export const hanChar = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((code) => String.fromCharCode(code));
export const hanRun = fc.array(hanChar, { minLength: 1, maxLength: 24 }).map((chars) => chars.join(''));

/** A place as the genre writes it: full name, short name, township, invented. */
export function place(): fc.Arbitrary<string> {
  const { cities, counties, townships } = sampledUnits();
  return fc.oneof(
    fc.constantFrom(...counties.map((unit) => unit.name)),
    fc.constantFrom(...cities.map((unit) => unit.name)),
    fc.constantFrom(...townships.map((unit) => unit.name)),
    fc.constantFrom(...counties.map((unit) => unit.name.slice(0, -1))),
    fc.constantFrom(...INVENTED_PLACES),
    hanRun.map((run) => `${run.slice(0, 3)}县`),
  );
}

const marker = fc.constantFrom('△', '□', '■', '①', '②', '⑨', '⑩', '●', '◆', '★', '（一）', '一、', '二、', '1.', '2、', '（3）');
const punctuation = fc.constantFrom('。', '，', '；', '：', '、', '！', '？', '《', '》', '“', '”', '（', '）', '…', '—', ':', ',', '.');
const space = fc.constantFrom('\n', '\n\n', '\n\n\n', ' ', '  ', '\u3000', '\r\n', '\t', '\u00a0', '\u200b', '\f');
const emphasis = fc.constantFrom('**', '__', '*', '_');
const section = fc.constantFrom('市内信息', '市外参考', '组织工作动态', '他山之石', '基层党建', '本期要目', '目  录');
const traditional = fc.constantFrom('區', '縣', '鄉鎮', '組織部', '黨建', '會議', '幹部', '社區', '經驗', '發展', '實現');
const odd = fc.constantFrom('😀', '\ud800', '\udc00', '\u0000', '\u202e', '€', 'ｱ', '\u3007', '〇');
const practiceWords = fc.constantFrom('社区大党委', '单元长制', '红色物业', '党员联系户', '网格化管理', '“四议两公开”', '积分制管理', '书记项目', '《关于加强基层党建的意见》');

export const chineseNumeral = fc
  .array(fc.constantFrom('零', '〇', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '亿'), { minLength: 1, maxLength: 8 })
  .map((chars) => chars.join(''));

/** Writes 0…99,999,999 the way the genre does: 一百二十, 两千, 十五, 三万零五百. */
export function toChineseNumeral(value: number): string {
  const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  const belowTenThousand = (n: number): string => {
    const parts: string[] = [];
    const units = ['千', '百', '十', ''];
    let zero = false;
    [1000, 100, 10, 1].forEach((place, index) => {
      const digit = Math.floor(n / place) % 10;
      if (digit === 0) {
        zero = parts.length > 0;
        return;
      }
      if (zero) parts.push('零');
      zero = false;
      parts.push(`${digits[digit]}${units[index]}`);
    });
    return parts.join('');
  };
  if (value === 0) return '零';
  const high = Math.floor(value / 10000);
  const low = value % 10000;
  const lowText = belowTenThousand(low);
  const head = high > 0 ? `${belowTenThousand(high)}万${low > 0 && low < 1000 ? '零' : ''}` : '';
  const text = `${head}${lowText}`;
  // 一十五 is written 十五.
  return text.startsWith('一十') ? text.slice(1) : text;
}

const arabic = fc.oneof(
  fc.nat({ max: 100000 }).map(String),
  fc.nat({ max: 100000 }).map((n) => n.toLocaleString('en-US')),
  fc.tuple(fc.nat({ max: 999 }), fc.nat({ max: 99 })).map(([whole, fraction]) => `${whole}.${fraction}`),
  fc.nat({ max: 9999 }).map((n) => String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))),
  fc.constantFrom('9'.repeat(400), '1'.repeat(30), '0.0000001', '00012', '1,234,567.89', '1.', '.5', '1..2'),
);

export const magnitude = fc.constantFrom('', '', '万', '亿', '千万', '百万', '万亿', '千', '百', '十万');
export const measure = fc.constantFrom('人', '名', '人次', '个', '个百分点', '%', '％', '万元', '元', '户', '场次', '平方米', '成', '倍', '天', '次', '件', '项', '');
const approximatePrefix = fc.constantFrom('', '', '近', '约', '超过', '将近', '逾', '多达');
const approximateSuffix = fc.constantFrom('', '', '余', '多', '以上', '左右', '许');

/** A figure as the genre writes it: 近1.4万余人次, 37.5%, 6-14名, 三成, 百分之二十. */
export const quantityText = fc.oneof(
  fc.tuple(approximatePrefix, fc.oneof(arabic, chineseNumeral), magnitude, approximateSuffix, measure).map((parts) => parts.join('')),
  fc.tuple(arabic, fc.constantFrom('-', '—', '~', '至', '到', '－'), arabic, measure).map((parts) => parts.join('')),
  fc.tuple(chineseNumeral).map(([n]) => `百分之${n}`),
);

const date = fc.oneof(
  fc.tuple(fc.integer({ min: 1990, max: 2035 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${y}年${m}月${d}日`),
  fc.tuple(fc.integer({ min: 1990, max: 2035 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => `${toChineseNumeral(y).replace(/[千百十]/g, '')}年${toChineseNumeral(m)}月${toChineseNumeral(d)}日`),
  fc.constantFrom('2020年2月30日', '2021.6.8', '二〇二〇年六月二十八日', '2019 年 12 月 1 日', '2022年'),
);

const issue = fc.oneof(
  fc.nat({ max: 400 }).map((n) => `第${n}期`),
  fc.nat({ max: 400 }).map((n) => `第 ${n} 期`),
  fc.integer({ min: 1, max: 60 }).map((n) => `第${toChineseNumeral(n)}期`),
  fc.tuple(fc.nat({ max: 60 }), fc.nat({ max: 900 })).map(([n, total]) => `第${n}期（总第${total}期）`),
);

function masthead(): fc.Arbitrary<string> {
  return fc.tuple(place(), fc.constantFrom('组工信息', '组织工作动态', '党建经验做法', '组工简报', '組工信息'), issue, date, fc.constantFrom('\n', ' ', '\n\n'))
    .map(([where, publication, number, when, gap]) => `${where}${publication}${gap}${number}${gap}中共${where}委组织部${gap}${when}\n`);
}

const furniture = fc.oneof(
  fc.nat({ max: 30 }).map((n) => `\n- ${n} -\n`),
  fc.nat({ max: 30 }).map((n) => `\n第 ${n} 页\n`),
  fc.constantFrom('\n报：市委常委\n送：各县（市、区）委组织部\n', '\n（共印50份）\n', '\n责任编辑：某某\n', '\n———————————\n', '\n本期要目\n'),
);

/** A sentence with a figure in it: "全县共培训党员1.4万余人次。" */
function claim(): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom('全县共', '累计', '今年以来', '已', '同比增长', ''), hanRun, quantityText, fc.constantFrom('。', '，', '；', ''))
    .map(([lead, words, figure, end]) => `${lead}${words.slice(0, 6)}${figure}${end}`);
}

/** One bulletin item: marker, "XX县：" opening or headline, body sentences with figures, byline. */
function item(): fc.Arbitrary<string> {
  const body = fc.array(fc.oneof(claim(), hanRun.map((run) => `${run}。`), practiceWords), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));
  return fc.tuple(fc.option(marker), place(), fc.constantFrom('：', ':', '', '\n'), hanRun, body, fc.option(place().map((where) => `（${where}委组织部）`)), fc.constantFrom('\n', '\n\n'))
    .map(([mark, where, colon, headline, text, byline, gap]) => `${mark ?? ''}${where}${colon}${headline}。${gap}${text}${byline ?? ''}${gap}`);
}

/** Any fragment of the genre, or noise. */
function fragment(): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: hanRun, weight: 6 },
    { arbitrary: punctuation, weight: 4 },
    { arbitrary: space, weight: 5 },
    { arbitrary: marker, weight: 2 },
    { arbitrary: place().map((where) => `${where}：`), weight: 2 },
    { arbitrary: quantityText, weight: 3 },
    { arbitrary: date, weight: 1 },
    { arbitrary: issue, weight: 1 },
    { arbitrary: chineseNumeral, weight: 1 },
    { arbitrary: emphasis, weight: 1 },
    { arbitrary: section.map((heading) => `\n${heading}\n`), weight: 1 },
    { arbitrary: furniture, weight: 1 },
    { arbitrary: traditional, weight: 1 },
    { arbitrary: practiceWords, weight: 1 },
    { arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }), weight: 2 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 6 }), weight: 1 },
    { arbitrary: odd, weight: 1 },
  );
}

function cap(text: string): string {
  return text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
}

/** A whole document: a well-formed bulletin, a bulletin with noise, or a soup of fragments. */
export function bulletinText(): fc.Arbitrary<string> {
  const bulletin = fc.tuple(fc.option(masthead()), fc.option(section.map((heading) => `${heading}\n`)), fc.array(item(), { minLength: 1, maxLength: 12 }), fc.option(furniture))
    .map(([head, heading, items, tail]) => `${head ?? ''}${heading ?? ''}${items.join('')}${tail ?? ''}`);
  const noisy = fc.tuple(bulletin, fc.array(fragment(), { maxLength: 40 })).map(([text, noise]) => {
    // Noise lands at line starts and in mid-line, where it hurts the parser most.
    const lines = text.split('\n');
    noise.forEach((piece, index) => {
      const at = (index * 7919) % Math.max(1, lines.length);
      lines[at] = index % 2 === 0 ? `${piece}${lines[at] ?? ''}` : `${lines[at] ?? ''}${piece}`;
    });
    return lines.join('\n');
  });
  const soup = fc.array(fragment(), { minLength: 1, maxLength: 300 }).map((parts) => parts.join(''));
  return fc.oneof(bulletin, noisy, soup).map(cap);
}

/** Large inputs near the size bound: long single lines, many short lines, repeated markers. */
export function largeText(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.tuple(hanRun, fc.constantFrom('', '，', '。')).map(([run, end]) => `${run}${end}`.repeat(MAX_CHARS).slice(0, MAX_CHARS)),
    fc.tuple(marker, place(), hanRun).map(([mark, where, run]) => `${mark}${where}：${run}。\n`.repeat(MAX_CHARS).slice(0, MAX_CHARS)),
    fc.tuple(fc.constantFrom('\n', ' \n', '** ', '△', '《', '“', '1', '一')).map(([piece]) => piece.repeat(MAX_CHARS).slice(0, MAX_CHARS)),
  );
}
