/**
 * Communities and villages named as a headline's subject ("洞山街道黎明社区：…"). The gazetteer
 * stops at townships, so such a unit becomes a synthetic community-level region under the
 * township or county it sits in: code `${parentCode}-c-${name}`.
 */
import type { RegionRef } from '../../types.ts';

/** A community or village name followed by what closes a headline subject or names its bodies. */
const COMMUNITY = /^(\p{Script=Han}{2,8}?(?:社区|村))(?=$|[：:；;，,]|党(?:委|总支|支部|工委)|居委会|村委会)/u;

/** Words that end in 社区/村 without naming one (示范村, 试点社区, 全市社区). */
const GENERIC_HEADS = /^(?:示范|试点|重点|先进|全|各|每|本|城市|农村|乡村|美丽|文明|和谐|智慧|红色|幸福|党建|基层)/;

/** The community named at `start` in `text`, or null. */
export function communityAt(text: string, start: number): string | null {
  const match = COMMUNITY.exec(text.slice(start));
  const name = match?.[1];
  if (!name || GENERIC_HEADS.test(name)) return null;
  return name;
}

export function communityRegion(name: string, parent: RegionRef): RegionRef {
  const code = `${parent.code}-c-${name}`;
  return {
    code,
    name,
    level: 'community',
    path: [...parent.path, name],
    pathCodes: [...parent.pathCodes, code],
  };
}
