/**
 * Acceptance on the real seed bulletins in ../shared: every document splits into the annotated items
 * with the annotated titles, sections and offices. Texts are compared with whitespace deleted, as
 * the gold README prescribes.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createParser } from '../../../../ingest/parse/index.ts';
import type { ParsedDocument } from '../../../../language/types.ts';

const shared = path.resolve(import.meta.dirname, '../../../../../shared');
const seedsDir = path.join(shared, 'seeds');
const goldFile = path.join(shared, 'eval/public/gold.jsonl');

interface GoldNumber {
  text: string;
}
interface GoldItem {
  doc: string;
  item: number;
  title: string;
  section: string | null;
  source: string | null;
  outcomes: GoldNumber[];
  inputs: GoldNumber[];
  policies: string[];
}

const squeeze = (text: string): string => text.replace(/\s+/g, '');
const available = existsSync(goldFile);
const gold: GoldItem[] = available
  ? readFileSync(goldFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as GoldItem)
  : [];
const docs = [...new Set(gold.map((item) => item.doc))];
const parser = createParser();
const parsed = new Map<string, ParsedDocument>(
  docs.map((doc) => [doc, parser.parse(readFileSync(path.join(seedsDir, `${doc}.txt`), 'utf8'), `${doc}.txt`)]),
);
const parsedOf = (doc: string): ParsedDocument => parsed.get(doc) as ParsedDocument;

describe.skipIf(!available)('parser on the seed bulletins', () => {
  it.each(docs)('splits %s into the annotated number of items', (doc) => {
    const expected = gold.filter((item) => item.doc === doc).length;
    expect(parsedOf(doc).items.map((item) => item.title)).toHaveLength(expected);
  });

  it.each(gold.map((item) => [item.doc, item.item, item] as const))('reads %s item %i: title, section and office', (doc, ordinal, expected) => {
    const item = parsedOf(doc).items[ordinal - 1];
    expect(item?.ordinal).toBe(ordinal);
    expect(squeeze(item?.title ?? '')).toBe(squeeze(expected.title));
    expect(item?.section ?? null).toBe(expected.section);
    expect(item?.office ?? null).toBe(expected.source);
  });

  it('keeps every annotated number and policy inside its item', () => {
    const missing = gold.flatMap((expected) => {
      const item = parsedOf(expected.doc).items[expected.item - 1];
      const haystack = squeeze(`${item?.title ?? ''}${item?.text ?? ''}`);
      const needles = [...expected.outcomes, ...expected.inputs].map((entry) => entry.text).concat(expected.policies);
      return needles.filter((needle) => !haystack.includes(squeeze(needle))).map((needle) => `${expected.doc}#${expected.item}: ${needle}`);
    });
    expect(missing).toEqual([]);
  });

  it('drops page furniture from every item', () => {
    const texts = docs.flatMap((doc) => parsedOf(doc).items.map((item) => item.text));
    for (const text of texts) {
      expect(text).not.toMatch(/版权所有|举报电话|供图|\*\*|!\[\]|\|\s*\||领导批示|^[报送发][:：]/m);
    }
  });

  it('reads the masthead of the two city bulletins', () => {
    const mastheads = docs
      .map((doc) => parsedOf(doc))
      .filter((doc) => doc.issue !== null)
      .map(({ title, issue, date, publisher }) => ({ title, issue, date, publisher }));
    expect(mastheads).toEqual([
      { title: '安庆组工信息', issue: '第8期', date: '2020-06-28', publisher: '中共安庆市委组织部研究室' },
      { title: '安庆组工信息', issue: '第22期', date: '2020-12-25', publisher: '中共安庆市委组织部研究室' },
    ]);
  });

  it('gives documents without a masthead no issue, date or publisher', () => {
    const bare = docs.map((doc) => parsedOf(doc)).filter((doc) => doc.issue === null);
    expect(bare).toHaveLength(3);
    for (const doc of bare) {
      expect([doc.date, doc.publisher]).toEqual([null, null]);
      expect(doc.title).not.toBeNull();
    }
  });
});
