/**
 * Finding and reading bulletin files: folders are walked recursively; each file is decoded to
 * text or refused with a catalogued error that names it.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { createError } from '../../errors/catalogue.ts';
import { decodeText, looksBinary } from './decode.ts';

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.text'] as const;
/** Larger files are refused before reading: no bulletin is this long. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface SourceText {
  /** Path as given by the user (relative stays relative), used as the document's source. */
  source: string;
  text: string;
  encoding: string;
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
  if (!isSupported(file)) throw createError('INPUT_UNSUPPORTED', file);
  const info = await stat(file).catch(() => null);
  if (!info) throw createError('INPUT_NOT_FOUND', file);
  if (info.size > MAX_FILE_BYTES) throw createError('INPUT_UNREADABLE', file, `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  const bytes = await readFile(file);
  const { text, encoding } = decodeText(bytes);
  if (text.trim().length === 0) throw createError('INPUT_EMPTY', file);
  if (looksBinary(text)) throw createError('INPUT_UNREADABLE', file, 'binary content');
  return { source: file, text, encoding };
}
