import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../../ingest/read/normalize.ts';

describe('normalizeText', () => {
  it('drops the pinyin a conversion site printed after characters, which splits every name', () => {
    expect(normalizeText('推行網(wǎng)格黨支部，區(qū)委組織部牽頭')).toBe('推行網格黨支部，區委組織部牽頭');
    expect(normalizeText('綠(lǜ)色小區')).toBe('綠色小區');
  });

  it('keeps Latin words in brackets that are not toned pinyin', () => {
    expect(normalizeText('上传PDF（pdf）文件，下载App(app)')).toBe('上传PDF（pdf）文件，下载App(app)');
  });
});
