/**
 * Turns an item's subject chain into its region: settles shared names with the item's context,
 * then attaches the township or community the headline names as the sub-region.
 */
import type { ParsedItem, RegionContext, RegionEvidence, RegionRef, RegionResolution } from '../../types.ts';
import type { Gazetteer } from '../../knowledge/gazetteer.ts';
import { communityRegion } from './community.ts';
import { narrowByAnchors, preferByHistory } from './narrow.ts';
import { leadSentences, normalizeForRegions } from './normalize.ts';
import type { Chain, RegionScanner } from './scanner.ts';
import { closesTitleSubject, findSubject, unitCandidates, withoutLeadingMarks, type ItemTexts, type Subject } from './subject.ts';

export interface ResolverParts {
  gazetteer: Gazetteer;
  scanner: RegionScanner;
}

/** How much of a body is read for places that could settle an ambiguous name. */
const BODY_ANCHOR_LENGTH = 2000;

const NOTHING: RegionResolution = { region: null, candidates: [], subRegion: null, mention: null, evidence: null };

/** Places in `chains` that are certain (one candidate), as anchors for settling another name. */
function certainUnits(chains: Chain[]): RegionRef[] {
  return chains.flatMap((chain) => {
    const units = unitCandidates(chain);
    return units.length === 1 ? units : [];
  });
}

/**
 * Context sources from the nearest to the farthest; built lazily because most names are unique
 * and never need them.
 */
function* anchorGroups(item: ParsedItem, texts: ItemTexts, context: RegionContext, parts: ResolverParts): Generator<RegionRef[]> {
  const { scanner } = parts;
  const body = normalizeForRegions(item.text.slice(0, BODY_ANCHOR_LENGTH));
  yield certainUnits([
    ...scanner.find(texts.title, { acceptWeakEnding: closesTitleSubject }),
    ...scanner.find(texts.office),
    ...scanner.find(body),
  ]);
  const anyEnding = { acceptWeakEnding: () => true };
  if (context.publisher) yield certainUnits(scanner.find(normalizeForRegions(context.publisher), anyEnding));
  if (context.documentTitle) yield certainUnits(scanner.find(normalizeForRegions(context.documentTitle), anyEnding));
  yield context.siblingRegions;
}

function settle(candidates: RegionRef[], groups: Iterable<RegionRef[]>, context: RegionContext, parts: ResolverParts): RegionRef[] {
  let remaining = candidates;
  if (remaining.length > 1) {
    for (const anchors of groups) {
      remaining = narrowByAnchors(remaining, anchors, parts.gazetteer);
      if (remaining.length < 2) break;
    }
  }
  return preferByHistory(remaining, context.siblingRegions, parts.gazetteer);
}

function parentOf(ref: RegionRef, gazetteer: Gazetteer): RegionRef | null {
  const parentCode = ref.pathCodes.at(-2);
  return parentCode === undefined ? null : (gazetteer.byCode(parentCode) ?? null);
}

/** Sections that report other places: an item there without a place is not the publisher's. */
const ELSEWHERE_SECTION = /市外|省外|县外|外地|他山|借鉴|参考/;

/**
 * An item that names no place at all, in a bulletin whose publisher names one unit
 * ("全市召开组织工作会议" in 中共安庆市委组织部's bulletin), is about the publisher's unit.
 */
function publisherFallback(item: ParsedItem, context: RegionContext, parts: ResolverParts): RegionResolution {
  if (!context.publisher || (item.section && ELSEWHERE_SECTION.test(item.section))) return NOTHING;
  const chains = parts.scanner.find(normalizeForRegions(context.publisher));
  const units = certainUnits(chains);
  const [unit] = units;
  if (units.length !== 1 || !unit) return NOTHING;
  return { region: unit, candidates: [], subRegion: null, mention: null, evidence: 'publisher' };
}

function mentionOf(subject: Subject, chain: Chain, title: string): string {
  const { community } = subject;
  const followsChain = community !== null && subject.source === 'title' && title.startsWith(community, chain.end);
  return followsChain ? chain.text + community : chain.text;
}

const EVIDENCE_OF_SOURCE: Record<Subject['source'], RegionEvidence> = { title: 'headline', office: 'office', body: 'body' };

export function resolveItem(item: ParsedItem, context: RegionContext, parts: ResolverParts): RegionResolution {
  const texts: ItemTexts = {
    title: withoutLeadingMarks(normalizeForRegions(item.title)),
    office: normalizeForRegions(item.office ?? ''),
    lead: normalizeForRegions(leadSentences(item.text)),
  };
  const subject = findSubject(texts, parts.scanner);
  if (!subject?.chain) return publisherFallback(item, context, parts);
  const { chain, community } = subject;
  const groups = anchorGroups(item, texts, context, parts);
  const mention = mentionOf(subject, chain, texts.title);
  const evidence = EVIDENCE_OF_SOURCE[subject.source];

  let region: RegionRef | null = null;
  let township: RegionRef | null = null;
  const units = unitCandidates(chain);
  if (units.length > 0) {
    const settled = settle(units, groups, context, parts);
    if (settled.length !== 1) return { region: null, candidates: settled, subRegion: null, mention, evidence };
    region = settled[0] ?? null;
    const inside = subject.townships.filter((ref) => region !== null && ref.pathCodes.includes(region.code));
    township = inside.length === 1 ? (inside[0] ?? null) : null;
  } else {
    // The headline leads with a township ("洞山街道：…"): settle it, its county is the region.
    const settled = settle(subject.townships, groups, context, parts);
    if (settled.length !== 1) {
      const counties = settled.map((ref) => parentOf(ref, parts.gazetteer)).filter((ref): ref is RegionRef => ref !== null);
      return { region: null, candidates: [...new Set(counties)], subRegion: null, mention, evidence: 'town' };
    }
    township = settled[0] ?? null;
    region = township ? parentOf(township, parts.gazetteer) : null;
  }

  const communityParent = township ?? (region?.level === 'county' ? region : null);
  const subRegion = community && communityParent ? communityRegion(community, communityParent) : township;
  return { region, candidates: [], subRegion, mention, evidence: units.length > 0 ? evidence : 'town' };
}
