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

  it('reads a run of question marks where an indent was lost as a space, so a line opens on its word', () => {
    expect(normalizeText('????县委组织部讯 近日,某镇开展培训。')).toBe(' 县委组织部讯 近日,某镇开展培训。');
    expect(normalizeText('活动圆满结束。 ????该镇下一步将继续推进。')).toBe('活动圆满结束。  该镇下一步将继续推进。');
    expect(normalizeText('  ????????本报讯 某乡召开会议')).toBe('   本报讯 某乡召开会议');
  });

  it('keeps a question mark a sentence asks with', () => {
    expect(normalizeText('“这事咋办?”他问。效果好不好??')).toBe('“这事咋办?”他问。效果好不好??');
  });
});
