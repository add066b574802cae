/**
 * Realistic passages for embedding benchmarks without the seeds: sentences in the genre of
 * 组工信息 items (invented localities, practices and figures), packed deterministically into
 * passages of 40–400 characters — the spread `splitPassages` produces from real bulletins.
 */

const LOCALITIES = ['青岚县', '松溪镇', '云台区', '白河市', '柳塘街道', '石门乡', '北岗村', '东湖社区', '临川县', '桃源镇', '金沙区', '鹤鸣乡'];
const PRACTICES = ['单元长制', '社区大党委', '党员积分管理', '红色物业', '村级集体经济强村工程', '软弱涣散党组织整顿', '选调生跟踪培养', '网格化治理', '乡村振兴工作队', '两新组织党建'];

const SENTENCES: ((place: string, practice: string, n: number) => string)[] = [
  (p, x, n) => `${p}委组织部坚持党建引领基层治理，探索推行“${x}”，全${p.slice(-1)}共选出骨干${n}名。`,
  (p, x) => `△${p}创新“${x}”工作机制，推动组织触角延伸到最末梢。`,
  (p, _x, n) => `${p}聚焦群众急难愁盼问题，建立民情台账${n}本，累计收集意见建议${n * 3}条，办结率达${90 + (n % 10)}%。`,
  (p) => `${p}整合辖区机关、学校、医院、企业等党组织资源，签订共建协议，形成“一核多元”的共治格局。`,
  (_p, x, n) => `一是建强组织体系。按照“${x}”的思路，将党小组建在楼栋上，配齐配强楼栋长${n}名，实现党的组织和工作全覆盖。`,
  (_p, _x, n) => `二是压实工作责任。制定任务清单、责任清单、问题清单“三张清单”，每月召开推进会，对${n}项重点任务挂图作战、销号管理。`,
  (_p, _x, n) => `三是强化激励保障。设立专项经费${n}万元，对表现突出的${n % 40 + 5}名党员给予通报表扬，并优先推荐为“两代表一委员”人选。`,
  (p, _x, n) => `今年以来，${p}共调处矛盾纠纷${n}起，化解率${95 + (n % 5)}%，群众满意度明显提升。`,
  (p, _x, n) => `${p}实施村级集体经济“清零消薄”行动，全${p.slice(-1)}集体经济收入10万元以上的村达${n}个，同比增长${n % 30 + 10}%。`,
  () => `①坚持问题导向，逐村逐社区开展“体检”，列出整改清单，明确时限要求。`,
  () => `②坚持分类施策，对软弱涣散党组织实行县级领导包联、部门结对、第一书记驻村“三位一体”帮扶。`,
  () => `③坚持长效常治，建立定期研判、动态调整、跟踪问效机制，防止问题反弹回潮。`,
  (p, x) => `□${p}：推进“${x}”见行动见实效`,
  (p, _x, n) => `${p}选派${n}名优秀年轻干部到信访、征迁、乡村振兴一线蹲苗历练，在急难险重任务中识别干部、锤炼作风。`,
  (p) => `${p}针对基层反映强烈的“文山会海”“过度留痕”问题，精简会议文件，统筹督查检查考核事项，切实为基层减负松绑。`,
  (p, _x, n) => `截至目前，${p}共建成党群服务中心${n}个，开展志愿服务活动${n * 12}场次，服务群众${n * 150}人次。`,
  (_p, x) => `（${x}相关做法被省委组织部《组工信息》刊发推广。）`,
  (p, _x, n) => `${p}建立“党员+网格员+志愿者”联动队伍，划分网格${n}个，推动小事不出网格、大事不出社区。`,
  () => `在人才引进方面，出台《关于加强新时代人才工作的若干措施》，从住房保障、子女入学、科研启动资金等方面给予支持。`,
  (p, _x, n) => `2023年${n % 12 + 1}月，${p}召开党建工作领导小组会议，专题研究部署基层党组织标准化规范化建设工作。`,
];

/** A small deterministic generator so every run embeds the same passages. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `count` passages of 40–400 characters, the same for the same seed. */
export function bulletinPassages(count: number, seed = 7): string[] {
  const random = lcg(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const passages: string[] = [];
  while (passages.length < count) {
    // Skewed towards long passages, as items are mostly cut at the 400-character window.
    const target = 40 + Math.floor(Math.sqrt(random()) * 360);
    const place = pick(LOCALITIES);
    const practice = pick(PRACTICES);
    let text = '';
    while (text.length < target) text += pick(SENTENCES)(place, practice, 3 + Math.floor(random() * 300));
    passages.push(text.slice(0, 400));
  }
  return passages;
}
