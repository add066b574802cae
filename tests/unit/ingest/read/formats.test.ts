/**
 * Every supported format read back to the same bulletin text: .docx, text-layer .pdf, government
 * web pages (UTF-8 and GBK), and plain text in UTF-8 (±BOM), GBK and UTF-16.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FORMAT_BY_EXTENSION, sniffFormat } from '../../../../ingest/read/formats.ts';
import { readSourceText, SUPPORTED_EXTENSIONS } from '../../../../ingest/read/files.ts';
import { documentXmlToText } from '../../../../ingest/read/docx.ts';
import { placedTextToLines } from '../../../../ingest/read/pdf.ts';
import { CITY_BULLETIN, hasCjkFont, makeArticlePage, makeDocx, makePdf, toGbk } from './make-inputs.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'atlas-read-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const write = (name: string, bytes: Uint8Array | string): string => {
  const file = path.join(folder, name);
  writeFileSync(file, bytes);
  return file;
};
const squeeze = (text: string): string => text.replace(/\s+/g, '');
const nonEmptyLines = (text: string): string[] => text.split('\n').map((line) => line.trim()).filter(Boolean);

describe('format registry', () => {
  it('lists exactly the extensions it has readers for', () => {
    expect([...SUPPORTED_EXTENSIONS].sort()).toEqual(Object.keys(FORMAT_BY_EXTENSION).sort());
  });

  it('recognises containers by their first bytes', () => {
    expect(sniffFormat(new TextEncoder().encode('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toBe('docx');
    expect(sniffFormat(new TextEncoder().encode('  <!DOCTYPE html><html>'))).toBe('html');
    expect(sniffFormat(new TextEncoder().encode('△青林县：推行党员联户制度。'))).toBeNull();
  });
});

describe('.docx', () => {
  it('reads paragraphs in order, one per line, and table rows cell by cell', async () => {
    const file = write('bulletin.docx', await makeDocx(CITY_BULLETIN, [['指标', '数量'], ['议事会', '412个']]));
    const source = await readSourceText(file);
    expect(source.format).toBe('docx');
    expect(nonEmptyLines(source.text)).toEqual([...CITY_BULLETIN, '指标 数量', '议事会 412个']);
  });

  it('keeps line breaks and tabs, and skips deleted revisions', () => {
    const xml = '<w:body><w:p><w:r><w:t>第一行</w:t><w:br/><w:t xml:space="preserve">第二行</w:t><w:tab/><w:t>A&amp;B</w:t></w:r>'
      + '<w:del><w:r><w:delText>删掉的</w:delText></w:r></w:del></w:p></w:body>';
    expect(documentXmlToText(xml)).toBe('第一行\n第二行 A&B');
  });

  it('reads a .docx saved with a .txt name by its bytes', async () => {
    const file = write('misnamed.txt', await makeDocx(CITY_BULLETIN.slice(0, 3)));
    const source = await readSourceText(file);
    expect({ format: source.format, lines: nonEmptyLines(source.text) }).toEqual({ format: 'docx', lines: CITY_BULLETIN.slice(0, 3) });
  });
});

describe.skipIf(!hasCjkFont)('.pdf with a text layer', () => {
  it('joins text items into the printed lines, wrapped lines included', async () => {
    const file = write('bulletin.pdf', await makePdf(CITY_BULLETIN));
    const source = await readSourceText(file);
    expect(source.format).toBe('pdf');
    expect(squeeze(source.text)).toBe(squeeze(CITY_BULLETIN.join('')));
    const lines = nonEmptyLines(source.text);
    // Short lines stay lines; the long items wrap over two printed lines each.
    expect(lines.slice(0, 5)).toEqual(CITY_BULLETIN.slice(0, 5));
    expect(lines.length).toBeGreaterThan(CITY_BULLETIN.length);
    expect(lines.filter((line) => line.startsWith('△'))).toHaveLength(3);
  });
});

describe('placedTextToLines', () => {
  it('groups fragments by baseline, orders them left to right and marks wide gaps', () => {
    const at = (text: string, x: number, y: number): { text: string; x: number; y: number; width: number; height: number } => ({ text, x, y, width: text.length * 10, height: 10 });
    expect(placedTextToLines([at('第二行', 0, 680), at('标题', 0, 700), at('右半', 100, 700.5), at('后段', 0, 600)])).toEqual(['标题 右半', '第二行', '', '后段']);
  });
});

describe('.html article pages', () => {
  const paragraphs = CITY_BULLETIN.slice(5, 7);
  const headline = '石湾市：党员联户和楼栋议事会见实效';

  it('keeps the article, its headline and date, and drops navigation, scripts and footer (UTF-8)', async () => {
    const file = write('article.html', makeArticlePage({ charset: 'utf-8', headline, paragraphs }));
    const source = await readSourceText(file);
    expect(source.format).toBe('html');
    expect(nonEmptyLines(source.text)).toEqual([headline, '发布时间：2023-05-18', ...paragraphs]);
  });

  it('decodes a GBK page declared as gb2312', async () => {
    const file = write('article-gbk.htm', toGbk(makeArticlePage({ charset: 'gb2312', headline, paragraphs })));
    const source = await readSourceText(file);
    expect(source.encoding).toBe('gb18030');
    expect(nonEmptyLines(source.text)).toEqual([headline, '发布时间：2023-05-18', ...paragraphs]);
  });

  it('detects GBK when the page declares nothing, and UTF-8 when the page wrongly declares GBK', async () => {
    const undeclared = makeArticlePage({ charset: 'x', headline, paragraphs }).replace(/<meta[^>]*>/, '');
    expect((await readSourceText(write('undeclared.html', toGbk(undeclared)))).text).toContain(paragraphs[0]);
    const mislabelled = await readSourceText(write('mislabelled.html', makeArticlePage({ charset: 'gbk', headline, paragraphs })));
    expect({ encoding: mislabelled.encoding, has: mislabelled.text.includes(paragraphs[1]!) }).toEqual({ encoding: 'utf-8', has: true });
  });

  it('reads pages that put the text in a <div> split by <br>', async () => {
    const html = `<html><body><div class="menu"><a>首页</a> <a>机构设置</a></div><div id="zoom">${paragraphs.join('<br><br>')}</div></body></html>`;
    expect(nonEmptyLines((await readSourceText(write('br.html', html))).text)).toEqual(paragraphs);
  });
});

describe('plain text encodings are detected, not assumed', () => {
  const text = CITY_BULLETIN.join('\n');
  const utf16 = (littleEndian: boolean): Buffer => {
    const bytes = Buffer.from(text, 'utf16le');
    return littleEndian ? bytes : bytes.swap16();
  };
  it.each([
    ['utf8.txt', Buffer.from(text), 'utf-8'],
    ['utf8-bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'utf-8'],
    ['gbk.txt', toGbk(text), 'gb18030'],
    ['utf16le-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16(true)]), 'utf-16le'],
    ['utf16be-bom.text', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16(false)]), 'utf-16be'],
  ])('%s', async (name, bytes, encoding) => {
    const source = await readSourceText(write(name, bytes));
    expect({ encoding: source.encoding, text: source.text }).toEqual({ encoding, text });
  });
});
