/**
 * What a number measures, when the text names it just before the number: "村均收入为35.6万元"
 * → 村均收入, "增幅达37.5%" → 增幅, "专职书记覆盖率达到78%" → 覆盖率. Only measure nouns count;
 * "受训居民达1.4万余人次" names who, not what, and has no metric.
 */

/** Verbs linking a measure to its value; stripped before the measure is read. */
const LINK =
  /(?:可|将|已|均|共|分别)?(?:为|是|达到了?|达|增长了?|增加了?|提高了?|提升了?|提高到|提升至|上升到|上升至|下降了?|降低了?|减少了?|突破|超过|占|不少于|不低于|不超过|至少|约|近|逾)$/;
/** Time words between measure and verb: "工作经费全年不少于". */
const TIME_FILLER = /(?:全年|每年|每月|年均|一般|平均|均|分别)$/;
// 年 alone is a modifier (年收入) unless it ends a time phrase (较上年增幅).
const MODIFIER = '(?:村均|人均|户均|年均|日均|月均|平均|全年|(?<![上去今本当前])年|月|总|党建|项目|工作|活动|运转|专项|集体经济|经营性|集体)?';
const HEADS =
  '(?:收入|增幅|增速|涨幅|降幅|增长率|占比|比例|比重|产值|营业额|利润|人数|户数|总数|数量|总量|规模|面积|总额|余额|经费|资金|补贴|报酬|工资|满意度|[\\u4e00-\\u9fa5]{2}率)';
const METRIC_AT_END = new RegExp(`${MODIFIER}${HEADS}$`);

/** `before`: the clause text before the number, whitespace removed. */
export function findMetric(before: string): string | null {
  let rest = before;
  const link = LINK.exec(rest);
  if (link) rest = rest.slice(0, link.index);
  for (let guard = 0; guard < 2; guard += 1) {
    const filler = TIME_FILLER.exec(rest);
    if (!filler) break;
    rest = rest.slice(0, filler.index);
  }
  const metric = METRIC_AT_END.exec(rest);
  return metric ? metric[0] : null;
}
