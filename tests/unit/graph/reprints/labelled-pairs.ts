/**
 * Labelled pairs for the reprint rule, invented in the genre (no text from real bulletins): a
 * county's report and its copies as a 市外参考 section, a provincial 党建网 or a newspaper print
 * them, and near misses — the same template in another county, the same county on another
 * practice or in another year, template-built items of one county. Each side: place (region code
 * or mention), the practices it names, and body.
 */
export interface LabelledSide {
  regionCode: string | null;
  mention: string | null;
  /** Practices the extractor would find (curated or candidate names). */
  practices: string[];
  text: string;
}

export interface LabelledPair {
  name: string;
  reprint: boolean;
  a: LabelledSide;
  b: LabelledSide;
}

const qinghe = { regionCode: '990101', mention: '清河县' };
const baishan = { regionCode: '990102', mention: '柏山县' };
const lutang = { regionCode: '990201', mention: '芦塘区' };
const unresolved = { regionCode: null, mention: '城南区' };

const qingheBlocks =
  '今年以来，清河县坚持把党建引领作为破解城市基层治理难题的关键，在城区12个社区全面推行社区“大党委”制，' +
  '吸纳驻区机关、学校、医院、非公企业党组织46个担任兼职委员单位，推动组织共建、资源共享、难题共解。' +
  '建立“月议事、季评议、年述职”工作机制，每月召开一次联席会议，梳理居民需求清单、单位资源清单和共建项目清单，' +
  '目前已认领民生项目138个，解决老旧小区停车难、加装电梯等群众急难愁盼问题1.4万余件。' +
  '同时，推行“双报到”制度，组织在职党员2300余名到居住地社区报到，认领志愿服务岗位，参与楼栋管理和矛盾调解，' +
  '群众满意度提升到96.5%。下一步，该县将进一步完善考核激励机制，把共建成效纳入驻区单位党建述职评议内容。';

const baishanTemplate = qingheBlocks.replaceAll('清河县', '柏山县').replaceAll('该县', '该县');

const qinghePoints =
  '清河县围绕党员教育管理“最后一公里”，在全县农村党支部推行党员积分管理，制定“基本分+奖励分+扣减分”评分细则，' +
  '将参加组织生活、履行岗位承诺、志愿服务等12项内容量化计分，每季度公示一次，年底积分结果作为评先评优的重要依据。' +
  '今年以来，全县1.2万名农村党员参与积分管理，开展志愿服务3.6万人次，评选“红旗党员”420名，' +
  '对积分排名靠后的37名党员进行谈心谈话和帮扶教育，有效激发了党员干部干事创业的积极性。';

const qingheNextYear =
  '去年以来，清河县在社区“大党委”制基础上深化共建，今年将驻区单位党组织扩展到71个，' +
  '新建“红色议事厅”9个，围绕物业管理、垃圾分类等治理难点开展联合攻坚，推动共建项目由“单位点单”向“群众点单”转变，' +
  '全年办结群众诉求2.1万件，办结率达到98%，形成了一批可复制可推广的经验做法。' +
  '下一步，该县还将探索建立社区党建联盟，推动资源向基层倾斜、力量向一线集聚。';

const lutangGrid =
  '芦塘区以网格化管理为抓手，将全区划分为326个基础网格，每个网格配备1名专职网格员和若干名兼职网格员，' +
  '依托区级社会治理指挥中心，实行“网格发现、社区吹哨、部门报到”的闭环处置流程。' +
  '今年1至9月，全区网格员累计上报各类事件5.8万件，办结率达99.2%，矛盾纠纷就地化解率达到93%，' +
  '基层治理效能明显提升。该区还建立网格员星级评定制度，对表现突出的网格员优先推荐为社区“两委”后备力量。';

const lutangAnother =
  '芦塘区聚焦年轻干部成长，实施“墩苗计划”，选派45名年轻干部到信访、征迁、乡村振兴一线墩苗历练，' +
  '每人明确1名导师、1项攻坚任务，实行“月督查、季考评、年考核”，考核结果与评先评优、选拔任用挂钩。' +
  '两年来，已有12名表现突出的年轻干部得到提拔重用，一批敢担当、善作为的年轻干部脱颖而出。';

const cityUnknown =
  '城南区创新推行“单元长制”，在全区住宅小区选聘楼栋单元长1600余名，由退休党员、热心居民担任，' +
  '承担政策宣传、民情收集、邻里调解等职责，建立“单元长—楼栋长—网格长”三级联动机制，' +
  '今年以来收集居民意见建议3100余条，协调解决邻里纠纷860余起，打通了服务群众的“最后一米”。';

/** Drops every third sentence: an editor's shorter version. */
function abridged(text: string): string {
  return text
    .split('。')
    .filter((_, index) => index % 3 !== 2)
    .join('。');
}

/** One side of a pair: a place, its body and the practices it names. */
const at = (place: { regionCode: string | null; mention: string | null }, text: string, ...practices: string[]): LabelledSide => ({ ...place, text, practices });
const 大党委 = '社区大党委';

export const labelledPairs: LabelledPair[] = [
  // A 市外参考 reprint under its own headline, with the editor's source line.
  { name: 'reprint with an editor source line', reprint: true, a: at(qinghe, qingheBlocks, 大党委), b: at(qinghe, `${qingheBlocks}（来源：清河县委组织部）`, 大党委) },
  // A 党建网 copy: the opening rephrased, paragraphs rewrapped with spaces and full-width digits.
  {
    name: 'web copy with rewrapped lines and full-width digits',
    reprint: true,
    a: at(qinghe, qingheBlocks, 大党委),
    b: at(qinghe, qingheBlocks.replace('今年以来，', '【党建动态】 近年来 ').replaceAll('，', ' ， ').replace('46', '４６').replace('138', '１３８'), 大党委),
  },
  { name: 'abridged reprint', reprint: true, a: at(qinghe, qingheBlocks, 大党委), b: at(qinghe, abridged(qingheBlocks), 大党委) },
  { name: 'first half only', reprint: true, a: at(qinghe, qingheBlocks, 大党委, '双报到'), b: at(qinghe, qingheBlocks.slice(0, 160), 大党委) },
  {
    name: 'lightly edited newspaper copy',
    reprint: true,
    a: at(qinghe, qingheBlocks, 大党委),
    b: at(qinghe, qingheBlocks
      .replace('坚持把党建引领作为', '始终把党建引领作为')
      .replace('全面推行', '深入推行')
      .replace('群众满意度提升到96.5%', '居民群众满意度达96.5%')
      .replace('下一步，该县将', '据悉，下一步清河县将'), 大党委),
  },
  // A copy cut down to its results, where no practice is named any more: the text decides.
  { name: 'copy naming no practice', reprint: true, a: at(qinghe, qingheBlocks, 大党委), b: at(qinghe, qingheBlocks.slice(60, 260)) },
  { name: 'roundup entry copied with its place', reprint: true, a: at(lutang, lutangGrid, '网格化管理'), b: at(lutang, `芦塘区：${lutangGrid.slice(3)}`, '网格化管理') },
  { name: 'abridged roundup entry', reprint: true, a: at(lutang, lutangGrid, '网格化管理'), b: at(lutang, abridged(lutangGrid), '网格化管理') },
  { name: 'unresolved place, same mention', reprint: true, a: at(unresolved, cityUnknown, '单元长制'), b: at(unresolved, cityUnknown.replace('今年以来', '截至目前'), '单元长制') },
  { name: 'points scheme reprinted with a closing line', reprint: true, a: at(qinghe, qinghePoints, '党员积分管理'), b: at(qinghe, `${qinghePoints}（清河县委组织部供稿）`, '党员积分管理') },
  // Near misses.
  { name: 'same template, another county', reprint: false, a: at(qinghe, qingheBlocks, 大党委), b: at(baishan, baishanTemplate, 大党委) },
  { name: 'same county, another practice', reprint: false, a: at(qinghe, qingheBlocks, 大党委), b: at(qinghe, qinghePoints, '党员积分管理') },
  { name: 'same county and practice, another year', reprint: false, a: at(qinghe, qingheBlocks, 大党委), b: at(qinghe, qingheNextYear, 大党委) },
  { name: 'same district, another practice', reprint: false, a: at(lutang, lutangGrid, '网格化管理'), b: at(lutang, lutangAnother, '墩苗计划') },
  // One county's office writing two practices up from one template: most sentences shared.
  {
    name: 'one template, one county, two practices',
    reprint: false,
    a: at(qinghe, qingheBlocks, 大党委),
    b: at(qinghe, qingheBlocks.replaceAll('社区“大党委”制', '“红色物业”联盟').replace('担任兼职委员单位', '结对共建物业企业'), '红色物业'),
  },
  { name: 'unresolved place, another mention', reprint: false, a: at(unresolved, cityUnknown, '单元长制'), b: at({ regionCode: null, mention: '城北区' }, cityUnknown.replaceAll('城南区', '城北区'), '单元长制') },
  { name: 'no place at all', reprint: false, a: at({ regionCode: null, mention: null }, lutangGrid), b: at({ regionCode: null, mention: null }, lutangGrid) },
  { name: 'a headline-length body', reprint: false, a: at(qinghe, '清河县推行社区大党委制', 大党委), b: at(qinghe, '清河县推行社区大党委制。', 大党委) },
  {
    name: 'same county, same opening, another practice',
    reprint: false,
    a: at(qinghe, qingheBlocks, 大党委),
    b: at(qinghe, `${qingheBlocks.slice(0, 40)}${qinghePoints.slice(40)}`, 大党委),
  },
];
