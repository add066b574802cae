/**
 * The curated practice taxonomy: canonical names, categories, aliases and regular-expression
 * patterns, one file per category beside this module (taxonomy-01-organisation.json …, read in
 * file-name order, which is the category order). Each file is {category, practices: [...]}; a
 * plain array of practices with their own category is read too. Validated on load so a bad edit
 * fails at start-up with the offending entry named, not later as a silent miss.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { PracticeDefinition } from '../../graph/model.ts';
import { createError } from '../../errors/catalogue.ts';

/** The folder holding the category files. */
export const TAXONOMY_PATH = path.resolve(import.meta.dirname);
const CATEGORY_FILE = /^taxonomy-.+\.json$/u;

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

const categoryFileSchema = z
  .object({ category: z.string().trim().min(2), practices: z.array(z.record(z.string(), z.unknown())) })
  .strict();

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

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw createError('CONFIG_INVALID', `${file} (${reason})`);
  }
}

/** A category file's practices with the category filled in; a plain array as it is. */
function practicesOf(data: unknown, file: string): unknown[] {
  if (Array.isArray(data)) return data;
  const parsed = categoryFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw createError('CONFIG_INVALID', `${path.basename(file)} ${issue ? `${issue.path.join('.')}: ${issue.message}` : ''}`);
  }
  return parsed.data.practices.map((practice) => ({ ...practice, category: parsed.data.category }));
}

/** The files of a taxonomy path: the category files of a folder in name order, or the one file. */
function taxonomyFiles(location: string): string[] {
  if (!statSync(location, { throwIfNoEntry: false })?.isDirectory()) return [location];
  const files = readdirSync(location).filter((name) => CATEGORY_FILE.test(name)).sort();
  if (files.length === 0) throw createError('CONFIG_INVALID', `${location} (no taxonomy-*.json files)`);
  return files.map((name) => path.join(location, name));
}

/** The curated taxonomy (all category files, or one given file), read and validated once per process. */
export function loadTaxonomy(location: string = TAXONOMY_PATH): PracticeDefinition[] {
  if (location === TAXONOMY_PATH && cached) return cached;
  const files = taxonomyFiles(location);
  const data = files.flatMap((file) => practicesOf(readJson(file), file));
  const taxonomy = validateTaxonomy(data, files.length === 1 ? path.basename(location) : 'taxonomy');
  if (location === TAXONOMY_PATH) cached = taxonomy;
  return taxonomy;
}

/** Category names in first-use order (for Category nodes and facets). */
export function taxonomyCategories(taxonomy: PracticeDefinition[]): string[] {
  return [...new Set(taxonomy.map((practice) => practice.category))];
}
