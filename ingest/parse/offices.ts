/**
 * Contributing offices, printed either as a byline line under a headline ("中共伊春区委组织部",
 * "■中共大同市委组织部") or as a parenthesis closing the item ("（望江县委组织部）").
 */
import { visibleLength } from './text.ts';

/** Party and government organs that sign bulletin items. */
const OFFICE_SUFFIX = /(组织部|宣传部|统战部|政法委|研究室|办公室|党委|党工委|党组|工委|纪委|监委|委员会)$/;
/** An office names its level: 中共…, 县委/市委/区委…, or a township or street organ. */
const OFFICE_LEVEL = /中共|[省市县区州旗盟]委|街道|[镇乡]党|机关/;
const BYLINE_DECORATION = /^[■□◆◇▲△●○★☆—\-–\s]+/;
const BYLINE_LABEL = /^(作者单位|供稿单位|供稿|来源|稿源|作者)\s*[:：]\s*/;
const NOT_IN_NAMES = /[，。；！？,;!?：:“”"《》]/;

/** True for a bare office name: 望江县委组织部, 中共大同市委组织部, 中共安庆市委组织部研究室. */
export function isOfficeName(norm: string): boolean {
  const text = norm.replace(/\s+/g, '');
  const length = visibleLength(text);
  if (length < 5 || length > 30 || NOT_IN_NAMES.test(text)) return false;
  return text.split('、').every((part) => OFFICE_SUFFIX.test(part) && OFFICE_LEVEL.test(part));
}

/** Common surnames (single and compound): what starts a person's name after an office on a byline. */
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝';
const COMPOUND_SURNAMES = /^(?:欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|令狐|长孙|宇文|司徒|夏侯|端木|呼延)/;
/** A person's name: a common surname and one or two characters (欧阳明, 张明, 白亚星). */
export function isPersonName(word: string): boolean {
  if (!/^\p{Script=Han}{2,4}$/u.test(word)) return false;
  return COMPOUND_SURNAMES.test(word) ? word.length <= 4 : word.length <= 3 && SURNAMES.includes(word[0] as string);
}

/**
 * An office followed by its authors, each set apart by spaces ("河口县委组织部 张明 李华"): the office
 * alone. Words that are not names after it leave the line as it is.
 */
function withoutAuthors(text: string): string {
  const [first, ...rest] = text.split(/\s+/);
  if (!first || rest.length === 0 || rest.length > 4 || !rest.every(isPersonName) || !isOfficeName(first)) return text;
  return first;
}

/** The office named by a byline line, or null: decoration (■), labels (供稿：) and authors removed. */
function bylineText(text: string): string {
  return withoutAuthors(text.replace(BYLINE_DECORATION, '').replace(BYLINE_LABEL, '').trim());
}

/** An office line closed by a colon ("海棠区委组织部："): the office introducing the headline printed under it. */
const LEADING_OFFICE = /^(.+?)\s*[：:]\s*$/;

/** The office (as printed) of a line naming one and closed by a colon, or null. */
export function leadingOffice(raw: string, norm: string): string | null {
  const match = LEADING_OFFICE.exec(bylineText(norm));
  if (!match?.[1] || !isOfficeName(match[1])) return null;
  const printed = LEADING_OFFICE.exec(bylineText(raw));
  return (printed?.[1] ?? match[1]).replace(/\s+/g, '');
}

export function isOfficeLine(norm: string): boolean {
  return isOfficeName(bylineText(norm));
}

/** Office as printed on a byline line (raw text), or null when the line is no byline. */
export function bylineOffice(raw: string, norm: string): string | null {
  if (!isOfficeLine(norm)) return null;
  return bylineText(raw).replace(/\s+/g, '');
}

/** The short tag an organization department signs with: 河组 (河口县委组织部), 河口组工, 河口组宣. */
const OFFICE_TAG = /^\p{Script=Han}{1,4}(?:组|组工|组宣)$/u;
const NOT_A_TAG = /小组$/;

const TRAILING_PARENTHESIS = /[（(]\s*(?:(?:供稿|来源|稿源|作者单位|供稿单位)\s*[:：]\s*)?([^（）()]{2,40})[）)]\s*$/;

/**
 * An office printed in parentheses at the end of an item, by name or by its short tag (（河组）):
 * returns the office (as printed) and the text before it, or null when the closing parenthesis is
 * something else ("（试行）", "（第一小组）").
 */
export function splitTrailingOffice(raw: string, norm: string): { office: string; rest: string } | null {
  const match = TRAILING_PARENTHESIS.exec(norm);
  const inner = match?.[1]?.replace(/\s+/g, '');
  if (!match || match[1] === undefined || !inner || !(isOfficeName(inner) || (OFFICE_TAG.test(inner) && !NOT_A_TAG.test(inner)))) return null;
  const source = raw.length === norm.length ? raw : norm;
  const innerStart = match.index + match[0].indexOf(match[1]);
  const office = source.slice(innerStart, innerStart + match[1].length).replace(/\s+/g, '');
  return { office, rest: source.slice(0, match.index).trimEnd() };
}

/** Credit words of a byline of persons: 本报记者, 记者, 通讯员, 实习生. */
const CREDIT_WORD = /^(?:本报)?(?:记者|通讯员|实习生|摄影)$/;

/**
 * A byline of persons only ("张小红", "王明 记者 李 华", a two-character name padded with a space):
 * every word a name or a credit word.
 */
export function isPersonsByline(norm: string): boolean {
  const words: string[] = [];
  for (const word of norm.trim().split(/\s+/)) {
    const last = words.at(-1);
    // 李 华: a two-character name printed with a space inside joins up again.
    if (word.length === 1 && last !== undefined && last.length === 1) words[words.length - 1] = last + word;
    else words.push(word);
  }
  const names = words.filter((word) => !CREDIT_WORD.test(word));
  return names.length > 0 && names.length <= 4 && names.every(isPersonName);
}
