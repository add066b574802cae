/**
 * Assembles the text stages from the knowledge in ingest/knowledge/: the taxonomy and the
 * gazetteer feed the segmenter's domain dictionary, the region resolver and the practice matcher.
 */
import { createExtractor } from '../language/extract/index.ts';
import { createRegionResolver } from '../language/extract/regions/index.ts';
import { loadGazetteer } from '../language/knowledge/gazetteer.ts';
import { loadTaxonomy } from '../language/knowledge/taxonomy.ts';
import { createParser } from './parse/index.ts';
import type { TextStages } from './records.ts';
import { createSegmenter, domainWords } from '../language/segment/index.ts';

let cached: TextStages | undefined;

/** The stages are stateless after construction, so one set serves the whole process. */
export function createTextStages(): TextStages {
  if (cached) return cached;
  const taxonomy = loadTaxonomy();
  const gazetteer = loadGazetteer();
  const segmenter = createSegmenter({ words: [...domainWords(taxonomy), ...gazetteer.allNames()] });
  const regions = createRegionResolver({ gazetteer });
  cached = { parser: createParser(), segmenter, extractor: createExtractor({ taxonomy, regions }) };
  return cached;
}
