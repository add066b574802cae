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

const BITS = 1 << 16;

/**
 * Which characters and character pairs a text holds, as hashed bit sets (false positives only).
 * One instance is reused: loading a text first clears the bits of the previous one, so a short
 * clause costs its own length, not the size of the sets.
 */
export class TextProfile {
  private readonly chars = new Uint32Array(BITS / 32);
  private readonly pairs = new Uint32Array(BITS / 32);
  private text = '';

  load(text: string): this {
    this.mark(this.text, false);
    this.text = text;
    this.mark(text, true);
    return this;
  }

  /** False only when the loaded text certainly does not contain `anchor`. */
  mayContain(anchor: string): boolean {
    if (anchor.length === 1) return hasBit(this.chars, anchor.charCodeAt(0) & (BITS - 1));
    for (let index = 1; index < anchor.length; index += 1) {
      if (!hasBit(this.pairs, pairHash(anchor.charCodeAt(index - 1), anchor.charCodeAt(index)))) return false;
    }
    return true;
  }

  private mark(text: string, on: boolean): void {
    let previous = -1;
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      setBit(this.chars, code & (BITS - 1), on);
      if (previous >= 0) setBit(this.pairs, pairHash(previous, code), on);
      previous = code;
    }
  }
}

function pairHash(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) >>> 16;
}

function setBit(bits: Uint32Array, bit: number, on: boolean): void {
  const word = bits[bit >>> 5] ?? 0;
  bits[bit >>> 5] = on ? word | (1 << (bit & 31)) : word & ~(1 << (bit & 31));
}

function hasBit(bits: Uint32Array, bit: number): boolean {
  return ((bits[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0;
}
