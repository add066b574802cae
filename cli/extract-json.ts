/**
 * The JSON shape printed by `atlas extract --json` (a stable public format).
 */
import type { ExtractedDocument } from '../language/types.ts';

export function toExtractJson(doc: ExtractedDocument) {
  return {
    document: { source: doc.source, title: doc.title, issue: doc.issue, date: doc.date, publisher: doc.publisher },
    items: doc.items.map((item) => ({
      ordinal: item.ordinal,
      section: item.section,
      title: item.title,
      source: item.office,
      region: item.region.region ? pickRegion(item.region.region) : null,
      // How the region (or the candidates) was found: headline, office, body, town, source, publisher, sibling; null when nothing did.
      regionEvidence: item.region.evidence,
      regionCandidates: item.region.candidates.map(pickRegion),
      subRegion: item.region.subRegion ? pickRegion(item.region.subRegion) : null,
      practices: item.practices.map(({ name, category, matched }) => ({ name, category, matched })),
      candidatePractices: item.candidatePractices.map(({ name }) => ({ name })),
      outcomes: item.outcomes.map(({ text, value, unit, normalized, metric, kind, approximate, practice }) => ({ text, value, unit, normalized, metric, kind, approximate, practice })),
      policies: item.policies,
      year: item.year,
      text: item.text,
    })),
  };
}

function pickRegion(region: { code: string; name: string; level: string; path: string[] }) {
  return { code: region.code, name: region.name, level: region.level, path: region.path };
}
