/** Exports the basket as a bulletin section: .docx (built in the browser with `docx`) and Markdown. */
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import type { BasketEntry } from './store.ts';
import { headline } from './store.ts';

export const SECTION_TITLE = '市外参考';
const BODY_FONT = '仿宋_GB2312';
const HEAD_FONT = '黑体';
/** Half-points: 三号 16pt for the heading, 小三/四号 for the body as bulletins are printed. */
const SIZE_HEADING = 32;
const SIZE_BODY = 30;

function run(text: string, font: string, size: number, bold = false): TextRun {
  return new TextRun({ text, bold, size, font: { eastAsia: font, ascii: font, hAnsi: font } });
}

export function basketDocument(entries: BasketEntry[]): Document {
  const children: Paragraph[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(`【${SECTION_TITLE}】`, HEAD_FONT, SIZE_HEADING, true)] }),
  ];
  for (const entry of entries) {
    const paragraphs = entry.text.split(/\n+/).map((line) => line.trim()).filter(Boolean);
    const [first = '', ...rest] = paragraphs;
    // Bulletin layout: "△headline" in bold, the body running on, the contributing office in brackets.
    children.push(new Paragraph({
      indent: { firstLine: 640 },
      spacing: { before: 120, line: 560 },
      children: [run(`△${headline(entry)}`, HEAD_FONT, SIZE_BODY, true), run(first, BODY_FONT, SIZE_BODY)],
    }));
    for (const line of rest) children.push(new Paragraph({ indent: { firstLine: 640 }, spacing: { line: 560 }, children: [run(line, BODY_FONT, SIZE_BODY)] }));
    if (entry.office) {
      children.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { line: 560 }, children: [run(`（${entry.office}）`, BODY_FONT, SIZE_BODY)] }));
    }
  }
  return new Document({
    creator: '经验图谱',
    title: SECTION_TITLE,
    sections: [{ properties: { page: { margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } }, children }],
  });
}

export function basketDocx(entries: BasketEntry[]): Promise<Blob> {
  return Packer.toBlob(basketDocument(entries));
}

export function basketMarkdown(entries: BasketEntry[]): string {
  const blocks = entries.map((entry) => {
    const body = entry.text.split(/\n+/).map((line) => line.trim()).filter(Boolean).join('\n\n');
    return [`**△${headline(entry)}**`, body, entry.office ? `（${entry.office}）` : ''].filter(Boolean).join('\n\n');
  });
  return [`## ${SECTION_TITLE}`, ...blocks].join('\n\n') + '\n';
}
