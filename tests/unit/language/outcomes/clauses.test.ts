import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../../language/extract/clauses.ts';

const texts = (text: string) => splitClauses(text).map((clause) => clause.text);

describe('splitClauses', () => {
  it('splits at ，。；： and their half-width forms but not at 、', () => {
    expect(texts('建立党员、群众议事会；开展活动12次,覆盖3个社区:成效明显。')).toEqual(['建立党员、群众议事会', '开展活动12次', '覆盖3个社区', '成效明显']);
  });

  it('ends a clause at a short heading line but joins a wrapped line', () => {
    expect(texts('聚焦精准选配 注重人岗相适\n全区按照“个人自愿、组织推荐”的原则，全覆盖选任小区党组织书\n记208名。')).toEqual([
      '聚焦精准选配 注重人岗相适',
      '全区按照“个人自愿、组织推荐”的原则',
      '全覆盖选任小区党组织书记208名',
    ]);
  });

  it('numbers sentences so a claim can see its neighbours', () => {
    expect(splitClauses('甲，乙。丙；丁').map((clause) => clause.sentence)).toEqual([0, 0, 1, 2]);
  });

  it('keeps offsets that point at the clause in the source', () => {
    const text = '△芦湾区：  新建站点6个，服务群众800人次。';
    const clause = splitClauses(text)[1];
    expect(clause && text.slice(clause.start, clause.end)).toBe('  新建站点6个'.trim());
  });
});
