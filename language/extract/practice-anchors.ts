/**
 * A cheap prefilter for the practice matcher: for every practice, the literal text each of its
 * alternatives must contain (单元长制度 → 单元长制度; 党建.{0,6}观摩 → 党建 or 观摩, the longest
 * run kept). A text whose characters and character pairs cannot hold any anchor of a practice is
 * not scanned with that practice's expression. Anchors are conservative: any construct the reader
 * does not understand ends a run, and an alternative without a literal run means "always scan".
 */

const MAX_EXPANSIONS = 24;
const SPECIAL = /[.*+?^${}()|[\]\\]/u;

/** The alternatives of a group when each is plain text ((联|保) → 联, 保), else null. */
function literalGroup(group: string): string[] | null {
  const inner = group.slice(group.startsWith('(?:') ? 3 : 1, -1);
  const alternatives = topLevelAlternatives(inner);
  return alternatives.every((alternative) => alternative.length > 0 && !SPECIAL.test(alternative)) ? alternatives : null;
}

/** Shortest string of a set: how selective the set is as an anchor. */
const weakest = (set: string[]): number => Math.min(...set.map((text) => text.length));

/**
 * What every match of one alternative must contain, as a set of texts one of which it holds:
 * runs of literal characters, multiplied out through plain groups (党(建|委) → 党建, 党委); the
 * most selective run is kept ([] when none).
 */
function requiredTexts(alternative: string): string[] {
  let best: string[] = [];
  let run: string[] = [''];
  const endRun = (): void => {
    if (weakest(run) > (best.length === 0 ? 0 : weakest(best))) best = run;
    run = [''];
  };
  let index = 0;
  while (index < alternative.length) {
    const char = alternative[index] ?? '';
    let texts: string[] | null = null;
    let next = index + 1;
    if (char === '\\') {
      const escaped = alternative[index + 1] ?? '';
      texts = SPECIAL.test(escaped) || escaped === '/' || escaped === '-' ? [escaped] : null;
      next = index + 2;
    } else if (char === '(') {
      next = closingIndex(alternative, index) + 1;
      if (!alternative.startsWith('(?', index) || alternative.startsWith('(?:', index)) texts = literalGroup(alternative.slice(index, next));
    } else if (char === '[') {
      next = closingIndex(alternative, index) + 1;
    } else if (!SPECIAL.test(char)) {
      texts = [char];
    }
    // A quantifier after the atom makes it optional or repeated: it ends the run either way.
    const quantifier = /^(?:[?*+]|\{\d*,?\d*\})\??/u.exec(alternative.slice(next));
    if (quantifier) {
      endRun();
      next += quantifier[0].length;
    } else if (texts === null || run.length * texts.length > MAX_EXPANSIONS) {
      endRun();
      if (texts !== null) run = texts;
    } else {
      const extend = texts;
      run = run.flatMap((prefix) => extend.map((text) => prefix + text));
    }
    index = next;
  }
  endRun();
  return weakest(best) > 0 ? best : [];
}

/** Index of the bracket closing the group or class opening at `start` (escapes and classes respected). */
function closingIndex(source: string, start: number): number {
  let depth = 0;
  let inClass = false;
  for (let index = start; index < source.length; index += 1) {
    const char = source[index];
    if (char === '\\') {
      index += 1;
      continue;
    }
    if (inClass) {
      if (char === ']') {
        inClass = false;
        if (depth === 0) return index;
      }
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === '(') depth += 1;
    else if (char === ')') {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  return source.length - 1;
}

/** Top-level alternatives of a pattern (| inside groups and classes ignored). */
function topLevelAlternatives(source: string): string[] {
  const parts: string[] = [];
  let from = 0;
  let index = 0;
  while (index < source.length) {
    const char = source[index];
    if (char === '\\') index += 2;
    else if (char === '(' || char === '[') index = closingIndex(source, index) + 1;
    else if (char === '|') {
      parts.push(source.slice(from, index));
      index += 1;
      from = index;
    } else index += 1;
  }
  parts.push(source.slice(from));
  return parts;
}

/**
 * Anchors of a practice: the literal names (normalised) and the required run of each pattern
 * alternative; null when some alternative has none, so the practice is always scanned.
 */
export function practiceAnchors(literals: string[], patterns: string[]): string[] | null {
  const anchors = new Set<string>(literals.filter((literal) => literal.length > 0));
  for (const pattern of patterns) {
    for (const alternative of topLevelAlternatives(pattern)) {
      const texts = requiredTexts(alternative);
      if (texts.length === 0) return null;
      for (const text of texts) anchors.add(text);
    }
  }
  return [...anchors];
}

interface AnchorEntry {
  anchor: string;
  practice: number;
}

/**
 * Which practices a text may mention: every anchor is filed under its first character (one
 * character anchors) or first two characters, and one walk over the text checks the anchors filed
 * under each position exactly. Practices without anchors are always listed.
 */
export class AnchorIndex {
  private readonly single = new Map<number, number[]>();
  private readonly pairs = new Map<number, Map<number, AnchorEntry[]>>();
  private readonly always: number[] = [];
  private readonly marks: Uint8Array;

  constructor(anchorsByPractice: (string[] | null)[]) {
    this.marks = new Uint8Array(anchorsByPractice.length);
    anchorsByPractice.forEach((anchors, practice) => {
      if (anchors === null) {
        this.always.push(practice);
        return;
      }
      for (const anchor of anchors) {
        const first = anchor.charCodeAt(0);
        if (anchor.length === 1) {
          const list = this.single.get(first) ?? [];
          if (!list.includes(practice)) list.push(practice);
          this.single.set(first, list);
          continue;
        }
        const second = anchor.charCodeAt(1);
        const byFirst = this.pairs.get(first) ?? new Map<number, AnchorEntry[]>();
        this.pairs.set(first, byFirst);
        const list = byFirst.get(second) ?? [];
        list.push({ anchor, practice });
        byFirst.set(second, list);
      }
    });
  }

  /** Indexes of the practices whose anchors occur in `text` (plus those without anchors), ascending. */
  candidates(text: string): number[] {
    const marks = this.marks;
    const found: number[] = [];
    const mark = (practice: number): void => {
      if (marks[practice] === 0) {
        marks[practice] = 1;
        found.push(practice);
      }
    };
    for (const practice of this.always) mark(practice);
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      const singles = this.single.get(code);
      if (singles) for (const practice of singles) mark(practice);
      const entries = this.pairs.get(code)?.get(text.charCodeAt(index + 1));
      if (entries) for (const { anchor, practice } of entries) if (marks[practice] === 0 && text.startsWith(anchor, index)) mark(practice);
    }
    for (const practice of found) marks[practice] = 0;
    return found.sort((a, b) => a - b);
  }
}
