/** Reprint detection shared by both stores: sketches, the rule and report grouping (pure). */
export { sketchText, sketchBytes, sketchFromBytes, containment, containmentReaches, type ReprintSketch } from './sketch.ts';
export { placeKey, practicesNamed, sameReport, sharePractice, reportSameThing, MIN_CONTAINMENT, MIN_SHINGLES } from './rule.ts';
export { assignReports, regroup, compareCopies, type StoredCopy, type NewCopy } from './groups.ts';
export { linkedCandidates, addCopies, nameBits } from './candidates.ts';
export { PlaceCopyCache, MAX_CACHED_BYTES, COPY_OVERHEAD_BYTES, type CachedCopy, type CopyRow } from './copy-cache.ts';
export { timedReprints, reprintMilliseconds } from './cost.ts';
