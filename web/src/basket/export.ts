/** Exports the basket as a bulletin section: .docx (built in the browser with `docx`) and Markdown. */
import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { BasketEntry } from './store.ts';
import { bodyParagraphs, headlineSentence, sourceLine } from './store.ts';

export const SECTION_TITLE = '市外参考';
const BODY_FONT = '仿宋_GB2312';
const HEAD_FONT = '黑体';
/** Half-points: 三号 16pt for the heading, 小三/四号 for the body as bulletins are printed. */
const SIZE_HEADING = 32;
const SIZE_BODY = 30;
/** 五号 for the source line under each entry. */
const SIZE_SOURCE = 21;

function run(text: string, font: string, size: number, bold = false): TextRun {
  return new TextRun({ text, bold, size, font: { eastAsia: font, ascii: font, hAnsi: font } });
}

export function basketDocument(entries: BasketEntry[]): Document {
  const children: Paragraph[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(`【${SECTION_TITLE}】`, HEAD_FONT, SIZE_HEADING, true)] }),
  ];
  for (const entry of entries) {
    const [first = '', ...rest] = bodyParagraphs(entry);
    // Bulletin layout: "△headline。" in bold, the body running on, the contributing office in
    // brackets, then the source line a reader needs to cite it.
    children.push(new Paragraph({
      indent: { firstLine: 640 },
      spacing: { before: 120, line: 560 },
      children: [run(`△${headlineSentence(entry)}`, HEAD_FONT, SIZE_BODY, true), run(first, BODY_FONT, SIZE_BODY)],
    }));
    for (const line of rest) children.push(new Paragraph({ indent: { firstLine: 640 }, spacing: { line: 560 }, children: [run(line, BODY_FONT, SIZE_BODY)] }));
    if (entry.office) {
      children.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { line: 560 }, children: [run(`（${entry.office}）`, BODY_FONT, SIZE_BODY)] }));
    }
    const source = sourceLine(entry);
    if (source) children.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 120 }, children: [run(source, BODY_FONT, SIZE_SOURCE)] }));
  }
  return new Document({
    creator: '经验图谱',
    title: SECTION_TITLE,
    sections: [{
      properties: { page: { margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } },
      // Page numbers as printed bulletins have them: — 1 — centred in the footer.
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [
        new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 28, font: { eastAsia: BODY_FONT, ascii: BODY_FONT, hAnsi: BODY_FONT } }),
      ] })] }) },
      children,
    }],
  });
}

export function basketDocx(entries: BasketEntry[]): Promise<Blob> {
  return Packer.toBlob(basketDocument(entries));
}

export function basketMarkdown(entries: BasketEntry[]): string {
  const blocks = entries.map((entry) => {
    const [first = '', ...rest] = bodyParagraphs(entry);
    const source = sourceLine(entry);
    return [`**△${headlineSentence(entry)}**${first}`, ...rest, entry.office ? `（${entry.office}）` : '', source ? `*${source}*` : ''].filter(Boolean).join('\n\n');
  });
  return [`## ${SECTION_TITLE}`, ...blocks].join('\n\n') + '\n';
}
