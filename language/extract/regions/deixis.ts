/**
 * How a report speaks of its own unit without naming it — 我县, 全区, 该市, 县委组织部 — and
 * whether a unit is of the kind spoken of. Lets the source line name the place (origins.ts) and
 * keeps a province's own report at the province (province.ts, subject.ts).
 */
import type { RegionRef } from '../../types.ts';

/**
 * 我县, 全区, 该市, 县委组织部, 市直机关, 旗团委…: the body speaks of its own unit without naming it. Returns the
 * unit kinds spoken of (县, 区, 市, 旗, 州, 盟, 省).
 */
export function deicticLevels(text: string): Set<string> {
  const kinds = new Set<string>();
  // A prefecture's committee may be written 党委 (州党委组织部, as frontier prefectures' papers do); 区党委
  // is the autonomous region's, read below.
  for (const match of text.matchAll(/(?:我|全|本|该)(县|区|市|旗|州|盟|省)|(县|区|市|旗|州|盟|省)委(?:组织部|常委)|(州|盟)党委(?:组织部|常委)|(县|区|市|旗|州|盟|省)直(?:机关|单位|部门)/g)) {
    const kind = match[1] ?? match[2] ?? match[3] ?? match[4];
    if (kind) kinds.add(kind);
  }
  // Its own mass organisations and Party bodies written bare (旗团委, 团县委, 县妇联, 区委社会工作部): a
  // county-level unit's paper or account speaking as that unit.
  for (const match of text.matchAll(/(县|区|旗)(?:团委|妇联|总工会|工会|委(?:社会工作部|宣传部|统战部|党校|两新工委))|团(县|区|旗)委/g)) {
    const kind = match[1] ?? match[2];
    if (kind) kinds.add(kind);
  }
  // A province's own departments (省委教育工委, 省教育厅) acting: the province speaking.
  if (/省委(?:教育工委|社会工作部|宣传部|统战部)|省(?:教育|人社|人力资源和社会保障|卫生健康|卫健|民政|财政)厅/.test(text)) kinds.add('省');
  // An autonomous region speaks of itself by its title: 自治区党委, 自治区本级.
  if (/自治区(?:党委|本级|政府|人民政府|直属)/.test(text)) kinds.add('区');
  // A prefecture's or league's own paper writes its committee bare as the subject acting (…，州委从去年起启动实施…).
  for (const match of text.matchAll(/(?:^|[，,。；;\n])(州|盟)委(?=[^员会书组，,。；;]{0,6}?(?:启动|实施|出台|印发|推行|建立|部署|开展|制定|从))/g)) kinds.add(match[1] as string);
  return kinds;
}

/** Whether `unit` is the kind of place the body's 我县/全区/… speaks of. */
export function fitsDeixis(unit: RegionRef, kinds: Set<string>): boolean {
  if (unit.level === 'province') return kinds.has('省') || (unit.name.endsWith('自治区') && kinds.has('区')) || (unit.name.endsWith('市') && kinds.has('市'));
  const suffix = unit.name.at(-1) ?? '';
  if (suffix === '县' || suffix === '旗') return kinds.has(suffix) || kinds.has('县');
  return kinds.has(suffix);
}

/**
 * How often a report speaks of a township as its own (全镇, 我乡, 该苏木, 镇党委…) and of a prefecture
 * or league (全州, 我盟, 州委组织部…). A town's report names the prefecture it follows (在州委…部署下，
 * 与全州同步开展…) without being the prefecture's.
 */
export function townshipAndPrefectureVoices(text: string): { township: number; prefecture: number } {
  const township = [...text.matchAll(/(?:我|全|本|该)(?:镇|乡|苏木|街道)|(?:镇|乡|苏木)党委(?!书记)/g)].length;
  const prefecture = [...text.matchAll(/(?:我|全|本|该)(?:州|盟)|(?:州|盟)(?:党)?委(?:组织部|常委)|(?:州|盟)直(?:机关|单位|部门)/g)].length;
  return { township, prefecture };
}
