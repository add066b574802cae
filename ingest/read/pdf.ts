/**
 * PDF (with a text layer) → text. The text items pdf.js reports are fragments placed on the page;
 * they are grouped into lines by their baseline, ordered left to right, so the parser sees the
 * printed lines. Spaces inside Chinese lines that extraction leaves behind are healed by the parser.
 * Scanned PDFs (images only) have no text layer and are refused: OCR is not done here.
 */
import { getDocumentProxy } from 'unpdf';
import { createError, isAtlasError } from '../../errors/catalogue.ts';
import type { ReadResult } from './reader.ts';

/** A positioned piece of text on a page: baseline y (PDF units, up is larger), start x, size. */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export async function readPdf(bytes: Uint8Array, file: string): Promise<ReadResult> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js may take ownership of the buffer it is given: hand it a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false, stopAtErrors: false });
  } catch (error) {
    throw createError('INPUT_UNREADABLE', file, describePdfFailure(error));
  }
  try {
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const placed: PlacedText[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.length === 0) continue;
        const [, , , , x, y] = item.transform as number[];
        placed.push({ text: item.str, x: x ?? 0, y: y ?? 0, width: item.width, height: Math.abs(item.height) || 10 });
      }
      pages.push(placedTextToLines(placed).join('\n'));
      page.cleanup();
    }
    const text = pages.join('\n\n');
    if (text.trim().length === 0) throw createError('INPUT_UNREADABLE', file, 'PDF without a text layer (scanned image?) / PDF 没有文字层（扫描件？）');
    return { text, encoding: 'pdf' };
  } catch (error) {
    if (isAtlasError(error)) throw error;
    throw createError('INPUT_UNREADABLE', file, describePdfFailure(error));
  } finally {
    await pdf.destroy();
  }
}

function describePdfFailure(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return 'password-protected PDF / PDF 有密码保护';
  return `damaged or truncated PDF (${detail}) / PDF 文件已损坏或不完整`;
}

/**
 * Groups fragments into lines: fragments whose baselines differ by less than half their height
 * share a line. A blank line marks a vertical gap of more than about two lines (a paragraph or
 * block break); a space marks a horizontal gap wider than a third of a character.
 */
export function placedTextToLines(placed: PlacedText[]): string[] {
  const sorted = [...placed].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: { y: number; height: number; parts: PlacedText[] }[] = [];
  for (const piece of sorted) {
    const row = rows.at(-1);
    if (row && Math.abs(row.y - piece.y) < Math.max(row.height, piece.height) * 0.5) {
      row.parts.push(piece);
      row.height = Math.max(row.height, piece.height);
    } else {
      rows.push({ y: piece.y, height: piece.height, parts: [piece] });
    }
  }
  const lines: string[] = [];
  let previous: { y: number; height: number } | null = null;
  for (const row of rows) {
    if (previous && previous.y - row.y > Math.max(previous.height, row.height) * 2.4) lines.push('');
    lines.push(joinRow(row.parts.sort((a, b) => a.x - b.x)));
    previous = row;
  }
  return lines;
}

function joinRow(parts: PlacedText[]): string {
  let line = '';
  let end: number | null = null;
  for (const part of parts) {
    if (end !== null && part.x - end > part.height * 0.33 && !line.endsWith(' ') && !part.text.startsWith(' ')) line += ' ';
    line += part.text;
    end = part.x + part.width;
  }
  return line.trimEnd();
}
