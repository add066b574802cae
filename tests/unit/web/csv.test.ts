import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../web/src/csv.ts';

describe('CSV export of the practice table', () => {
  it('quotes cells holding commas, quotes or line breaks and leaves plain cells alone', () => {
    expect(csvCell('迎江区')).toBe('迎江区');
    expect(csvCell('网格长,单元长')).toBe('"网格长,单元长"');
    expect(csvCell('“四大员”"职责"')).toBe('"“四大员”""职责"""');
    expect(csvCell('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(3163)).toBe('3163');
  });

  it('starts with a BOM and ends rows with CRLF so spreadsheets read the Chinese', async () => {
    const blob = toCsv(['省份', '县区'], [['安徽省', '迎江区']]);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('省份,县区\r\n安徽省,迎江区\r\n');
  });
});
