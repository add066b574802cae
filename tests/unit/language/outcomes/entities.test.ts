import { describe, expect, it } from 'vitest';
import { extractPolicies, extractYear, statedYears } from '../../../../language/extract/entities.ts';

describe('extractPolicies', () => {
  it('lists cited titles without brackets, in order, once each', () => {
    const text =
      '芦湾区出台《关于加强小区党支部建设的 实施意见（试行）》，配套制定《芦湾区网格员管理办法》和《意见》，' +
      '统一印发《党员报到登记表》。对照《芦湾区网格员管理办法》开展考核，相关做法被《人民日报》报道。';
    expect(extractPolicies(text)).toEqual(['关于加强小区党支部建设的 实施意见（试行）', '芦湾区网格员管理办法', '党员报到登记表']);
  });

  it('drops bare generic references and joins titles cut by a line break', () => {
    expect(extractPolicies('按照《实施方案》和《办法》要求，落实《青禾县村级\n组织运转经费保障办法》')).toEqual(['青禾县村级组织运转经费保障办法']);
  });
});

describe('extractYear', () => {
  it('prefers the document date', () => {
    expect(extractYear('2019年以来，全县新建党支部12个', '2021-03-15')).toBe(2021);
  });

  it('falls back to the latest year the text states', () => {
    expect(extractYear('回顾“2022年干得怎么样”，谋划“2023年怎么干”', null)).toBe(2023);
    expect(extractYear('截至2019 年底，全县共有党员3200名', null)).toBe(2019);
    expect(extractYear('二〇一八年，全区启动试点', null)).toBe(2018);
  });

  it('derives the year from a party anniversary', () => {
    expect(statedYears('在庆祝建党100周年之际')).toEqual([2021]);
  });

  it('returns null when no year is stated', () => {
    expect(extractYear('近年来，全区新建党群服务中心8个', null)).toBeNull();
  });
});
