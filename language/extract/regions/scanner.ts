/**
 * Finds place-name chains in text: runs of gazetteer names where each one lies inside the one
 * before it — "安徽省芜湖市鸠江区", "甘肃城关区", "四川省中江县", "田家庵区洞山街道".
 *
 * Why chains rather than single names: a prefix settles ambiguity (甘肃 + 城关区 → 兰州市城关区),
 * and a short name only counts when something confirms it is a place (甘肃 before 城关区 does;
 * 安徽 before 大学 does not).
 */
import type { RegionRef } from '../../types.ts';
import type { Gazetteer } from '../../knowledge/gazetteer.ts';
import { isHan } from '../../knowledge/region-names.ts';

interface DictionaryHit {
  ref: RegionRef;
  /** A short name (安徽) or a full name that is also an everyday word (城区, 老城区). */
  weak: boolean;
}

export interface ChainElement {
  text: string;
  start: number;
  end: number;
  /** Every unit the element can be, narrowed by the rest of the chain. */
  candidates: RegionRef[];
  weak: boolean;
  /** Opened without a boundary before it: only a name nested right after confirms it. */
  needsNesting?: boolean;
}

export interface Chain {
  text: string;
  start: number;
  end: number;
  elements: ChainElement[];
}

export interface ScanOptions {
  /** A township may open the chain (only where a headline leads with it: "洞山街道：…"). */
  townshipFirst?: boolean;
  /** A chain may end in a weak name when this says so for the text after it ("望江：…"). */
  acceptWeakEnding?: (text: string, end: number) => boolean;
  /** Stop after the first chain. */
  first?: boolean;
  /** Only try a chain starting at this position. */
  onlyAt?: number;
  /**
   * A two-character name may open a chain right after other Han characters: in outlet names the
   * place follows a brand prefix (云上XX, 今日XX), where no word boundary is printed.
   */
  withoutBoundary?: boolean;
}

/**
 * Full names that read as ordinary words inside running text (老城区改造, 城区党建, 乡村振兴区域,
 * 老解放区): like short names, they need a parent unit before them or a headline closing on them.
 */
const GENERIC_NAMES =
  /^(?:城|郊|矿|东|西|南|北|老城|新城|城中|城东|城西|城南|城北|市中|新市|新华|和平|解放|振兴|新兴|向阳|东风|前进|光明|太平|平安|安定|工农)区$/;

/**
 * A short name that is also how a report speaks of its own unit: 全州 (全州县) is far more often
 * "the whole prefecture" (全州325个乡镇, 全州软乡弱村整顿) — it counts only under its parent (桂林全州).
 */
const DEICTIC_SHORT_NAME = /^全[省市县区州旗盟]$/;

/**
 * Townships the gazetteer records by the bare word of their kind (a development zone's 街道): in
 * running text that word is the kind, never a place (16个乡镇(街道)相关人员, 各镇街道).
 */
const BARE_TOWNSHIP_WORD = /^(?:街道|街道办事处|办事处|镇|乡|苏木|社区)$/;
const isBareTownship = (ref: RegionRef): boolean => ref.level === 'township' && BARE_TOWNSHIP_WORD.test(ref.name);

/**
 * A short name ending in 党 whose 党 opens a Party word written right after it (线上党建, 链上党建,
 * 指尖上党课): in this genre that is the Party word, never the place (上党 of 上党区).
 */
const PARTY_WORD_AFTER = /^(?:建|员|课|组|委|支部|总支|群|性|史|务|费|旗|徽|校|章|风|纪|日|代会|内)/;
const partyWordTail = (key: string, text: string, end: number): boolean => key.endsWith('党') && PARTY_WORD_AFTER.test(text.slice(end));

export interface RegionScanner {
  /** Chains in `text`, left to right, never overlapping. */
  find(text: string, options?: ScanOptions): Chain[];
}

export function createRegionScanner(gazetteer: Gazetteer): RegionScanner {
  // Name lengths by first character, kept apart for townships: most chains never look at them,
  // and skipping them keeps a scan of running text cheap. The names themselves stay in the gazetteer.
  const unitLengths = new Map<string, number[]>();
  const townshipLengths = new Map<string, number[]>();
  const addLength = (key: string, byFirst: Map<string, number[]>): void => {
    const first = key[0] ?? '';
    const lengths = byFirst.get(first);
    if (!lengths) byFirst.set(first, [key.length]);
    else if (!lengths.includes(key.length)) {
      lengths.push(key.length);
      lengths.sort((a, b) => b - a);
    }
  };
  for (const name of gazetteer.allNames()) {
    const townshipOnly = gazetteer.byName(name).every((ref) => ref.level === 'township');
    addLength(name, townshipOnly ? townshipLengths : unitLengths);
  }
  for (const name of gazetteer.allShortNames()) addLength(name, unitLengths);
  // Towns by their stem (回山 for 回山镇), read only right after their county: 新昌回山.
  const townStems = new Map<string, RegionRef[]>();
  const stemLengths = new Map<string, number[]>();
  for (const ref of gazetteer.all()) {
    if (ref.level !== 'township') continue;
    const stem = townStem(ref.name);
    if (!stem) continue;
    const list = townStems.get(stem);
    if (list) list.push(ref);
    else townStems.set(stem, [ref]);
    addLength(stem, stemLengths);
  }

  const lengthsAt = (char: string, withTownships: boolean): number[] => {
    const units = unitLengths.get(char) ?? [];
    const townships = withTownships ? (townshipLengths.get(char) ?? []) : [];
    if (townships.length === 0) return units;
    return [...new Set([...units, ...townships])].sort((a, b) => b - a);
  };

  const hitsFor = (key: string): DictionaryHit[] => {
    const full = gazetteer.byName(key).filter((ref) => !isBareTownship(ref));
    const short = gazetteer.byShortName(key);
    if (full.length === 0 && short.length === 0) return [];
    const weakFull = GENERIC_NAMES.test(key);
    return [
      ...full.map((ref) => ({ ref, weak: weakFull })),
      ...short.map((ref) => ({ ref, weak: true })),
    ];
  };

  /** A town named by its stem right after the county it lies in. */
  function stemAt(text: string, pos: number, previous: RegionRef[]): ChainElement | null {
    for (const length of stemLengths.get(text[pos] ?? '') ?? []) {
      const key = text.slice(pos, pos + length);
      const inside = (townStems.get(key) ?? []).filter((ref) => previous.some((parent) => isStrictlyInside(ref, parent)));
      if (inside.length > 0) return { text: key, start: pos, end: pos + length, candidates: inside, weak: true };
    }
    return null;
  }

  /** The longest name at `pos` that can continue the chain (or open it when `previous` is null). */
  function elementAt(text: string, pos: number, previous: RegionRef[] | null, options: ScanOptions): ChainElement | null {
    const element = fullNameAt(text, pos, previous, options);
    if (element || previous === null || !previous.some(holdsTownships)) return element;
    return stemAt(text, pos, previous);
  }

  function fullNameAt(text: string, pos: number, previous: RegionRef[] | null, options: ScanOptions): ChainElement | null {
    const withTownships = previous !== null ? previous.some(holdsTownships) : options.townshipFirst === true;
    for (const length of lengthsAt(text[pos] ?? '', withTownships)) {
      if (pos + length > text.length) continue;
      const key = text.slice(pos, pos + length);
      const strongOnly = (previous === null && DEICTIC_SHORT_NAME.test(key)) || partyWordTail(key, text, pos + length);
      const hits = strongOnly ? hitsFor(key).filter((hit) => !hit.weak) : hitsFor(key);
      if (hits.length === 0) continue;
      // A town opening a chain right after 东/西/南/北 is the tail of a longer name the gazetteer
      // lacks (西格木乡 is not 格木乡): a town's own name starts there.
      const tail = previous === null && DIRECTION_BEFORE.test(text[pos - 1] ?? '');
      const fitting = hits.filter((hit) => fits(hit, previous, options) && !(tail && hit.ref.level === 'township'));
      if (fitting.length === 0) continue;
      // Two-character names are word tails too (示范县 → 范县): opening a chain needs a boundary,
      // or a name nested in it right after (位于广东顺德).
      const needsNesting = previous === null && length <= 2 && options.withoutBoundary !== true && !atBoundary(text, pos);
      return {
        text: key,
        start: pos,
        end: pos + length,
        candidates: unique(fitting.map((hit) => hit.ref)),
        weak: fitting.every((hit) => hit.weak),
        ...(needsNesting ? { needsNesting } : {}),
      };
    }
    return null;
  }

  function chainAt(text: string, start: number, options: ScanOptions): Chain | null {
    const elements: ChainElement[] = [];
    let pos = start;
    for (;;) {
      const previous = elements.at(-1)?.candidates ?? null;
      const element = elementAt(text, pos, previous, options);
      if (!element) break;
      elements.push(element);
      pos = element.end;
    }
    const last = elements.at(-1);
    if (!last) return null;
    if (elements[0]?.needsNesting && elements.length < 2) return null;
    // A short name nested in the one before it (广东清远, 浙江新昌) is confirmed by that nesting.
    const nested = elements.length >= 2;
    if (last.weak && !nested && !options.acceptWeakEnding?.(text, last.end)) return null;
    narrowBackwards(elements);
    return { text: text.slice(start, last.end), start, end: last.end, elements };
  }

  return {
    find(text, options = {}) {
      if (options.onlyAt !== undefined) {
        const chain = chainAt(text, options.onlyAt, options);
        return chain ? [chain] : [];
      }
      const chains: Chain[] = [];
      for (let pos = 0; pos < text.length; ) {
        const opens = unitLengths.has(text[pos] ?? '') || options.townshipFirst === true;
        const chain = opens ? chainAt(text, pos, options) : null;
        if (!chain) {
          pos += 1;
          continue;
        }
        chains.push(chain);
        if (options.first) break;
        pos = chain.end;
      }
      return chains;
    },
  };
}

/**
 * What a township's name ends in when it can open a chain alone: a few are named without one
 * (永兴 in 三沙, 太平川), and such a bare word is far more often a county's short name or a
 * community's — it is read only under its county.
 */
const TOWNSHIP_WORD = /(?:镇|乡|街道|苏木|地区|办事处|农场|林场|牧场|街)$/;

function fits(hit: DictionaryHit, previous: RegionRef[] | null, options: ScanOptions): boolean {
  if (previous === null) return hit.ref.level !== 'township' || (options.townshipFirst === true && TOWNSHIP_WORD.test(hit.ref.name));
  return previous.some((parent) => isStrictlyInside(hit.ref, parent));
}

/** What opens a longer place name before a town's: 西格木乡, 东平安镇. */
const DIRECTION_BEFORE = /^[东西南北]$/u;

/** Counties hold townships; so do cities without counties (东莞市) — the data decides. */
function holdsTownships(ref: RegionRef): boolean {
  return ref.level === 'county' || ref.level === 'city';
}

function isStrictlyInside(child: RegionRef, parent: RegionRef): boolean {
  return child.code !== parent.code && child.pathCodes.includes(parent.code);
}

/** Start of text, after a non-Han character, or right after 中共 (中共和县委). */
function atBoundary(text: string, pos: number): boolean {
  return pos === 0 || !isHan(text[pos - 1]) || text.slice(Math.max(0, pos - 2), pos) === '中共';
}

/** Keeps, in each element, only the units that contain a candidate of the next element. */
function narrowBackwards(elements: ChainElement[]): void {
  for (let index = elements.length - 2; index >= 0; index -= 1) {
    const element = elements[index];
    const next = elements[index + 1];
    if (!element || !next) continue;
    element.candidates = element.candidates.filter((parent) =>
      next.candidates.some((child) => isStrictlyInside(child, parent)),
    );
  }
}

/** 新区街道 → 新区, 华阳镇 → 华阳; null when the stem would be a single character. */
function townStem(name: string): string | null {
  const stem = name.replace(/(?:街道办事处|街道|民族乡|镇|乡|苏木)$/, '');
  return stem !== name && stem.length >= 2 ? stem : null;
}

function unique(refs: RegionRef[]): RegionRef[] {
  return [...new Set(refs)];
}
