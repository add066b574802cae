/** Extracts every document of an evaluation set with the product's text stages (no store, no model). */
import { readFileSync } from 'node:fs';
import { loadTaxonomy } from '../../language/knowledge/taxonomy.ts';
import { extractText } from '../../ingest/records.ts';
import { createTextStages } from '../../ingest/stages.ts';
import type { ExtractedDocument } from '../../language/types.ts';
import { scoreExtraction } from './score.ts';
import type { Scores } from './score.ts';
import { loadEvalSet } from './sets.ts';
import type { EvalSetName } from './sets.ts';

export function extractSet(name: EvalSetName): Map<string, ExtractedDocument> {
  const stages = createTextStages();
  const docs = new Map<string, ExtractedDocument>();
  for (const { doc, file } of loadEvalSet(name).documents) docs.set(doc, extractText(stages, readFileSync(file, 'utf8'), file));
  return docs;
}

export function evaluateExtraction(name: EvalSetName): Scores {
  return scoreExtraction(extractSet(name), loadEvalSet(name).gold, loadTaxonomy());
}
