/**
 * The extract stage: for each parsed item, its region (with the document's context), practices,
 * candidate practices, outcomes, policies and year. Pure and synchronous: no store, no model.
 */
import type { PracticeDefinition } from '../../graph/model.ts';
import type { ItemExtraction, ParsedDocument, RegionRef, RegionResolution, RegionResolver } from '../types.ts';
import { itemCandidates } from './candidates.ts';
import { extractPolicies, extractYear } from './entities.ts';
import { createOutcomeExtractor } from './outcomes.ts';
import { createPracticeMatcher } from './practices.ts';

export interface Extractor {
  /** One extraction per item of the document, in item order. */
  extract(doc: ParsedDocument): ItemExtraction[];
}

export interface ExtractorOptions {
  taxonomy: PracticeDefinition[];
  regions: RegionResolver;
}

export function createExtractor(options: ExtractorOptions): Extractor {
  const practices = createPracticeMatcher(options.taxonomy);
  const outcomes = createOutcomeExtractor({ mentionsOf: (clause) => practices.mentionsIn(clause) });
  return {
    extract(doc) {
      const siblingRegions: RegionRef[] = [];
      const read = doc.items.map((item) => {
        const region = options.regions.resolve(item, {
          publisher: doc.publisher,
          documentTitle: doc.contextTitle ?? doc.title,
          siblingRegions: [...siblingRegions],
          origins: doc.origins,
        });
        if (region.region) siblingRegions.push(region.region);
        return region;
      });
      const regions = options.regions.settleDocument?.(doc.items, read) ?? read;
      return doc.items.map((item, i) => {
        const region = regions[i] as RegionResolution;
        const whole = `${item.title}。${item.text}`;
        const named = practices.match(item.title, item.text);
        const numbers = outcomes.extract(item.text, { title: item.title, practices: named.map((practice) => practice.name) });
        // Ties in mentions go to the practice the numbers report on (the order above does not change which).
        const reportedOn = new Map<string, number>();
        for (const { practice } of numbers) if (practice !== null) reportedOn.set(practice, (reportedOn.get(practice) ?? 0) + 1);
        const found = reportedOn.size > 0 ? practices.match(item.title, item.text, reportedOn) : named;
        return {
          region,
          practices: found,
          candidatePractices: itemCandidates(item.title, item.text, practices, found.length),
          outcomes: numbers,
          policies: extractPolicies(whole),
          year: extractYear(whole, item.date ?? doc.date, doc.issueYear ?? null),
        };
      });
    },
  };
}
