import { describe, expect, it } from 'vitest';
import { normalizeNumber, normalizeUnit, parseChineseNumeral, parseQuantity } from '../../../../language/extract/numbers.ts';

describe('normalizeNumber', () => {
  it.each([
    ['1.4', 1.4],
    ['1,381', 1381],
    ['１２０', 120],
    ['一百二十', 120],
    ['两千', 2000],
    ['十五', 15],
    ['三千五百', 3500],
    ['一千零八', 1008],
    ['二〇二〇', 2020],
  ])('reads %s as %d', (text, value) => {
    expect(normalizeNumber(text)).toBe(value);
  });

  it('reads a small full stop between digits as the decimal point some editors type (5﹒6)', () => {
    expect(normalizeNumber('5\ufe526')).toBe(5.6);
    expect(parseQuantity('12\ufe525公里')).toMatchObject({ value: 12.5, unit: '公里' });
  });

  it('returns null for text that is no number', () => {
    expect(normalizeNumber('若干')).toBeNull();
    expect(parseChineseNumeral('三会一课')).toBeNull();
  });
});

describe('parseQuantity', () => {
  it('folds 万 into the unit and normalises it away: 1.4万余人次', () => {
    expect(parseQuantity('1.4万余人次')).toEqual({
      value: 1.4,
      unit: '万人次',
      normalized: { value: 14000, unit: '人次' },
      approximate: true,
      range: null,
      chinese: false,
    });
  });

  it.each([
    ['3200万元', 3200, '万元', 32000000, '元', false],
    ['84.7万元', 84.7, '万元', 847000, '元', false],
    ['2000余万元', 2000, '万元', 20000000, '元', true],
    ['25万余元', 25, '万元', 250000, '元', true],
    ['1.2亿元', 1.2, '亿元', 120000000, '元', false],
    ['37.5%', 37.5, '%', 37.5, '%', false],
    ['37.5 ％', 37.5, '%', 37.5, '%', false],
    ['百分之三十', 30, '%', 30, '%', false],
    ['2倍', 2, '倍', 2, '倍', false],
    ['261 次', 261, '次', 261, '次', false],
    ['30余条', 30, '条', 30, '条', true],
    ['近1500人次', 1500, '人次', 1500, '人次', true],
    ['超过400平方米', 400, '平方米', 400, '平方米', true],
    ['约50名', 50, '名', 50, '名', true],
    ['200人以上', 200, '人', 200, '人', true],
    ['10人左右', 10, '人', 10, '人', true],
    ['5个工作日', 5, '个工作日', 5, '个工作日', false],
    ['2 个月', 2, '个月', 2, '个月', false],
    ['两千余人', 2000, '人', 2000, '人', true],
    ['一百二十万元', 120, '万元', 1200000, '元', false],
    ['三成', 3, '成', 30, '%', false],
    ['1,381名', 1381, '名', 1381, '名', false],
  ])('parses %s', (text, value, unit, normalizedValue, normalizedUnit, approximate) => {
    const quantity = parseQuantity(text);
    expect(quantity).toMatchObject({ value, unit, normalized: { value: normalizedValue, unit: normalizedUnit }, approximate });
  });

  it('reads ages, cases and volumes as measure words: 35周岁, 55宗, 300册', () => {
    expect(parseQuantity('35周岁')).toMatchObject({ value: 35, unit: '周岁' });
    expect(parseQuantity('36岁')).toMatchObject({ value: 36, unit: '岁' });
    expect(parseQuantity('55宗')).toMatchObject({ value: 55, unit: '宗' });
    expect(parseQuantity('300余册')).toMatchObject({ value: 300, unit: '册', approximate: true });
  });

  it('reads broad categories (5大类) as a measure word counting categories', () => {
    expect(parseQuantity('5大类')).toMatchObject({ value: 5, unit: '大类', normalized: { value: 5, unit: '类' } });
    expect(parseQuantity('3大')).toBeNull();
  });

  it('reads camera feeds (新建120路视频监控) as counted by 路, not a road word (3路口, 5路段)', () => {
    expect(parseQuantity('120路视频监控')).toMatchObject({ value: 120, unit: '路' });
    expect(parseQuantity('3路口')?.unit ?? null).not.toBe('路');
    expect(parseQuantity('5路段')?.unit ?? null).not.toBe('路');
  });

  it('reads villages counted by 村 (实现4村业务通办), not a village word (3村民, 5村级, 2村委)', () => {
    expect(parseQuantity('4村业务')).toMatchObject({ value: 4, unit: '村' });
    expect(parseQuantity('3村民')?.unit ?? null).not.toBe('村');
    expect(parseQuantity('5村级组织')?.unit ?? null).not.toBe('村');
    expect(parseQuantity('2村委')?.unit ?? null).not.toBe('村');
  });

  it('reads broad items (6大项) as a measure word counting items', () => {
    expect(parseQuantity('6大项')).toMatchObject({ value: 6, unit: '大项', normalized: { value: 6, unit: '项' } });
  });

  it('reads the people or households 余/多 leaves its measure word out before (5000余群众, 300多农户)', () => {
    expect(parseQuantity('6000余群众')).toMatchObject({ value: 6000, unit: '人', approximate: true });
    expect(parseQuantity('1.5万余村民')).toMatchObject({ value: 1.5, unit: '万人', normalized: { value: 15000, unit: '人' } });
    expect(parseQuantity('260多农户')).toMatchObject({ value: 260, unit: '户', approximate: true });
    expect(parseQuantity('2021党员')).toBeNull();
  });

  it('takes the lower bound of a range and marks it approximate: 6-14名', () => {
    expect(parseQuantity('6-14名')).toMatchObject({ value: 6, unit: '名', approximate: true, range: { low: 6, high: 14 } });
    expect(parseQuantity('1至2名')).toMatchObject({ value: 1, range: { low: 1, high: 2 } });
  });

  it('needs a measure word or a magnitude', () => {
    expect(parseQuantity('2379')).toBeNull();
    expect(parseQuantity('65号')).toBeNull();
    expect(parseQuantity('5成立')).toBeNull();
    expect(parseQuantity('3宗教')).toBeNull();
    expect(parseQuantity('3200万')).toMatchObject({ unit: '万', normalized: { value: 32000000, unit: '' } });
  });
});

describe('normalizeUnit', () => {
  it('applies compound magnitudes', () => {
    expect(normalizeUnit(3, '千万元')).toEqual({ value: 30000000, unit: '元' });
    expect(normalizeUnit(5, '名')).toEqual({ value: 5, unit: '名' });
  });
});
