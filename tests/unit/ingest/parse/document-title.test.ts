/**
 * Issue 12.5: a document is called by its masthead, else by its source, never by one of its items
 * (otherwise every other item cites that item's headline as its bulletin). An item is dated by its
 * own dateline, else by its bulletin's date or the year its issue line prints, else by the years its
 * text states; else it has none and is counted as 未注明日期.
 */
import { describe, expect, it } from 'vitest';
import { createParser, sourceName } from '../../../../ingest/parse/index.ts';
import { createExtractor } from '../../../../language/extract/index.ts';
import { createRegionResolver } from '../../../../language/extract/regions/index.ts';
import { loadTaxonomy } from '../../../../language/knowledge/taxonomy.ts';

const parser = createParser();

const roundup = [
  '△东岭县：推行村级事务“明白卡”',
  '东岭县今年为全县村级事务编制“明白卡”，村民扫码即可查看办理进度，共办结事项320件。',
  '',
  '△西岙区：建立社区“红色议事厅”',
  '西岙区在各社区设立“红色议事厅”，居民议题当月办结，累计解决难题85个。',
].join('\n');

describe('the title of a document', () => {
  it('is its source name when there is no masthead: no item lends its headline to the others', () => {
    const doc = parser.parse(roundup, 'uploads/基层动态汇编.txt');
    expect(doc.items.map((item) => item.title)).toEqual(['东岭县：推行村级事务“明白卡”', '西岙区：建立社区“红色议事厅”']);
    expect(doc.title).toBe('基层动态汇编');
    expect(doc.items.map((item) => item.title)).not.toContain(doc.title);
  });

  it('is the publication when a masthead prints one', () => {
    const doc = parser.parse(['东岭组工', '第 3 期', '中共东岭县委组织部编　　2021年5月6日', '', roundup].join('\n'), 'a.txt');
    expect(doc.title).toBe('东岭组工');
    expect(doc.date).toBe('2021-05-06');
  });

  it('names a source without folders or extension, whatever the separator', () => {
    expect(sourceName('/data/in/县区经验.docx')).toBe('县区经验');
    expect(sourceName('C:\\files\\简报.pdf')).toBe('简报');
    expect(sourceName('无扩展名')).toBe('无扩展名');
    expect(sourceName('upload:上传的简报.docx')).toBe('上传的简报');
  });
});

describe('the year of an item', () => {
  const extractor = createExtractor({ taxonomy: loadTaxonomy(), regions: createRegionResolver() });

  it('comes from the issue line (2020年第8期) when no date is printed', () => {
    const doc = parser.parse(['东岭组工', '2020年第8期', '', roundup].join('\n'), 'b.txt');
    expect(doc.date).toBeNull();
    expect(doc.issueYear).toBe(2020);
    expect(extractor.extract(doc).map((item) => item.year)).toEqual([2020, 2020]);
  });

  it('is null (counted as 未注明日期 downstream) when neither the document nor the item says', () => {
    const doc = parser.parse(roundup, 'c.txt');
    expect(extractor.extract(doc).map((item) => item.year)).toEqual([null, null]);
  });

  it('comes from the item’s own date where a dateline puts it, before its bulletin’s', () => {
    const doc = parser.parse(['东岭组工', '第 9 期', '2022年3月1日', '', '△东岭县：村级事务“明白卡”上线',
      '2021年12月20日，东岭县村级事务“明白卡”全面上线，共办结事项320件。', '',
      '△西岙区：社区议事厅运行一周年', '西岙区社区“红色议事厅”运行一年来，于2021年5月8日起每月议事。'].join('\n'), 'e.txt');
    expect(doc.items.map((item) => item.date)).toEqual(['2021-12-20', null]);
    expect(extractor.extract(doc).map((item) => item.year)).toEqual([2021, 2022]);
  });

  it('is the document date’s year before a year the text looks back at', () => {
    const doc = parser.parse(['东岭组工', '第 9 期', '2022年3月1日', '', '△东岭县：回顾村级事务“明白卡”', '2019年以来，东岭县共办结事项320件。'].join('\n'), 'd.txt');
    expect(extractor.extract(doc).map((item) => item.year)).toEqual([2022]);
  });
});
