/**
 * Which reader turns a file into text: chosen by extension, corrected by the file's first bytes
 * (a PDF saved as .txt is still a PDF; junk named .docx is refused as junk, not as a broken zip).
 */
import path from 'node:path';
import { createError } from '../../errors/catalogue.ts';
import { decodeText, looksBinary } from './decode.ts';
import { readDocx } from './docx.ts';
import { readHtml } from './html.ts';
import { readPdf } from './pdf.ts';

import type { ReadResult, SourceFormat, SourceReader } from './reader.ts';

export type { ReadResult, SourceFormat, SourceReader } from './reader.ts';

/** Extension → format. Everything not listed is refused as unsupported. */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, SourceFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.docx': 'docx',
  '.pdf': 'pdf',
  '.html': 'html',
  '.htm': 'html',
  '.shtml': 'html',
};

export const READERS: Readonly<Record<SourceFormat, SourceReader>> = {
  text: readPlainText,
  docx: readDocx,
  pdf: readPdf,
  html: readHtml,
};

export function formatForExtension(file: string): SourceFormat | null {
  return FORMAT_BY_EXTENSION[path.extname(file).toLowerCase()] ?? null;
}

const startsWith = (bytes: Uint8Array, prefix: number[]): boolean => prefix.every((byte, i) => bytes[i] === byte);

/** Container formats recognised by their first bytes; null for anything else (text, junk). */
export function sniffFormat(bytes: Uint8Array): SourceFormat | 'ole' | null {
  // A PDF may carry a few bytes of garbage before its header; readers accept it within 1 KB.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx';
  // Word 97–2003 .doc (and other OLE files) cannot be read; they get their own message.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  const start = head.replace(/^\ufeff|^\xef\xbb\xbf/, '').trimStart().slice(0, 200).toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || (start.startsWith('<?xml') && start.includes('<html'))) return 'html';
  return null;
}

/**
 * The format a file is read as: its extension's, unless its bytes say it is a container of
 * another kind. Files without an extension are read by their bytes alone.
 */
export function chooseFormat(file: string, bytes: Uint8Array): SourceFormat {
  const declared = formatForExtension(file);
  const sniffed = sniffFormat(bytes);
  if (sniffed === 'ole') throw createError('INPUT_UNREADABLE', file, 'Word 97–2003 (.doc) or other OLE file: save it as .docx / 旧版 .doc 格式，请另存为 .docx');
  if (declared === null) {
    if (path.extname(file) === '' && sniffed !== null) return sniffed;
    throw createError('INPUT_UNSUPPORTED', file);
  }
  if (sniffed === 'pdf' || sniffed === 'docx') return sniffed;
  // An HTML page saved as .txt is still a page with navigation to strip.
  if (sniffed === 'html' && declared === 'text') return 'html';
  return declared;
}

async function readPlainText(bytes: Uint8Array, file: string): Promise<ReadResult> {
  const { text, encoding } = decodeText(bytes);
  if (text.trim().length === 0) throw createError('INPUT_EMPTY', file);
  if (looksBinary(text)) throw createError('INPUT_UNREADABLE', file, 'binary content, not text / 二进制内容，不是文本');
  return { text, encoding };
}
