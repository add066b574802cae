import { describe, expect, it } from 'vitest';
import { groupByYear, UNDATED } from '../../../web/src/year-groups.ts';

describe('region page year groups', () => {
  it('puts the newest year first and the undated items last, none dropped', () => {
    const items = [
      { id: 'a', year: 2019, date: '2019-03-01' },
      { id: 'b', year: null, date: null },
      { id: 'c', year: 2021, date: null },
      { id: 'd', year: 2021, date: '2021-06-01' },
    ];
    const groups = groupByYear(items);
    expect(groups.map(([label, group]) => [label, group.map((item) => item.id)])).toEqual([
      ['2021 年', ['d', 'c']],
      ['2019 年', ['a']],
      [UNDATED, ['b']],
    ]);
    expect(groups.flatMap(([, group]) => group)).toHaveLength(items.length);
  });
});
