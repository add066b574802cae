/**
 * The curated practice taxonomy (taxonomy.json beside this file): canonical names, categories,
 * aliases and regular-expression patterns. Validated on load so a bad edit to the data file fails
 * at start-up with the offending entry named, not later as a silent miss.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { PracticeDefinition } from '../../graph/model.ts';
import { createError } from '../../errors/catalogue.ts';

export const TAXONOMY_PATH = path.resolve(import.meta.dirname, 'taxonomy.json');

const practiceSchema = z
  .object({
    name: z.string().trim().min(2),
    category: z.string().trim().min(2),
    aliases: z.array(z.string().trim().min(2)),
    patterns: z.array(z.string().min(1)),
    description: z.string().trim().min(4),
  })
  .strict();

const taxonomySchema = z.array(practiceSchema).min(1);

/** Checks shape, regex syntax and that no name or alias belongs to two practices. */
export function validateTaxonomy(data: unknown, source = 'taxonomy'): PracticeDefinition[] {
  const parsed = taxonomySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `${issue.path.join('.')}: ${issue.message}` : parsed.error.message;
    throw createError('CONFIG_INVALID', `${source} ${where}`);
  }
  const owners = new Map<string, string>();
  for (const practice of parsed.data) {
    for (const term of [practice.name, ...practice.aliases]) {
      const owner = owners.get(term);
      if (owner === practice.name) {
        throw createError('CONFIG_INVALID', `${source}: ${practice.name} lists “${term}” twice`);
      }
      if (owner !== undefined) {
        throw createError('CONFIG_INVALID', `${source}: “${term}” belongs to both ${owner} and ${practice.name}`);
      }
      owners.set(term, practice.name);
    }
    for (const pattern of practice.patterns) {
      try {
        new RegExp(pattern, 'u');
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw createError('CONFIG_INVALID', `${source}: ${practice.name} pattern /${pattern}/ (${reason})`);
      }
    }
  }
  return parsed.data;
}

let cached: PracticeDefinition[] | undefined;

/** The curated taxonomy, read and validated once per process. */
export function loadTaxonomy(file: string = TAXONOMY_PATH): PracticeDefinition[] {
  if (file === TAXONOMY_PATH && cached) return cached;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw createError('CONFIG_INVALID', `${file} (${reason})`);
  }
  const taxonomy = validateTaxonomy(data, path.basename(file));
  if (file === TAXONOMY_PATH) cached = taxonomy;
  return taxonomy;
}

/** Category names in first-use order (for Category nodes and facets). */
export function taxonomyCategories(taxonomy: PracticeDefinition[]): string[] {
  return [...new Set(taxonomy.map((practice) => practice.category))];
}
