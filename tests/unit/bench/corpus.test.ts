import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, type SyntheticDocument } from '../../../bench/corpus/generate.ts';
import { SYNTHETIC_MARKER } from '../../../bench/corpus/phrases.ts';
import { TRUTH_FILE, writeCorpus } from '../../../bench/corpus/write.ts';
import { splitPassages } from '../../../language/embed/passages.ts';
import { loadGazetteer } from '../../../language/knowledge/gazetteer.ts';
import { loadTaxonomy } from '../../../language/knowledge/taxonomy.ts';
import { extractText } from '../../../ingest/pipeline.ts';
import { createTextStages } from '../../../ingest/stages.ts';

const corpus = (items: number, seed?: number): SyntheticDocument[] => [...generateCorpus({ items, seed })];
const thousand = corpus(1000);
const thousandItems = thousand.flatMap((doc) => doc.items);

describe('synthetic corpus generator', () => {
  it('gives byte-identical documents for the same seed and size', () => {
    const again = corpus(1000);
    expect(again.map((doc) => doc.name)).toEqual(thousand.map((doc) => doc.name));
    expect(again.map((doc) => doc.text)).toEqual(thousand.map((doc) => doc.text));
    expect(again.map((doc) => doc.items)).toEqual(thousand.map((doc) => doc.items));
  });

  it('gives different documents for another seed', () => {
    const other = corpus(200, 7);
    const same = thousand.slice(0, other.length).filter((doc, i) => doc.text === other[i]?.text);
    expect(same).toHaveLength(0);
  });

  it.each([1, 5, 14, 15, 17, 23, 1000, 2345])('holds exactly %i items in total', (items) => {
    const docs = items === 1000 ? thousand : corpus(items);
    expect(docs.reduce((sum, doc) => sum + doc.items.length, 0)).toBe(items);
    if (items >= 6) for (const doc of docs) expect(doc.items.length).toBeGreaterThanOrEqual(6);
    for (const doc of docs) expect(doc.items.length).toBeLessThanOrEqual(14);
  });

  it('names files synthetic-00001.txt onwards and marks every document as synthetic', () => {
    thousand.forEach((doc, i) => {
      expect(doc.name).toBe(`synthetic-${String(i + 1).padStart(5, '0')}.txt`);
      expect(doc.text).toContain(SYNTHETIC_MARKER);
    });
  });

  it('uses every practice of the taxonomy at 1k items', () => {
    const used = new Set(thousandItems.map((item) => item.practice));
    const missing = loadTaxonomy()
      .map((practice) => practice.name)
      .filter((name) => !used.has(name));
    expect(missing).toEqual([]);
  });

  it('draws regions from at least 30 provinces at 1k items, all real gazetteer units', () => {
    const gazetteer = loadGazetteer();
    const provinces = new Set<string>();
    for (const item of thousandItems) {
      const ref = gazetteer.byCode(item.regionCode);
      expect(ref?.name).toBe(item.regionName);
      expect(['county', 'city']).toContain(ref?.level);
      provinces.add(ref?.pathCodes[0] ?? '');
    }
    expect(provinces.size).toBeGreaterThanOrEqual(30);
  });

  it('writes the genre: masthead, markers or headlines, numbered points, outcomes and furniture', () => {
    const text = thousand.map((doc) => doc.text).join('\n');
    for (const shape of [/第\s*\d+\s*期/, /中共.+委组织部/, /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/, /^△/m, /^□/m, /^■/m, /^一、/m, /①/, /（共印 \d+ 份）/, /^报：/m, /^★ /m, /\d+ 余人次|\d+余人次/, /%/]) {
      expect(text).toMatch(shape);
    }
  });
});

describe('synthetic corpus through the real text stages', () => {
  const stages = createTextStages();
  const sample = corpus(300, 11);
  const extracted = sample.map((doc) => ({ doc, parsed: extractText(stages, doc.text, doc.name) }));

  it('parses the generated items back with their titles, regions and practices', () => {
    let exactDocuments = 0;
    let compared = 0;
    let titles = 0;
    let regions = 0;
    let practices = 0;
    let multiPassage = 0;
    for (const { doc, parsed } of extracted) {
      if (parsed.items.length === doc.items.length) exactDocuments++;
      else continue;
      doc.items.forEach((truth, i) => {
        const item = parsed.items[i];
        if (!item) return;
        compared++;
        if (item.title === truth.title) titles++;
        if (item.region.region?.code === truth.regionCode) regions++;
        if (item.practices.some((practice) => practice.name === truth.practice)) practices++;
        if (splitPassages(item.text).length > 1) multiPassage++;
        expect(`${item.title}${item.text}`).not.toContain('合成数据');
      });
    }
    const rate = (count: number, of: number): number => Math.round((count / Math.max(1, of)) * 1000) / 10;
    console.log(
      `round trip over ${sample.length} documents / ${compared} items: documents with exact item count ${rate(exactDocuments, sample.length)}%, ` +
        `titles ${rate(titles, compared)}%, regions ${rate(regions, compared)}%, practices ${rate(practices, compared)}%, ` +
        `items with several passages ${rate(multiPassage, compared)}%`,
    );
    expect(exactDocuments / sample.length).toBeGreaterThanOrEqual(0.98);
    expect(titles / compared).toBeGreaterThanOrEqual(0.98);
    expect(regions / compared).toBeGreaterThanOrEqual(0.9);
    expect(practices / compared).toBeGreaterThanOrEqual(0.9);
    expect(multiPassage).toBeGreaterThan(compared * 0.2);
    expect(multiPassage).toBeLessThan(compared);
  });

  it('keeps the masthead as the document title and the synthetic marker out of every item', () => {
    for (const { parsed } of extracted) {
      expect(parsed.title ?? '').not.toContain('合成');
      expect(parsed.issue).toMatch(/^第\d+期$/);
      expect(parsed.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('writeCorpus', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'synthetic-corpus-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one UTF-8 file per document and a truth line for each', async () => {
    const summary = await writeCorpus(path.join(dir, 'out'), { items: 60, seed: 3 });
    const out = path.join(dir, 'out');
    const files = readdirSync(out).filter((name) => name.endsWith('.txt')).sort();
    const truth = readFileSync(path.join(out, TRUTH_FILE), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as SyntheticDocument);
    expect(summary.files).toBe(files.length);
    expect(summary.items).toBe(60);
    expect(summary.bytes).toBe(files.reduce((sum, name) => sum + statSync(path.join(out, name)).size, 0));
    expect(truth.map((line) => line.name)).toEqual(files);
    const expected = corpus(60, 3);
    expect(readFileSync(path.join(out, files[0] as string), 'utf8')).toBe(expected[0]?.text);
    expect(truth.map((line) => line.items)).toEqual(expected.map((doc) => doc.items));
  });
});
