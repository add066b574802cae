import { describe, expect, it } from 'vitest';
import { decodeText, looksBinary } from '../../../../ingest/read/decode.ts';

const sample = '△示例县：推行党员积分制管理。全县建立积分超市12个。';

/** UTF-16 bytes of a string in the given byte order. */
function toUtf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const plain = new TextEncoder().encode(sample);
    expect(decodeText(plain)).toEqual({ text: sample, encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...plain]))).toEqual({ text: sample, encoding: 'utf-8' });
  });

  it('reads UTF-16 in either byte order, with a BOM', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...toUtf16(sample, true)])).text).toBe(sample);
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...toUtf16(sample, false)])).text).toBe(sample);
  });

  it('detects UTF-16LE without a BOM when ASCII leaves zero bytes', () => {
    const text = `2021年 No.3 ${sample} ABC 123`;
    expect(decodeText(toUtf16(text, true))).toEqual({ text, encoding: 'utf-16le' });
  });

  it('falls back to GB18030 for bytes that are not UTF-8', () => {
    // 组工信息 in GBK: D7E9 B9A4 D0C5 CFA2
    const gbk = new Uint8Array([0xd7, 0xe9, 0xb9, 0xa4, 0xd0, 0xc5, 0xcf, 0xa2]);
    expect(decodeText(gbk)).toEqual({ text: '组工信息', encoding: 'gb18030' });
  });
});

describe('looksBinary', () => {
  it('tells writing from junk', () => {
    expect(looksBinary(sample)).toBe(false);
    expect(looksBinary('\u0000\u0001\u0002abc\u0003\u0004')).toBe(true);
  });
});
