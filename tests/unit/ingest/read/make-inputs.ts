/**
 * Builds test inputs in every supported format from invented bulletins in the genre: .docx with
 * the docx package, .pdf with pdfkit and a CJK font from the machine, GBK bytes with iconv-lite.
 */
import { existsSync } from 'node:fs';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import iconv from 'iconv-lite';
import PDFDocument from 'pdfkit';

/** A city bulletin: masthead, two sections, three △ items. */
export const CITY_BULLETIN = [
  '石湾组工信息',
  '第 7 期',
  '中共石湾市委组织部研究室',
  '2023年4月12日',
  '市内信息',
  '△青林县：推行“党员联户”制度。青林县组织2300名农村党员每人联系10户群众，全年收集解决民生问题860件。（青林县委组织部）',
  '△白沙区：建立“楼栋议事会”。白沙区在48个社区建立楼栋议事会412个，化解邻里纠纷530起。（白沙区委组织部）',
  '市外参考',
  '△浙江省安吉县：建立“村事共商”议事机制。安吉县在169个行政村设立议事会，累计协商村级事务1200余项。',
];

/** The same genre in traditional characters, with a real county so the region can be resolved. */
export const TRADITIONAL_BULLETIN = [
  '石灣組工信息',
  '第 9 期',
  '中共石灣市委組織部研究室',
  '2023年6月2日',
  '市外參考',
  '△浙江省安吉縣：建立“村事共商”議事機制。安吉縣在169個行政村設立議事會，累計協商村級事務1200餘項。',
];

export const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
export const hasCjkFont = existsSync(CJK_FONT);

/** A .docx with one paragraph per line, and optionally a table after them. */
export async function makeDocx(lines: string[], table: string[][] = []): Promise<Buffer> {
  const children: (Paragraph | Table)[] = lines.map((line) => new Paragraph({ children: [new TextRun(line)] }));
  if (table.length > 0) {
    children.push(new Table({
      rows: table.map((cells) => new TableRow({ children: cells.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) })),
    }));
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** A text-layer PDF, one paragraph per line (long lines wrap as print does). */
export async function makePdf(lines: string[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56 });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font(CJK_FONT, 'WenQuanYiMicroHei').fontSize(12);
  for (const line of lines) doc.text(line, { paragraphGap: 6 });
  doc.end();
  return finished;
}

export const toGbk = (text: string): Buffer => iconv.encode(text, 'gbk');

/** A government article page: navigation, breadcrumbs, the article and a footer. */
export function makeArticlePage(options: { charset: string; headline: string; paragraphs: string[] }): string {
  return `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=${options.charset}">
<title>${options.headline}_石湾党建网</title>
<style>.nav{color:red}</style><script>var 统计 = "不应出现的脚本文字";</script></head>
<body>
<div class="header"><div class="logo">石湾党建网</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/dt">党建动态</a></li><li><a href="/jy">经验交流</a></li></ul></div>
<div class="crumb">当前位置：首页 &gt; 党建动态 &gt; 正文</div>
<div class="main">
  <div class="title"><h2>${options.headline}</h2></div>
  <div class="info">发布时间：2023-05-18 来源：石湾市委组织部 【字体：大 中 小】</div>
  <div class="TRS_Editor">
${options.paragraphs.map((text) => `    <p style="text-indent:2em">${text}</p>`).join('\n')}
  </div>
  <div class="share">分享到：微信 微博</div>
</div>
<div class="links"><p>相关链接：<a href="#">中国共产党新闻网</a> <a href="#">共产党员网</a></p></div>
<div class="footer"><p>版权所有：中共石湾市委组织部 地址：石湾市人民路1号 备案号：X-000000号</p></div>
</body></html>`;
}
