/**
 * Which place an item is about. The headline's leading locality comes first ("望江县：…",
 * "四川省中江县立…"), then the contributing office ("中共伊春区委组织部"), then the first
 * sentences of the body ("…嘉荫县坚持…"). Places merely mentioned further on never lead.
 */
import type { RegionRef } from '../../types.ts';
import { communityAt } from './community.ts';
import type { Chain, RegionScanner } from './scanner.ts';

export type SubjectSource = 'title' | 'office' | 'body';

export interface Subject {
  /** The chain naming the locality; null when the headline leads with a community only. */
  chain: Chain | null;
  source: SubjectSource;
  /** A community or village named right after the chain (or alone) at the head of the title. */
  community: string | null;
  /** Townships the headline names as its subject: inside the chain, or just after its colon. */
  townships: RegionRef[];
}

export interface ItemTexts {
  title: string;
  office: string;
  /** The body's first sentences. */
  lead: string;
}

/** Marks that close a headline's subject: colons (and "；" typed for one), brackets, dashes. */
const TITLE_CLOSERS = '：:；;，,、】]）)」|丨—-·';

/** Bullets and brackets before a headline's subject: □望江县：…, 【安徽望江】… */
const LEADING_MARKS = /^[^\p{Letter}\p{Number}]+/u;

export function withoutLeadingMarks(title: string): string {
  return title.replace(LEADING_MARKS, '');
}

/** A headline subject ends at a closing mark or at the end of the headline. */
export function closesTitleSubject(text: string, end: number): boolean {
  const next = text[end];
  return next === undefined || TITLE_CLOSERS.includes(next);
}

function townshipLeads(title: string, chain: Chain): boolean {
  return closesTitleSubject(title, chain.end) || communityAt(title, chain.end) !== null || /^党(?:工)?委/.test(title.slice(chain.end));
}

/** A subject found in the title, with the community or township named right after it. */
function fromTitleChain(title: string, chain: Chain, scanner: RegionScanner): Subject {
  let townships = townshipCandidates(chain);
  let community = communityAt(title, chain.end);
  if (townships.length === 0 && community === null && closesTitleSubject(title, chain.end)) {
    // "田家庵区：洞山街道打造…" — the township opens the clause after the colon.
    const next = chain.end + 1;
    const after = scanner.find(title, { onlyAt: next, townshipFirst: true })[0];
    townships = after ? townshipCandidates(after) : [];
    community = communityAt(title, next);
  }
  return { chain, source: 'title', community, townships };
}

function titleSubject(title: string, scanner: RegionScanner): Subject | null {
  const chains = scanner.find(title, { acceptWeakEnding: closesTitleSubject });
  const first = chains[0];
  if (first && first.start === 0) return fromTitleChain(title, first, scanner);

  const township = scanner.find(title, { onlyAt: 0, townshipFirst: true, acceptWeakEnding: closesTitleSubject })[0];
  if (township && townshipLeads(title, township)) return fromTitleChain(title, township, scanner);
  const community = communityAt(title, 0);
  if (community) return { chain: null, source: 'title', community, townships: [] };
  return first ? fromTitleChain(title, first, scanner) : null;
}

/** Candidates of the chain's most specific county-or-above element. */
export function unitCandidates(chain: Chain): RegionRef[] {
  for (let index = chain.elements.length - 1; index >= 0; index -= 1) {
    const units = chain.elements[index]?.candidates.filter((ref) => ref.level !== 'township') ?? [];
    if (units.length > 0) return units;
  }
  return [];
}

/** Candidates of the chain's township element, if it has one. */
export function townshipCandidates(chain: Chain): RegionRef[] {
  for (const element of chain.elements) {
    const townships = element.candidates.filter((ref) => ref.level === 'township');
    if (townships.length > 0) return townships;
  }
  return [];
}

function isInside(child: RegionRef, parent: RegionRef): boolean {
  return child.code !== parent.code && child.pathCodes.includes(parent.code);
}

/**
 * An office names a city ("中共伊春市委组织部") while the body opens on one of its counties
 * ("嘉荫县坚持…"): the county is the subject, kept only if it lies inside the office's city.
 */
function refineOfficeWithBody(office: Chain, body: Chain | undefined): Chain {
  if (!body) return office;
  const officeUnits = unitCandidates(office);
  if (officeUnits.some((ref) => ref.level === 'county')) return office;
  const inside = unitCandidates(body).filter((ref) => officeUnits.some((unit) => isInside(ref, unit)));
  if (inside.length === 0) return office;
  const last = body.elements.at(-1);
  if (!last || last.candidates.some((ref) => ref.level === 'township')) return office;
  return { ...body, elements: [...body.elements.slice(0, -1), { ...last, candidates: inside }] };
}

export function findSubject(texts: ItemTexts, scanner: RegionScanner): Subject | null {
  const fromTitle = titleSubject(texts.title, scanner);
  if (fromTitle?.chain) return fromTitle;
  const community = fromTitle?.community ?? null;

  const office = scanner.find(texts.office, { first: true })[0];
  const body = scanner.find(texts.lead, { first: true })[0];
  if (office) {
    const chain = refineOfficeWithBody(office, body);
    return { chain, source: chain === office ? 'office' : 'body', community, townships: [] };
  }
  if (body) return { chain: body, source: 'body', community, townships: [] };
  return community ? { chain: null, source: 'title', community, townships: [] } : null;
}
