/**
 * Short forms of administrative names: 安徽省 → 安徽, 甘南藏族自治州 → 甘南, 望江县 → 望江.
 * Bulletins write both forms ("甘肃城关区", "淮南寿县"), so the gazetteer indexes both.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RegionLevel } from '../../graph/model.ts';

/** Ethnic stems that appear inside autonomous-unit names (with or without a trailing 族). */
const ETHNIC_STEMS = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家',
  '哈尼', '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜',
  '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克',
  '怒', '鄂温克', '德昂', '保安', '裕固', '京', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺', '各',
];

// Longest stems first so 土家 wins over 土 and 蒙古 is not read as 蒙 + 古.
const ETHNIC_GROUP = [...ETHNIC_STEMS].sort((a, b) => b.length - a.length).join('|');
const AUTONOMOUS = new RegExp(`^(.{2,}?)(?:(?:${ETHNIC_GROUP})族?)*自治(?:区|州|县|旗)$`);

/** Generic suffixes, longest first; the remainder must keep at least two characters. */
const SUFFIXES = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '地区', '林区', '特区', '新区', '省', '市', '县', '区', '盟', '旗'];

/** Township-level names keep only their full form: short ones (洞山, 红光) are too ambiguous. */
export function shortNameOf(name: string, level: RegionLevel): string | null {
  if (level === 'township' || level === 'community') return null;
  const autonomous = AUTONOMOUS.exec(name);
  if (autonomous?.[1]) return autonomous[1];
  for (const suffix of SUFFIXES) {
    if (name.endsWith(suffix) && name.length - suffix.length >= 2) return name.slice(0, -suffix.length);
  }
  return null;
}

const AUTONOMOUS_UNIT = /自治(州|县|旗)$/;

/**
 * The form official texts use for an autonomous prefecture, county or banner: its stem and unit
 * word (湘西土家族苗族自治州 → 湘西州, 木垒哈萨克自治县 → 木垒县). It ends in its unit word, so
 * it reads like a full name, and it keeps 恩施州 apart from 恩施市 inside it.
 */
export function autonomousUnitForm(name: string): string | null {
  const unit = AUTONOMOUS_UNIT.exec(name)?.[1];
  const stem = unit ? AUTONOMOUS.exec(name)?.[1] : undefined;
  return unit && stem ? `${stem}${unit}` : null;
}

let abbreviations: Map<string, string[]> | undefined;

/** Official short forms no rule derives (科尔沁左翼中旗 → 科左中旗), from region-abbreviations.json. */
export function officialAbbreviations(name: string): readonly string[] {
  abbreviations ??= new Map(Object.entries(
    (JSON.parse(readFileSync(path.resolve(import.meta.dirname, 'region-abbreviations.json'), 'utf8')) as { abbreviations: Record<string, string[]> }).abbreviations,
  ));
  return abbreviations.get(name) ?? [];
}

let nicknames: Map<string, string> | undefined;

/** City nicknames (泉城 → 济南市), from city-nicknames.json: nickname → full name. */
export function cityNicknames(): ReadonlyMap<string, string> {
  nicknames ??= new Map(Object.entries(
    (JSON.parse(readFileSync(path.resolve(import.meta.dirname, 'city-nicknames.json'), 'utf8')) as { nicknames: Record<string, string> }).nicknames,
  ));
  return nicknames;
}

let divisions: Map<string, string> | undefined;

/** The 兵团's divisions and the cities they govern as one (第五师 → 双河市), from corps-divisions.json. */
export function corpsDivisionCities(): ReadonlyMap<string, string> {
  divisions ??= new Map(Object.entries(
    (JSON.parse(readFileSync(path.resolve(import.meta.dirname, 'corps-divisions.json'), 'utf8')) as { divisions: Record<string, string> }).divisions,
  ));
  return divisions;
}

const HAN = /\p{Script=Han}/u;

export function isHan(char: string | undefined): boolean {
  return char !== undefined && HAN.test(char);
}
