/** Which practice a number reports on: clause, sentence, part, headline, item — on invented items of the genre. */
import { describe, expect, it } from 'vitest';
import { createOutcomeExtractor } from '../../../../language/extract/outcomes.ts';
import { createPracticeMatcher } from '../../../../language/extract/practices.ts';
import { loadTaxonomy } from '../../../../language/knowledge/taxonomy.ts';

const matcher = createPracticeMatcher(loadTaxonomy());
const extractor = createOutcomeExtractor({ mentionsOf: (clause) => matcher.mentionsIn(clause) });

/** [value, practice] of each number, as the extract stage links them (title and item practices given). */
function linked(text: string, title = ''): [number, string | null][] {
  const practices = matcher.match(title, text).map((match) => match.name);
  return extractor.extract(text, { title, practices }).map((outcome) => [outcome.value, outcome.practice]);
}

describe('linking outcomes to practices', () => {
  it('ties a number to the practice its own clause names', () => {
    expect(linked('青禾县建立社区大党委26个，新增停车位120个。\n全年接待来访群众300人次。\n同步推行单元长制度。', '青禾县：两项举措便民')).toEqual([
      [26, '社区大党委'], [120, '社区大党委'], [300, null],
    ]);
  });

  it('lets the later clauses of a sentence report on the practice named before them', () => {
    expect(linked('各小区全面推行单元长制，选聘楼栋骨干210名，建成楼道议事点45个。')).toEqual([[210, '单元长制'], [45, '单元长制']]);
  });

  it('does not give a number to a practice named only after it', () => {
    expect(linked('全年召开座谈会18次，并坚持落实三会一课制度；\n新建停车位120个，同时开通积分兑换。')).toEqual([[18, null], [120, null]]);
  });

  it('gives an 一是/二是 part the practice its opening sentence names, and no further', () => {
    const text = '一是做实社区大党委。吸纳驻区单位38家，每季度召开联席会议。二是优化服务方式。新建活动室60间。三是推行单元长制。';
    expect(linked(text, '青禾县：城市基层党建“两手抓”')).toEqual([[38, '社区大党委'], [60, null]]);
  });

  it('treats a paragraph and a ① part like an 一是 part', () => {
    expect(linked('做实双报到。今年以来，机关党员认领岗位420个。\n提升服务质量。各社区办结群众诉求95件。\n推广积分兑换。')).toEqual([[420, '在职党员到社区报到'], [95, null]]);
    expect(linked('①推广积分兑换。全县发放积分卡3000张。②优化服务阵地。改建活动室12间。③做实双报到。')).toEqual([[3000, '积分超市'], [12, null]]);
  });

  it('lets a sentence that opens by introducing a practice speak for the next sentence, not the rest of the part', () => {
    const text = '强化服务保障。各社区全面推行单元长制。目前已选聘楼栋骨干210名。全年组织文艺演出95场。\n做实双报到。';
    expect(linked(text, '青禾县：三项举措提升城市治理')).toEqual([[210, '单元长制'], [95, null]]);
  });

  it('does not carry an introduced practice past a ；, where the next entry of a list begins', () => {
    const text = '强化服务保障。各社区试点推行单元长制，选聘楼栋骨干210名；举办技能培训班17期。\n做实双报到。';
    expect(linked(text, '青禾县：三项举措提升城市治理')).toEqual([[210, '单元长制'], [17, null]]);
  });

  it('gives the rest of an item to the one practice its printed headline names', () => {
    expect(linked('今年以来，全县新建停车位120个。\n协调解决群众难题56件。', '青禾县：推行“社区大党委” 凝聚治理合力')).toEqual([
      [120, '社区大党委'], [56, '社区大党委'],
    ]);
  });

  it('does not read a body opening standing in for a missing headline as a headline', () => {
    const text = '为深化单元长制，全县各社区各显其能。\n协调解决群众难题56件。\n建立社区大党委12个。';
    expect(linked(text, '为深化单元长制')).toEqual([[56, null], [12, '社区大党委']]);
  });

  it('gives every number of an item that names one practice to it', () => {
    expect(linked('各村新建文化广场80个。\n全年组织文艺演出1500场。\n其中双报到党员参与320人次。', '青禾县：凝心聚力 服务到家')).toEqual([
      [80, '在职党员到社区报到'], [1500, '在职党员到社区报到'], [320, '在职党员到社区报到'],
    ]);
  });

  it('leaves a number unlinked when the headline names two practices and nothing nearer decides', () => {
    expect(linked('全年协调解决群众难题56件。', '青禾县：社区大党委与单元长制“双轮驱动”')).toEqual([[56, null]]);
  });

  it('reports the practices a clause names with the words written before them', () => {
    expect(matcher.mentionsIn('依托“社区大党委”推行单元长制度')).toEqual([
      { name: '社区大党委', lead: '依托' },
      { name: '单元长制', lead: '区大党委推行' },
    ]);
  });
});
