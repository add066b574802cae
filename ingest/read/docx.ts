/**
 * .docx → text: the paragraphs of word/document.xml in order, one per line; a table becomes one
 * line per row with its cells' text separated by spaces. Headers, footers and comments live in
 * other parts of the package and are page furniture, so they are not read.
 */
import JSZip from 'jszip';
import { createError } from '../../errors/catalogue.ts';
import type { ReadResult } from './reader.ts';

/** Uncompressed document.xml above this is a zip bomb, not a bulletin. */
const MAX_DOCUMENT_XML_CHARS = 50 * 1024 * 1024;

export async function readDocx(bytes: Uint8Array, file: string): Promise<ReadResult> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw createError('INPUT_UNREADABLE', file, `not a valid .docx (damaged or truncated zip: ${detail}) / 不是有效的 .docx 文件`);
  }
  const entry = zip.file('word/document.xml');
  if (!entry) throw createError('INPUT_UNREADABLE', file, 'zip without word/document.xml: not a Word document / 不是 Word 文档');
  let xml: string;
  try {
    xml = await entry.async('string');
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw createError('INPUT_UNREADABLE', file, `damaged word/document.xml (${detail}) / 文档内容已损坏`);
  }
  if (xml.length > MAX_DOCUMENT_XML_CHARS) throw createError('INPUT_UNREADABLE', file, 'document.xml too large / 文档内容过大');
  return { text: documentXmlToText(xml), encoding: 'utf-8' };
}

/** Tags that matter for text and layout; everything else (runs, properties) is transparent. */
const TAG = /<(\/?)w:(p|t|tab|br|cr|tr|tc|tbl|delText|instrText)\b([^>]*?)(\/?)>/g;

/** Text of a WordprocessingML body, paragraphs and table rows as lines. */
export function documentXmlToText(xml: string): string {
  const lines: string[] = [];
  let paragraph = '';
  // One entry per open table row: the text of its finished cells, and of the cell being read.
  const rows: { cells: string[]; cell: string }[] = [];
  let skipping: string | null = null;
  const endLine = (text: string): void => {
    const row = rows.at(-1);
    if (row) row.cell += (row.cell && text ? ' ' : '') + text;
    else lines.push(text);
  };
  let last = 0;
  for (const match of xml.matchAll(TAG)) {
    const [, closing, name, , selfClosing] = match;
    const between = xml.slice(last, match.index);
    last = match.index + match[0].length;
    if (skipping) {
      if (closing && name === skipping) skipping = null;
      continue;
    }
    if (closing && name === 't') paragraph += decodeXmlEntities(between);
    if (closing || selfClosing) {
      if (name === 'p' && closing) {
        endLine(paragraph.trim());
        paragraph = '';
      } else if (name === 'tc' && closing) {
        const row = rows.at(-1);
        if (row) {
          row.cells.push(row.cell);
          row.cell = '';
        }
      } else if (name === 'tr' && closing) {
        const row = rows.pop();
        if (row) endLine(row.cells.filter((cell) => cell.length > 0).join(' '));
      } else if (name === 'tab') {
        paragraph += ' ';
      } else if ((name === 'br' || name === 'cr') && !/w:type="page"/.test(match[3] ?? '')) {
        endLine(paragraph.trim());
        paragraph = '';
      }
      continue;
    }
    if (name === 'tr') rows.push({ cells: [], cell: '' });
    // Deleted revisions and field codes are not part of the visible text.
    if (name === 'delText' || name === 'instrText') skipping = name;
  }
  return collapseBlankLines(lines).join('\n');
}

/** Empty paragraphs are spacing; more than one blank line in a row says nothing more. */
function collapseBlankLines(lines: string[]): string[] {
  return lines.filter((line, index) => line !== '' || (index > 0 && lines[index - 1] !== ''));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X')) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(Number.parseInt(body.slice(1), 10));
    return ENTITIES[body] ?? whole;
  });
}
