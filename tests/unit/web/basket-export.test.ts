/**
 * The 市外参考 export: headline and body joined as bulletins print them (a full stop, the headline
 * not repeated), each entry's source line, page numbers in the footer, and items from the user's
 * own city recognised. Entries are invented.
 */
import JSZip from 'jszip';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { basketDocument, basketMarkdown } from '../../../web/src/basket/export.ts';
import { bodyParagraphs, headlineSentence, isFromOwnCity, sourceLine } from '../../../web/src/basket/store.ts';
import type { BasketEntry } from '../../../web/src/basket/store.ts';

const entry: BasketEntry = {
  id: 'doc-x:2',
  title: '松岭县推行“院坝议事”',
  regionName: '松岭县',
  regionPath: ['云岭省', '青岚市', '松岭县'],
  text: '△松岭县推行“院坝议事”。\n今年以来，松岭县在86个村设立院坝议事点，化解矛盾纠纷132件。\n群众满意度达96%。',
  office: '松岭县委组织部',
  date: '2023-05-16',
  source: '青岚组工信息 第7期',
  bulletin: { id: 'doc-x', title: '青岚组工信息', issue: '第7期', date: '2023-05-16', source: '青岚组工信息' },
};

describe('basket entries as printed', () => {
  it('ends the headline with a full stop and drops a first line that only repeats it', () => {
    expect(headlineSentence(entry)).toBe('松岭县推行“院坝议事”。');
    expect(bodyParagraphs(entry)).toEqual(['今年以来，松岭县在86个村设立院坝议事点，化解矛盾纠纷132件。', '群众满意度达96%。']);
    const runOn = { ...entry, text: '松岭县推行“院坝议事”。今年以来，松岭县设立议事点86个。' };
    expect(bodyParagraphs(runOn)).toEqual(['今年以来，松岭县设立议事点86个。']);
    const placeLed = { ...entry, title: '推行“院坝议事”', text: '今年以来设立议事点86个。' };
    expect(headlineSentence(placeLed)).toBe('松岭县：推行“院坝议事”。');
    expect(bodyParagraphs(placeLed)).toEqual(['今年以来设立议事点86个。']);
  });

  it('gives the source line from the bulletin, or from the label older entries kept', () => {
    expect(sourceLine(entry)).toBe('来源：《青岚组工信息》第7期（2023-05-16）');
    const { bulletin: _dropped, ...older } = entry;
    expect(sourceLine(older)).toBe('来源：青岚组工信息 第7期（2023-05-16）');
  });

  it('recognises an item of the user\'s own city, with or without 市', () => {
    expect(isFromOwnCity(entry, '青岚市')).toBe(true);
    expect(isFromOwnCity(entry, '青岚')).toBe(true);
    expect(isFromOwnCity(entry, '云岭市')).toBe(false);
    expect(isFromOwnCity(entry, '')).toBe(false);
  });
});

describe('the .docx and Markdown exports', () => {
  it('writes the headline run into its body, the office, the source line and a page-number footer', async () => {
    const zip = await JSZip.loadAsync(await Packer.toBuffer(basketDocument([entry])));
    const body = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const text = [...body.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
    expect(text).toContain('△松岭县推行“院坝议事”。今年以来，松岭县在86个村');
    expect(text.match(/松岭县推行“院坝议事”/g)).toHaveLength(1);
    expect(text).toContain('（松岭县委组织部）');
    expect(text).toContain('来源：《青岚组工信息》第7期（2023-05-16）');
    const footers = await Promise.all(Object.keys(zip.files).filter((name) => /word\/footer\d*\.xml$/.test(name)).map((name) => zip.file(name)!.async('string')));
    expect(footers.join('')).toMatch(/PAGE/);
  });

  it('keeps the same reading in Markdown', () => {
    const markdown = basketMarkdown([entry]);
    expect(markdown).toContain('**△松岭县推行“院坝议事”。**今年以来');
    expect(markdown).toContain('*来源：《青岚组工信息》第7期（2023-05-16）*');
  });
});
