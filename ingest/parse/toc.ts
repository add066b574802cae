/**
 * The printed table of contents ("★ 市内信息" followed by headlines with page numbers) repeats the
 * items' headlines; it is not an item and is removed before items are looked for.
 */
import { isTocHeader, leadingMarker, sectionCandidate } from './headings.ts';
import { blankLine, isBlank, type Line } from './lines.ts';
import { visibleLength } from './text.ts';

export interface TableOfContents {
  /** First and one-past-last line index of the contents block. */
  start: number;
  end: number;
}

/** A contents entry ends with its page number: "队伍建设 2", "换届准备工作3", "……12". */
const PAGE_REFERENCE = /\D\s*[.…·]*\s*\d{1,3}$/;

export function findTableOfContents(lines: Line[]): TableOfContents | null {
  const start = lines.findIndex((line) => !isBlank(line) && (/^[★☆]/.test(line.norm) || isTocHeader(line.norm)));
  if (start < 0) return null;
  const startLine = lines[start] as Line;
  // Contents come before the items: a ★ heading after the first item is a body section.
  const firstItem = lines.findIndex((line) => leadingMarker(line.norm) !== null && !PAGE_REFERENCE.test(line.norm));
  if (firstItem >= 0 && firstItem < start) return null;

  const sections = new Set<string>();
  const first = sectionCandidate(startLine.raw, startLine.norm);
  if (first) sections.add(simplifiedName(startLine.norm));
  let pageReferences = 0;
  let end = start + 1;
  for (; end < lines.length; end++) {
    const line = lines[end] as Line;
    if (isBlank(line)) continue;
    // An item starts the body; a marked entry with a page number is still part of the contents.
    const entry = PAGE_REFERENCE.test(line.norm);
    if ((leadingMarker(line.norm) !== null && !entry) || visibleLength(line.norm) > 60 || /[。！？]$/.test(line.norm)) break;
    const section = sectionCandidate(line.raw, line.norm);
    if (section) {
      const name = simplifiedName(line.norm);
      // The body begins where a section listed in the contents is printed again.
      if (sections.has(name)) break;
      if (section.decorated) sections.add(name);
      continue;
    }
    if (entry) pageReferences++;
  }
  if (pageReferences === 0 && !isTocHeader(startLine.norm)) return null;
  // Blank lines at the end belong to neither side; stop the block at its last entry.
  while (end > start && isBlank(lines[end - 1] as Line)) end--;
  return { start, end };
}

function simplifiedName(norm: string): string {
  return norm.replace(/^[★☆]\s*/, '').replace(/[【】〖〗［］[\]\s]/g, '');
}

/** Blanks the contents block. */
export function dropTableOfContents(lines: Line[], toc: TableOfContents | null): Line[] {
  if (!toc) return lines;
  return lines.map((line, i) => (i >= toc.start && i < toc.end ? blankLine(line.index) : line));
}
