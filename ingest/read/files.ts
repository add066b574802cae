/**
 * Finding and reading bulletin files: folders are walked recursively; each file is turned into
 * text by the reader for its format (formats.ts) or refused with a catalogued error that names it.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { createError, isAtlasError } from '../../errors/catalogue.ts';
import { chooseFormat, READERS } from './formats.ts';
import type { SourceFormat } from './formats.ts';

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.text', '.docx', '.pdf', '.html', '.htm', '.shtml'] as const;
/** Larger files are refused before reading: no bulletin is this long. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface SourceText {
  /** Path as given by the user (relative stays relative), used as the document's source. */
  source: string;
  text: string;
  encoding: string;
  /** Which reader produced the text. */
  format: SourceFormat;
}

/** Expands files and folders (recursively) into supported files, sorted for a stable order. */
export async function listInputFiles(inputs: string[]): Promise<{ files: string[]; skipped: { file: string; reason: string }[] }> {
  const files: string[] = [];
  const skipped: { file: string; reason: string }[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) throw createError('INPUT_NOT_FOUND', input);
    if (info.isDirectory()) {
      const entries = await readdir(input, { recursive: true, withFileTypes: true });
      const found = entries
        .filter((entry) => entry.isFile())
        .map((entry) => path.join(entry.parentPath, entry.name))
        .sort();
      for (const file of found) {
        const name = path.basename(file);
        // A folder's README describes the folder; it is not a bulletin.
        if (name.startsWith('.') || /^readme\./i.test(name)) continue;
        if (isSupported(file)) files.push(file);
        else skipped.push({ file, reason: `不支持的文件类型 / unsupported type ${path.extname(file) || '(none)'}` });
      }
    } else {
      files.push(input);
    }
  }
  return { files, skipped };
}

export function isSupported(file: string): boolean {
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase());
}

export async function readSourceText(file: string): Promise<SourceText> {
  if (!isSupported(file) && path.extname(file) !== '') throw createError('INPUT_UNSUPPORTED', file);
  const info = await stat(file).catch(() => null);
  if (!info) throw createError('INPUT_NOT_FOUND', file);
  if (!info.isFile()) throw createError('INPUT_UNREADABLE', file, 'not a regular file / 不是普通文件');
  // Checked before reading, so a huge file never reaches memory.
  if (info.size > MAX_FILE_BYTES) throw createError('INPUT_UNREADABLE', file, `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB / 文件过大`);
  if (info.size === 0) throw createError('INPUT_EMPTY', file);
  const bytes = await readFile(file).catch((error: unknown) => {
    throw createError('INPUT_UNREADABLE', file, error instanceof Error ? error.message : String(error));
  });
  return readSourceBytes(bytes, file);
}

/** Same as readSourceText for bytes already in memory (uploads); `file` names the source and its type. */
export async function readSourceBytes(bytes: Uint8Array, file: string): Promise<SourceText> {
  if (bytes.length === 0) throw createError('INPUT_EMPTY', file);
  if (bytes.length > MAX_FILE_BYTES) throw createError('INPUT_UNREADABLE', file, `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB / 文件过大`);
  const format = chooseFormat(file, bytes);
  const { text, encoding } = await READERS[format](bytes, file).catch((error: unknown) => {
    // Parsers of broken files throw all kinds of things; the user sees one catalogued reason.
    if (isAtlasError(error)) throw error;
    throw createError('INPUT_UNREADABLE', file, `${format}: ${error instanceof Error ? error.message : String(error)}`);
  });
  if (text.trim().length === 0) throw createError('INPUT_EMPTY', file);
  return { source: file, text, encoding, format };
}
