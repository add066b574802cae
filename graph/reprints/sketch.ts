/**
 * The fingerprint a store keeps per item to find reprints: character 5-grams ("shingles") over the
 * item's body with everything but letters and digits stripped, hashed to 32 bits; the sketch keeps
 * the 128 smallest distinct hashes (a bottom-k MinHash sketch) and how many distinct shingles there
 * were. Two sketches estimate how much of the shorter text the longer one holds (containment), which
 * an abridged reprint keeps high while its Jaccard similarity falls. Sketches are exact for texts
 * of up to 128 distinct shingles.
 */

export const SHINGLE_LENGTH = 5;
export const SKETCH_SIZE = 128;

export interface ReprintSketch {
  /** Distinct shingles in the normalised text. */
  shingles: number;
  /** The smallest distinct shingle hashes, ascending (at most SKETCH_SIZE). */
  hashes: Uint32Array;
}

/** A character outside CJK and ASCII that is a letter or digit (accented Latin, extension B halves…). */
const otherLetterOrDigit = /[\p{L}\p{N}\p{Cs}]/u;

/** Not yet decided in keptCode (no code is kept as U+FFFF, a noncharacter). */
const UNDECIDED = 0xffff;
/** Per UTF-16 code outside CJK and ASCII, what normalisedCodes keeps (0: nothing), decided on first sight. */
const keptCode = new Uint16Array(0x10000).fill(UNDECIDED);

function keptOther(code: number): number {
  let kept = keptCode[code]!;
  if (kept === UNDECIDED) {
    const unit = String.fromCharCode(code);
    kept = keptCode[code] = otherLetterOrDigit.test(unit) ? unit.toLowerCase().charCodeAt(0) : 0;
  }
  return kept;
}

/**
 * The characters a reprint keeps, as UTF-16 codes: compatibility forms folded (full-width digits and
 * letters), case folded, and only letters and digits left, so punctuation, spacing, line wraps and
 * the markers bulletins put before items (△ □ ■ ★ 【】) never decide. One pass over the text; the
 * common ranges (CJK, ASCII) are decided inline, the rest (punctuation mostly) by a table filled
 * from the regular expression once per code.
 */
export function normalisedCodes(text: string): Uint16Array {
  const folded = text.normalize('NFKC');
  const codes = new Uint16Array(folded.length);
  let length = 0;
  for (let index = 0; index < folded.length; index += 1) {
    const code = folded.charCodeAt(index);
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) codes[length++] = code;
    else if (code < 0x80) {
      if (code >= 0x30 && code <= 0x39) codes[length++] = code;
      else if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) codes[length++] = code | 0x20;
    } else {
      const kept = keptOther(code);
      if (kept !== 0) codes[length++] = kept;
    }
  }
  return codes.subarray(0, length);
}

/** FNV-1a over codes[start, start+length). */
function hashShingle(codes: Uint16Array, start: number, length: number): number {
  let hash = 0x811c9dc5;
  for (let index = start; index < start + length; index += 1) {
    hash ^= codes[index]!;
    hash = Math.imul(hash, 0x01000193);
  }
  // A final avalanche: FNV's low bits are weak, and the sketch keeps the smallest values.
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d);
  hash ^= hash >>> 12;
  return hash >>> 0;
}

export function sketchText(text: string): ReprintSketch {
  const normal = normalisedCodes(text);
  const count = Math.max(0, normal.length - SHINGLE_LENGTH + 1);
  // A typed array sorted in place, then one pass for distinct values: ~5× faster than a Set.
  const all = new Uint32Array(count);
  for (let start = 0; start < count; start += 1) all[start] = hashShingle(normal, start, SHINGLE_LENGTH);
  sortHashes(all);
  const hashes = new Uint32Array(Math.min(count, SKETCH_SIZE));
  let distinct = 0;
  for (let index = 0; index < count; index += 1) {
    const hash = all[index]!;
    if (index > 0 && hash === all[index - 1]) continue;
    if (distinct < SKETCH_SIZE) hashes[distinct] = hash;
    distinct += 1;
  }
  return { shingles: distinct, hashes: hashes.slice(0, Math.min(distinct, SKETCH_SIZE)) };
}

/** Above this many values the built-in sort: buckets of the top byte would hold too many to insert one by one. */
const BUCKETED_SORT_LIMIT = 4096;

/**
 * Sorts 32-bit values ascending: scattered into 256 buckets by their top byte (one counting pass),
 * then an insertion sort, which moves each value only within its bucket (~3 for an item's ~700
 * hashes). About three times faster than TypedArray.prototype.sort, which compares them one by one.
 */
export function sortHashes(values: Uint32Array): void {
  const length = values.length;
  if (length > BUCKETED_SORT_LIMIT) {
    values.sort();
    return;
  }
  const starts = new Uint32Array(257);
  for (let index = 0; index < length; index += 1) starts[(values[index]! >>> 24) + 1]! += 1;
  for (let bucket = 1; bucket <= 256; bucket += 1) starts[bucket]! += starts[bucket - 1]!;
  const unsorted = values.slice();
  for (let index = 0; index < length; index += 1) {
    const value = unsorted[index]!;
    values[starts[value >>> 24]!++] = value;
  }
  for (let index = 1; index < length; index += 1) {
    const value = values[index]!;
    let at = index;
    while (at > 0 && values[at - 1]! > value) {
      values[at] = values[at - 1]!;
      at -= 1;
    }
    values[at] = value;
  }
}

/**
 * Estimated share of the shorter text's shingles the other text holds (0…1). Bottom-k over the
 * union of both sketches estimates the Jaccard similarity J; |A∩B| = J(|A|+|B|)/(1+J).
 */
export function containment(a: ReprintSketch, b: ReprintSketch): number {
  if (a.shingles === 0 || b.shingles === 0) return 0;
  let i = 0;
  let j = 0;
  let union = 0;
  let both = 0;
  while (union < SKETCH_SIZE && (i < a.hashes.length || j < b.hashes.length)) {
    const x = i < a.hashes.length ? a.hashes[i]! : Infinity;
    const y = j < b.hashes.length ? b.hashes[j]! : Infinity;
    if (x === y) {
      both += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
    union += 1;
  }
  const jaccard = both / union;
  const shared = (jaccard / (1 + jaccard)) * (a.shingles + b.shingles);
  return Math.min(1, shared / Math.min(a.shingles, b.shingles));
}

/**
 * Whether containment(a, b) reaches `threshold`, with the same answer, but stopping the merge as soon
 * as it cannot: each step after a miss adds at most one to both the shared count and the union, and
 * the union stops at SKETCH_SIZE, so the final Jaccard is at most 1 − misses / SKETCH_SIZE. Most
 * pairs a store compares fail, and fail early (one more miss is allowed than the bound needs, so
 * rounding never decides).
 */
export function containmentReaches(a: ReprintSketch, b: ReprintSketch, threshold: number): boolean {
  if (a.shingles === 0 || b.shingles === 0) return threshold <= 0;
  // containment ≥ t ⟺ J/(1+J) ≥ t·min/(|A|+|B|) =: share ⟺ J ≥ share/(1 − share).
  const share = (threshold * Math.min(a.shingles, b.shingles)) / (a.shingles + b.shingles);
  const maxMisses = share >= 1 ? -1 : Math.floor(SKETCH_SIZE * (1 - share / (1 - share))) + 1;
  const x = a.hashes;
  const y = b.hashes;
  let i = 0;
  let j = 0;
  let union = 0;
  let both = 0;
  while (union < SKETCH_SIZE && (i < x.length || j < y.length)) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      both += 1;
      i += 1;
      j += 1;
    } else {
      if (union - both >= maxMisses) return false;
      if (j >= y.length || (i < x.length && x[i]! < y[j]!)) i += 1;
      else j += 1;
    }
    union += 1;
  }
  const jaccard = both / union;
  const shared = (jaccard / (1 + jaccard)) * (a.shingles + b.shingles);
  return Math.min(1, shared / Math.min(a.shingles, b.shingles)) >= threshold;
}

/** Sketch hashes as bytes for a BLOB column, and back. */
export function sketchBytes(sketch: ReprintSketch): Buffer {
  return Buffer.from(sketch.hashes.buffer, sketch.hashes.byteOffset, sketch.hashes.byteLength);
}

export function sketchFromBytes(shingles: number, bytes: Uint8Array): ReprintSketch {
  const copy = new Uint8Array(bytes);
  return { shingles, hashes: new Uint32Array(copy.buffer, 0, copy.byteLength / 4) };
}
