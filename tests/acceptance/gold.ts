/**
 * Reads the seeds and their gold from ../shared (never copied into the repo) and scores an
 * extraction against them with the rules of ../shared/eval/public/README.md.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { PracticeDefinition } from '../../graph/model.ts';
import type { ExtractedDocument, ExtractedItem } from '../../ingest/types.ts';

export const sharedDir = path.resolve(import.meta.dirname, '../../../shared');
export const seedsDir = path.join(sharedDir, 'seeds');

export interface GoldNumber { text: string; value: number; unit: string }
export interface GoldItem {
  doc: string; item: number; title: string; section: string | null;
  region_text: string; region_path: string[]; sub_region: string | null; source: string | null;
  practices: string[]; outcomes: GoldNumber[]; inputs: GoldNumber[]; policies: string[]; year: number | null;
}

export function loadGold(): GoldItem[] {
  return readFileSync(path.join(sharedDir, 'eval/public/gold.jsonl'), 'utf8')
    .split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as GoldItem);
}

export function listSeeds(): { doc: string; file: string }[] {
  return readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => ({ doc: f.replace(/\.txt$/, ''), file: path.join(seedsDir, f) }));
}

export const squash = (text: string): string => text.replace(/\s+/g, '');
const plain = (text: string): string => squash(text).replace(/[“”"「」『』‘’'《》]/g, '');

export interface Scores {
  documents: number; documentsSplitRight: number;
  items: number; titlesRight: number; sectionsRight: number; officesRight: number;
  regionsRight: number; subRegionsRight: number; mainPracticesFound: number;
  goldNumbers: number; numbersFound: number; kindsRight: number; policiesRight: number;
  misses: string[];
}

export function scoreExtraction(docs: Map<string, ExtractedDocument>, gold: GoldItem[], taxonomy: PracticeDefinition[]): Scores {
  const aliases = new Map(taxonomy.map((p) => [p.name, [p.name, ...p.aliases].map(plain)]));
  const s: Scores = { documents: 0, documentsSplitRight: 0, items: 0, titlesRight: 0, sectionsRight: 0, officesRight: 0, regionsRight: 0, subRegionsRight: 0, mainPracticesFound: 0, goldNumbers: 0, numbersFound: 0, kindsRight: 0, policiesRight: 0, misses: [] };
  const byDoc = new Map<string, GoldItem[]>();
  for (const g of gold) byDoc.set(g.doc, [...(byDoc.get(g.doc) ?? []), g]);
  for (const [doc, golds] of byDoc) {
    s.documents++;
    const items = docs.get(doc)?.items ?? [];
    if (items.length === golds.length) s.documentsSplitRight++;
    else s.misses.push(`${doc}: ${items.length} items, gold ${golds.length}`);
    for (const g of golds) {
      s.items++;
      const item = items[g.item - 1];
      const where = `${doc}#${g.item}`;
      if (!item) { s.misses.push(`${where}: missing`); s.goldNumbers += g.outcomes.length + g.inputs.length; continue; }
      if (squash(item.title) === squash(g.title)) s.titlesRight++; else s.misses.push(`${where} title: ${item.title}`);
      if (item.section === g.section) s.sectionsRight++; else s.misses.push(`${where} section: ${item.section}`);
      if ((item.office ?? null) === g.source) s.officesRight++; else s.misses.push(`${where} office: ${item.office}`);
      const path = item.region.region?.path ?? [];
      if (path.join('/') === g.region_path.join('/')) s.regionsRight++; else s.misses.push(`${where} region: ${path.join('/') || 'null'} gold ${g.region_path.join('/')}`);
      if ((item.region.subRegion?.name ?? null) === g.sub_region) s.subRegionsRight++; else s.misses.push(`${where} subRegion: ${item.region.subRegion?.name ?? null}`);
      const names = new Set([...item.practices.flatMap((p) => aliases.get(p.name) ?? [plain(p.name)]), ...item.candidatePractices.map((c) => plain(c.name))]);
      const main = g.practices.slice(0, 2);
      if (main.every((name) => names.has(plain(name)))) s.mainPracticesFound++;
      else s.misses.push(`${where} practices: want ${main.join(',')} got ${item.practices.map((p) => p.name).join(',')} | ${item.candidatePractices.map((c) => c.name).join(',')}`);
      scoreNumbers(item, g, s, where);
      const policies = new Set(item.policies.map(plain));
      if (g.policies.every((p) => policies.has(plain(p)))) s.policiesRight++;
    }
  }
  return s;
}

function scoreNumbers(item: ExtractedItem, g: GoldItem, s: Scores, where: string): void {
  const used = new Set<number>();
  const entries = [...g.outcomes.map((n) => ({ n, kinds: ['outcome'] })), ...g.inputs.map((n) => ({ n, kinds: ['input', 'target'] }))];
  for (const { n, kinds } of entries) {
    s.goldNumbers++;
    const goldText = squash(n.text);
    const index = item.outcomes.findIndex((o, i) => !used.has(i) && o.value === n.value && overlaps(squash(o.text), goldText));
    if (index < 0) { s.misses.push(`${where} number missing: ${n.text} (${n.value}${n.unit})`); continue; }
    used.add(index);
    s.numbersFound++;
    if (kinds.includes(item.outcomes[index]!.kind)) s.kindsRight++;
    else s.misses.push(`${where} kind: ${n.text} → ${item.outcomes[index]!.kind}`);
  }
}

function overlaps(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a);
}

export const pct = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);
