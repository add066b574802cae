import { describe, expect, it } from 'vitest';
import { createPracticeMatcher } from '../../../../language/extract/practices.ts';
import { loadTaxonomy } from '../../../../language/knowledge/taxonomy.ts';

const matcher = createPracticeMatcher(loadTaxonomy());
const names = (title: string, text: string): string[] => matcher.match(title, text).map((match) => match.name);

describe('practice matcher', () => {
  it.each(['整顿软弱涣散基层党组织', '软弱涣散村党组织转化提升', '排查软弱涣散村', '软弱涣散基层党组织整顿'])(
    'maps %s to the rectification practice',
    (text) => {
      expect(matcher.match('', text)).toEqual([
        { name: '软弱涣散基层党组织整顿', category: '整顿提升', matched: expect.stringContaining('软弱涣散') as string },
      ]);
    },
  );

  it.each([
    ['单元长制度', '单元长制度'],
    ['“单元长”制度', '“单元长”制度'],
    ['推行单元长', '单元长'],
  ])('maps %s to 单元长制 with the text as written', (text, matched) => {
    expect(matcher.match('', text)).toEqual([{ name: '单元长制', category: '城市基层党建', matched }]);
  });

  it('reads 党群议事 (a day, room or council where members and residents deliberate) as 协商议事会, and taking study to members (送学上门, 送学下乡) as party-member training', () => {
    expect(names('松岭：党群议事 把居民的事议在小区', '每月5日为小区党群议事日，居民围坐一起商量停车难题。')[0]).toBe('协商议事会');
    expect(names('', '对年老体弱的党员采取送学上门方式，组织党校教师送学下乡。')).toContain('党员教育培训');
    // A party branch's own deliberation stays 党员议事会.
    expect(names('', '村党支部推行党员议事制度，重大事项先议后决。')).toEqual(['党员议事会']);
  });

  it('reads building service-oriented party organisations (服务型党组织, 基层服务型党组织建设) as its own practice', () => {
    expect(names('推进基层服务型党组织建设', '该县把服务群众、服务党员作为村党组织的主要任务。')[0]).toBe('服务型党组织建设');
    expect(names('', '各村党支部按照服务型党组织的要求，开设便民代办窗口。')).toContain('服务型党组织建设');
  });

  it('reads 书记抓、抓书记 and a secretary made first responsible for party building as the responsibility system', () => {
    expect(names('', '该县坚持书记抓、抓书记，压紧压实各级党组织书记第一责任人职责。')).toContain('党建工作责任制');
    expect(names('', '牢固树立不抓党建是失职的理念，推动抓书记、书记抓。')).toContain('党建工作责任制');
  });

  it('reads 升级晋档 (raising a village organisation a grade) as 基层党组织分类定级', () => {
    expect(names('', '结合村级党组织“升级晋档”活动，推动后进村提档升级。')).toContain('基层党组织分类定级');
  });

  it('reads training the party members and cadres of villages (村组党员干部培训) as party-member training', () => {
    expect(names('某县村组党员干部培训走进田间', '县委党校对两个村的40名村组党员干部进行为期2天的培训。')[0]).toBe('党员教育培训');
    expect(names('', '举办农村党员干部素质提升培训班3期。')).toContain('党员教育培训');
  });

  it('reads the party-building community of a city (城市基层党建共同体) as 区域化党建', () => {
    expect(names('某区创建城市基层党建共同体', '推动街道社区党建向城市基层党建转变，驻区单位与社区结成党建共同体。')).toContain('区域化党建');
  });

  it('reads a residential compound secretary named as a speaker as no cadre-team work, choosing or training such secretaries as it', () => {
    expect(names('', '“电梯修好了，大家都满意。”某小区党支部书记王某介绍，小区党支部组建了志愿服务队。')).not.toContain('小区党组织书记队伍建设');
    expect(names('', '该街道公开遴选小区党组织书记36名，并开展小区书记轮训。')).toContain('小区党组织书记队伍建设');
  });

  it('reads a round of mutual visits between towns (互看互学互比, “互看互学”活动) as 基层党建观摩', () => {
    expect(names('', '市委组织部开展第一轮互看互学互比活动，带领各乡镇党委书记实地考察，同时进行评比打分。')).toContain('基层党建观摩');
    expect(names('“互看互学”促提升', '各村党组织书记走进先进村，现场学习经验做法。')[0]).toBe('基层党建观摩');
  });

  it('reads choosing community secretaries written verb first (公开选拔5名社区书记, 面向社会遴选社区党组织书记) as 社区党组织书记队伍建设', () => {
    expect(names('', '今年该区面向社会公开选拔8名社区书记，报名人员须在社区工作满3年。')).toContain('社区党组织书记队伍建设');
    expect(names('', '街道面向全区遴选社区党组织书记，经考察后任职。')).toContain('社区党组织书记队伍建设');
    // A community secretary doing something else is no selection of secretaries.
    expect(names('', '社区书记带领网格员走访独居老人。')).not.toContain('社区党组织书记队伍建设');
  });

  it('reads 青年干部 (young cadres, as streets and towns often write) as 年轻干部培养', () => {
    expect(names('“青苗”青年干部训练营开班', '街道30余名青年干部参加首期训练营，分组开展课题研究。')[0]).toBe('年轻干部培养');
    expect(names('', '建立机关青年干部“导师帮带”制度，每名青年干部配备1名导师。')).toContain('年轻干部培养');
  });

  it('reads the genre\'s everyday names of five practices: 党员示范户, 党建第一责任人, 支部书记培训, 共建协议, 考察党建工作', () => {
    expect(names('', '在农村开展党员示范户评选活动，每年命名一批。')).toContain('党员示范户挂牌');
    expect(names('', '各镇党委书记要认真履行党建工作第一责任人责任。')).toContain('党建工作责任制');
    expect(names('', '对全区86个网格党支部书记进行集中培训。')).toContain('基层党组织书记培训');
    expect(names('', '该区与松溪区签订组织工作合作共建协议。')).toContain('党组织结对共建');
    expect(names('', '县委组织部一行来我区考察社区基层党建工作。')).toContain('基层党建观摩');
    // A training of members, a plain agreement, a visit to see industry name none of them.
    expect(names('', '对全镇党员进行集中培训。')).not.toContain('基层党组织书记培训');
    expect(names('', '双方签订招商引资协议。')).not.toContain('党组织结对共建');
    expect(names('', '考察组实地考察了产业园区。')).not.toContain('基层党建观摩');
  });

  it('reads six frontier and rural expressions: 善治, 住村工作队, 主题宣讲, 巩固脱贫攻坚成果, 结对观摩, and 嘎查村 as plain villages', () => {
    expect(names('“三个聚力”构建党建引领乡村善治新格局', '')).toContain('党建引领基层治理');
    expect(names('', '说起住村工作队，村民们连连称赞。')).toContain('访惠聚');
    expect(names('', '全旗开展“感党恩、跟党走”主题宣讲会。')).toContain('理论宣讲');
    expect(names('', '为巩固脱贫攻坚成果，镇里组织包村干部入户走访。')).toContain('防返贫动态监测帮扶');
    expect(names('', '两县开展结对观摩，走村观摩产业基地。')).toContain('基层党建观摩');
    // 嘎查村 is how a banner writes all its villages: choosing their secretaries is no pastoral party building.
    expect(names('', '推选13名人才进入嘎查村党组织书记队伍。')).not.toContain('牧区党建');
    expect(names('', '该嘎查建有党支部1个，党员31人。')).not.toContain('牧区党建');
    expect(names('', '加强嘎查党组织建设，开展马背党课。')).toContain('牧区党建');
    // Staying in the village (吃住在村) and a plain 宣讲会 name none of them.
    expect(names('', '干部吃住在村，与群众同劳动。')).not.toContain('访惠聚');
  });

  it('reads party building set as the engine of rural revitalization in one sentence (以党建为引领，…，绘就乡村振兴新画卷; 党建是乡村振兴的“红色引擎”) as 抓党建促乡村振兴', () => {
    expect(names('', '白石镇以党建为引领，打破村组壁垒，通过组织融建、产业融兴三维发力，绘就乡村振兴新画卷。')).toContain('抓党建促乡村振兴');
    expect(names('', '党建是乡村振兴的“红色引擎”，县委将该村纳入重点项目库。')).toContain('抓党建促乡村振兴');
    // Party building leading something else, or the two in different sentences, is not it.
    expect(names('', '以党建为引领，推动社区治理提质增效。')).not.toContain('抓党建促乡村振兴');
    expect(names('', '该镇以党建为引领。乡村振兴取得新成效。')).not.toContain('抓党建促乡村振兴');
  });

  it('reads a flourish (共绘美丽乡村新画卷) as no 人居环境 work, and a meeting announcing 干部任免 decisions as 干部选拔任用', () => {
    expect(names('党建引领 共绘民族地区美丽乡村新画卷', '')).not.toContain('农村人居环境整治');
    expect(names('', '推进美丽乡村建设，整治村庄环境。')).toContain('农村人居环境整治');
    expect(names('', '召开全旗处级以上领导干部会议，宣布干部任免职决定。')).toContain('干部选拔任用');
    expect(names('', '会议宣读了干部任免文件。')).toContain('干部选拔任用');
  });

  it('reads organising retired cadres to take part or putting their role to use (组织离退休干部参加…, 发挥老同志的“银发热能”作用) as 离退休干部党建', () => {
    expect(names('', '机关党委组织离退休干部参加宣讲慰问活动，深入基层一线开展宣讲交流。')).toContain('离退休干部党建');
    expect(names('', '有效凝聚和充分发挥老同志的“银发热能”作用。')).toContain('离退休干部党建');
    // Visiting retired cadres, or their pensions, are no party building among them.
    expect(names('', '春节前走访慰问离退休干部，送上节日祝福。')).not.toContain('离退休干部党建');
    expect(names('', '按时足额发放离退休干部待遇。')).not.toContain('离退休干部党建');
  });

  it('reads merging small villages (合并行政村, 行政村从N个减少到M个…参与合并) as 村级组织建制调整', () => {
    expect(names('小村并大村 班子强起来', '该县推进行政村改革，合并行政村42个，全县行政村从210个减少到168个。')[0]).toBe('村级组织建制调整');
    expect(names('', '镇党委撤并小村5个，村级规模明显扩大。')).toContain('村级组织建制调整');
    expect(names('', '合并村民小组意见征集会召开。')).not.toContain('村级组织建制调整');
  });

  it('reads clearing the names of falsely accused cadres (澄清正名) as its own practice, apart from 容错纠错', () => {
    expect(names('松岭县：为受诬告干部澄清正名', '县纪委监委对3起不实举报进行核查，召开澄清会为干部消除负面影响。')[0]).toBe('澄清正名');
    expect(names('', '对失实信访举报及时予以澄清，让干部放下包袱。')).toContain('澄清正名');
    expect(names('', '建立容错纠错机制，宽容干部在改革中的失误。')).not.toContain('澄清正名');
  });

  it('reads a village writing its collective wealth as 村级经济 or 村级集体资产 as 村级集体经济', () => {
    expect(names('城郊村的致富路', '该村在村级经济发展中发挥党支部作用，去年村级集体总资产达5000万元。')[0]).toBe('村级集体经济');
    expect(names('', '村级经济实力不断增强，年纯收入200万元。')).toContain('村级集体经济');
  });

  it('reads 选派/安排 N名机关干部到村任职 (a count between the verb and the cadres) as 机关干部下派到村任职', () => {
    expect(names('', '镇党委选派12名国家干部到村任党支部书记，安排30名机关干部到村任职。')).toContain('机关干部下派到村任职');
    expect(names('', '从县直单位选派15名优秀干部到村任第一书记。')).not.toContain('机关干部下派到村任职');
  });

  it('reads star-rating of village organisations written 星级化 (以村级组织“星级化”创建为统领) as 评星定级', () => {
    expect(names('', '以村级组织 “星级化” 创建为统领，推动农村党组织晋位升级。')).toContain('评星定级');
    expect(names('', '推行党组织星级化管理，年底评定五星支部3个。')).toContain('评星定级');
    expect(names('', '对全镇党员实行星级化管理。')).not.toContain('评星定级');
  });

  it('reads party-member 义工 (volunteers, as southern reports say) as party-member volunteer service', () => {
    const found = matcher.match('松岭县推动志愿服务常态化', '建立党员义工登记制、培训制，全县党员义工2000余人，党员义工带头走进社区。').map((match) => match.name);
    expect(found[0]).toBe('党员志愿服务');
  });

  it('reads 党建+ joined to a trade (党建+乡村旅游, 党建+电商) as party building leading industry', () => {
    expect(matcher.match('', '探索“党建+乡村旅游”模式，培育农家乐12处。').map((match) => match.name)).toContain('党建引领产业发展');
    expect(matcher.match('', '推行“党建+电商”，建成村级电商服务站8个。').map((match) => match.name)).toContain('党建引领产业发展');
    expect(matcher.match('', '推行“党建+网格”，划分网格36个。').map((match) => match.name)).not.toContain('党建引领产业发展');
  });

  it('reads the N-level secretaries answering for Party building as the responsibility system, not the rural drive', () => {
    const found = matcher.match('', '全面落实市县乡村四级书记抓党建责任制，压实各级书记第一责任人职责。').map((match) => match.name);
    expect(found).toContain('党建工作责任制');
    expect(found).not.toContain('五级书记抓乡村振兴');
    expect(matcher.match('', '落实五级书记抓乡村振兴要求，县委书记带头蹲点。').map((match) => match.name)).toContain('五级书记抓乡村振兴');
  });

  it('reads a fixed monthly day of Party activity by its other names (党建活动日, 集中活动日) as 主题党日', () => {
    expect(matcher.match('', '实行嘎查村集中活动日制度，每月确定一个固定日为集中活动日，即党建活动日。').map((match) => match.name)[0]).toBe('主题党日');
    expect(matcher.match('', '每月5日为党员活动日，组织党员学习政策、开展志愿服务。').map((match) => match.name)).toContain('主题党日');
  });

  it('reads assessment written verb first (考核村干部) as village-cadre assessment', () => {
    expect(matcher.match('', '县委出台办法，把阵地建设作为考核村干部的一项底线工作，按比例扣除绩效工资。').map((match) => match.name)).toContain('村干部考核管理');
  });

  it('reads a report opening on Party building as its lead (坚持党建引领，…; 以党建为引领，…) as leading the work its sentence names next', () => {
    expect(matcher.match('', '近年来，某街道始终坚持党建引领，不断探索提升基层治理能效。').map((match) => match.name)).toContain('党建引领基层治理');
    expect(matcher.match('', '近年来，某县以党建为引领，坚定不移把脱贫攻坚作为首要任务。').map((match) => match.name)).toContain('抓党建促脱贫');
    expect(matcher.match('', '某县坚持党建引领。全县脱贫攻坚取得决定性成效。').map((match) => match.name)).not.toContain('抓党建促脱贫');
  });

  it('reads Party building helping or driving rural revitalisation, however worded, as 抓党建促乡村振兴', () => {
    for (const text of ['以党建为统领 助力乡村振兴', '打好“党建+”组合拳助力乡村振兴', '充分发挥党组织在乡村振兴中的“头雁引领”功能']) {
      expect(matcher.match('', text).map((match) => match.name), text).toContain('抓党建促乡村振兴');
    }
    expect(matcher.match('', '党建工作扎实推进，乡村振兴取得新进展。').map((match) => match.name)).not.toContain('抓党建促乡村振兴');
    // Party building merged with, the engine of, or helping along rural revitalisation further on in its clause.
    for (const text of ['该县把党建与乡村振兴、基层治理深度融合', '着力打造乡村振兴的“党建引擎”', '以高质量党建助推高质量脱贫摘帽和乡村振兴']) {
      expect(matcher.match('', text).map((match) => match.name), text).toContain('抓党建促乡村振兴');
    }
    expect(matcher.match('', '抓好党建，乡村振兴工作同步推进。').map((match) => match.name)).not.toContain('抓党建促乡村振兴');
    // The five revitalisations (产业、人才、文化、生态、组织) are the drive itself, whichever the report leads with.
    expect(matcher.match('', '发挥党委协调各方优势，率先推动示范区乡村五大振兴取得新突破。').map((match) => match.name)).toContain('抓党建促乡村振兴');
  });

  it('reads party members taken through enterprise or skills training as party-member training', () => {
    expect(matcher.match('', '示范村又迎来180名党员，开始创业创新培训。').map((match) => match.name)).toContain('党员教育培训');
    expect(matcher.match('', '举办农牧民党员技能培训班3期。').map((match) => match.name)).toContain('党员教育培训');
    expect(matcher.match('', '党员带头创业，带动群众参加技能培训。').map((match) => match.name)).not.toContain('党员教育培训');
  });

  it('reads the Party organisation as the fighting fortress on the road out of poverty as 抓党建促脱贫', () => {
    expect(matcher.match('', '脱贫路上，党组织是战斗堡垒，党支部书记是领头雁。').map((match) => match.name)).toContain('抓党建促脱贫');
    expect(matcher.match('', '村党组织带领群众脱贫致富。').map((match) => match.name)).toContain('抓党建促脱贫');
    expect(matcher.match('', '全县脱贫攻坚取得决定性胜利。村党组织换届顺利完成。').map((match) => match.name)).not.toContain('抓党建促脱贫');
  });

  it('does not lead with a practice named only in a campaign column\'s banner before the headline\'s bar', () => {
    const title = '奋斗百年路 启航新征程·学党史 悟思想 办实事 开新局丨江北松岭“三长”联动：给社区“减负”';
    const text = '松岭市在全市社区建立网格长、楼栋长、单元长“三长”联动机制，单元长报告应急事件，楼栋长反馈社情民意。';
    const found = names(title, text);
    expect(found[0]).toBe('社区减负');
    expect(found.indexOf('单元长制')).toBeLessThan(found.indexOf('党史学习教育'));
    expect(names('松岭丨推行单元长制', '社区推行单元长制，楼栋长反馈社情民意。')[0]).toBe('单元长制');
  });

  it('lists title hits first, each group by how often the text names them, without duplicates', () => {
    const title = '松岭区：深化“街乡吹哨、部门报到” 推行单元长制';
    const text = '建立社区大党委，推行单元长制度；落实三会一课，社区大党委每月召开联席会。';
    expect(names(title, text)).toEqual(['单元长制', '街乡吹哨部门报到', '社区大党委', '三会一课']);
  });

  it('puts the practice a report keeps returning to before one it names in passing', () => {
    const text = '全镇流动党员纳入管理。柳溪社区组建片区大党委，大党委成员单位认领项目，大党委每季度召开联席会。';
    expect(names('', text)).toEqual(['社区大党委', '流动党员管理']);
  });

  it('counts one phrase that two spellings of a practice both hit (擂台大比武: 擂台, 比武) as one mention', () => {
    const text = '某镇举办产业项目擂台大比武活动，推行村企联建，全镇新增村企联建项目12个。';
    expect(names('', text)).toEqual(['村企联建', '擂台比武']);
    // Named twice apart, it is named twice.
    expect(names('', '某镇举办擂台赛，推行村企联建，年底再办擂台赛。')[0]).toBe('擂台比武');
  });

  it('puts first the practice a "this is a measure of…" sentence (这是该区加强…的举措之一) says the work serves, after the headline\'s', () => {
    const text = '日前，某区组织30名大学生村官赴红色教育基地开展党性教育培训，大学生村官们参观了纪念馆。这是该区加强年轻干部培养的举措之一。';
    expect(names('', text).slice(0, 2)).toEqual(['年轻干部培养', '大学生村官']);
    expect(names('', text.replace('的举措之一', '的具体举措'))[0]).toBe('年轻干部培养');
    // A headline naming the work still leads.
    expect(names('某区大学生村官赴红色教育基地培训', text)[0]).toBe('大学生村官');
    // Elsewhere in the text, the same practice is ranked by its mentions.
    expect(names('', '某区组织大学生村官培训，大学生村官参观了纪念馆，区里重视年轻干部培养。')[0]).toBe('大学生村官');
  });

  it('ranks a practice a headline reports only as a rate (…党组织覆盖率100%) with the text\'s: a measure of the work, not the work', () => {
    const text = '某市坚持以党建为统领，推动非公企业党建工作同步发展。全市将非公企业党建纳入考核，选派党建工作指导员200名。';
    expect(names('纳入统计的对象党组织覆盖率100%', text)[0]).toBe('非公企业党建');
    expect(names('某市党组织覆盖率达到100%', text)[0]).toBe('非公企业党建');
    // Named as the work, it leads.
    expect(names('某市扩大党组织覆盖', text)[0]).toBe('党的组织和工作覆盖');
  });

  it('breaks a tie in mentions, in an item printed without a headline, for the practice its lead sentence names', () => {
    const text = '近日，某县举行党组织领办合作社分红大会。全县村集体经济收入增长，新增村集体经济项目5个，党组织领办合作社吸纳社员2000人。';
    const reportedOn = new Map([['村级集体经济', 2]]);
    const first = (title: string): string | undefined => matcher.match(title, text, reportedOn)[0]?.name;
    expect(first('近日')).toBe('党组织领办合作社');
    // Under a headline of its own, the numbers settle the tie as before.
    expect(first('某县合作社分红见闻')).toBe('村级集体经济');
  });

  it('keeps the earlier of two practices named as often', () => {
    expect(names('', '落实三会一课，推行单元长制。')).toEqual(['三会一课', '单元长制']);
  });

  it('matches across PDF spaces and reports the text without them', () => {
    expect(matcher.match('', '加强乡镇组织员 队伍 建设')).toEqual([
      { name: '组织员队伍建设', category: '干部队伍建设', matched: '组织员队伍建设' },
    ]);
  });

  it('matches traditional characters and reports them as written', () => {
    expect(matcher.match('', '推行黨員積分制管理')).toEqual([
      { name: '党员积分制管理', category: '党员教育管理', matched: '黨員積分制管理' },
    ]);
  });

  it('lets a longer hit of one practice absorb a shorter one inside it', () => {
    expect(names('', '选派小区党组织书记42名')).toEqual(['小区党组织书记队伍建设']);
  });

  it('finds nothing in text without practices', () => {
    expect(matcher.match('会议纪要', '今天天气晴朗，气温适宜。')).toEqual([]);
  });

  it('names the practice a clause belongs to', () => {
    expect(matcher.practiceOfClause('推动5个软弱涣散基层党组织转化升级')).toBe('软弱涣散基层党组织整顿');
    expect(matcher.practiceOfClause('1633名在职党员向社区报到')).toBe('在职党员到社区报到');
    expect(matcher.practiceOfClause('全年接待群众120人次')).toBeNull();
  });

  it('recognises a name covered entirely by one practice', () => {
    expect(matcher.practiceNamed('“大党委”')?.name).toBe('社区大党委');
    expect(matcher.practiceNamed('红领工作站')).toBeNull();
  });

  it.each([
    ['推行村党组织书记、村委会主任“一肩挑”', '一肩挑'],
    ['实现书记主任“一肩挑”的村占比达九成', '一肩挑'],
    ['全部实现书记、主任一人兼', '书记、主任一人兼'],
    ['村黨組織書記、村委會主任「一肩挑」比例大幅提高', '「一肩挑」'],
  ])('reads 一肩挑 as written in %s', (text, matched) => {
    const found = matcher.match('', text).find((match) => match.name === '一肩挑');
    expect(found?.matched).toContain(matched);
  });

  it.each([
    ['全县村(社区)“两委”集中换届圆满完成', '两委换届'],
    ['镇党委换届和乡镇人大换届同步推进', '乡镇党委换届'],
    ['嘎查村集体经济收入全部达到10万元以上', '村级集体经济'],
    ['青年党员在“小个专”中发挥作用', '小个专党建'],
    ['开展村党组织评星定级，评出五星支部12个', '评星定级'],
    ['面向社会公开遴选村党组织书记30名', '公开遴选村党组织书记'],
    ['骑手、快递员等新就业群体纳入社区服务', '新就业群体党建'],
    ['在两新组织中实现了党的组织和工作“两覆盖”', '党的组织和工作覆盖'],
    ['多措并举扩大了党组织的覆盖面', '党的组织和工作覆盖'],
    ['全面开展软乡弱村集中整顿', '软弱涣散基层党组织整顿'],
    ['村支部领办全乡第一家果蔬专业合作社', '党组织领办合作社'],
    ['推行党社联建，各村组建党员合作社', '党组织领办合作社'],
    ['动员机关在职党员到居住地所在(城区各街道)社区报到', '在职党员到社区报到'],
    ['今年新建村(社区)综合服务中心20个', '村级组织活动场所建设'],
    ['镇党委坚持党建引领全镇乡村发展', '抓党建促乡村振兴'],
  ])('finds the general practice in %s', (text, name) => {
    expect(names('', text)).toContain(name);
  });

  it('does not let a pattern gap reach across a full stop or comma', () => {
    expect(names('', '小区道路硬化。党支部组织党员清扫')).not.toContain('支部建在小区');
    expect(names('', '建立小区党支部')).toContain('支部建在小区');
  });

  it('puts what the headline is about first', () => {
    const title = '某县：公开遴选村党组织书记 建强“头雁”队伍';
    const text = '为推进乡村振兴，县委组织部开展擂台比武，并落实三会一课。';
    expect(names(title, text).slice(0, 2)).toEqual(['公开遴选村党组织书记', '头雁工程']);
  });

  it('ranks a practice the headline names only as the end it serves with the text, not first', () => {
    // 为进一步…/…助推…: the purpose clause names the goal; the text is about the measure.
    const text = '某县推行党支部领办合作社，全县党支部领办合作社达40家，带动村集体经济增收。';
    expect(names('为进一步壮大村级集体经济', text)[0]).toBe('党组织领办合作社');
    expect(names('某县：严格干部考核评价 助推干部担当作为', '某县完善干部考核评价办法，激励干部担当作为。')[0]).toBe('干部考核评价');
    expect(names('某县完善考核办法助推干部担当作为', '某县完善干部考核评价办法，干部考核评价结果与选拔任用挂钩。')[0]).toBe('干部考核评价');
  });

  it('ranks a campaign named as the frame of the work (在开展…学习教育中，…) after the work, also in a first-clause title', () => {
    const text = '在开展党史学习教育中，某县推行党员积分制管理，把党史学习教育成效体现在积分上。';
    expect(names('', text)[0]).toBe('党员积分制管理');
    expect(names('在开展党史学习教育中', '某县推行党员积分制管理，把党史学习教育成效体现在积分上。')[0]).toBe('党员积分制管理');
    // 在…工作中 frames the report's own work: it still counts.
    expect(names('', '在两委换届工作中，某县实行领导包联，两委换届一次选举成功率达100%。')[0]).toBe('两委换届');
  });

  it.each([
    ['某县争创“五好”党组织，全县深入开展创先争优活动。', '创先争优活动'],
    ['某镇以党的群众路线教育实践活动为契机，为民办实事86件。', '党的群众路线教育实践活动'],
    ['某县把“三严三实”要求贯穿干部管理全过程。', '三严三实专题教育'],
    ['某县在基层组织建设年活动中整顿后进村党组织12个。', '基层组织建设年'],
  ])('reads the campaign of an older report: %s', (text, name) => {
    expect(names('', text)).toContain(name);
  });

  it('reads 选任 with the kind of secretary between (选任“产业带动型”村党组织书记) as choosing village secretaries', () => {
    const text = '一是选任“产业带动型”村党组织书记。二是选任“经营管理型”村党组织书记，充实村党组织书记队伍。';
    expect(names('某县突出三个重点推动农村基层组织建设', text)[0]).toBe('村党组织书记选配');
  });

  it('reads 联合党组织 as a joint branch, as 联合支部 is', () => {
    expect(names('', '某旗引导苏木、嘎查、驻地企业等基层党组织创建联合党组织，整合各方资源。')).toContain('联合党支部');
  });

  it('reads 村室 (a village\'s activity rooms as northern reports write them) as the village venue', () => {
    const text = '县委组织部长到某乡调研整顿软弱涣散基层党组织工作，要求村室建设要加快进度，把村室建设打造成样板工程。';
    expect(names('', text)[0]).toBe('村级组织活动场所建设');
  });

  it('still puts a practice the headline names as the work first', () => {
    expect(names('某县推行党支部领办合作社', '某县壮大村级集体经济，村级集体经济收入增长，村级集体经济薄弱村清零。')[0]).toBe('党组织领办合作社');
  });

  it('breaks a tie in mentions for the practice the numbers report on', () => {
    const text = '某县以村级集体经济为抓手，全县村党支部领办合作社32家。';
    expect(names('', text)[0]).toBe('村级集体经济');
    const reportedOn = new Map([['党组织领办合作社', 1]]);
    expect(matcher.match('', text, reportedOn).map((match) => match.name)[0]).toBe('党组织领办合作社');
    // more mentions still win, and the headline still comes first
    expect(matcher.match('', `${text}村级集体经济收入增长。`, reportedOn).map((match) => match.name)[0]).toBe('村级集体经济');
    expect(matcher.match('某县壮大村级集体经济', text, reportedOn).map((match) => match.name)[0]).toBe('村级集体经济');
  });

  it('does not read a membership breakdown (…女党员N名、少数民族党员N名) as training minority cadres, but reads their recruitment', () => {
    const census = '全县共有基层党组织1260个、党员3.2万名，其中女党员8000名、少数民族党员2100名、35岁以下党员5600名。';
    expect(names('', census)).not.toContain('少数民族干部培养');
    expect(names('', '注重在农牧民中发展少数民族党员，今年发展32名。')).toContain('少数民族干部培养');
  });

  it('reads a class for cadres and others together (干部和人才培训班, 干部及党员轮训) as cadre training, first', () => {
    expect(names('全县机关干部和人才培训班开班', '32名学员将参加为期一个月的集中学习。')[0]).toBe('干部教育培训');
    expect(names('', '举办村干部及党员轮训班4期。')).toContain('干部教育培训');
  });

  it('ranks the head of a headline compound first (青年干部培训班 is a training class), its modifier after it', () => {
    const text = '全区35岁以下青年干部共60人参加培训。青年干部是事业发展的生力军，要把青年干部放到基层一线锻炼。';
    expect(names('全区第五期青年干部培训班开班', text).slice(0, 2)).toEqual(['干部教育培训', '年轻干部培养']);
    expect(names('全区青年干部座谈会召开', text)[0]).toBe('年轻干部培养');
  });

  it('reads 外出务工党员 as mobile members and 北疆党建长廊 as frontier Party building', () => {
    expect(names('', '某县对全县外出务工党员逐人登记建卡，外出党员每月与支部联系一次。')).toEqual(['流动党员管理']);
    expect(names('', '某旗扎实推进北疆基层党建长廊建设。')).toEqual(['边疆党建']);
  });

  it('reads the genre\'s plain phrasings: 党员包户, 表彰…基层党组织, 重点楼宇, a secretaries\' 大学堂 and 下沉党员', () => {
    expect(names('', '推行“乡镇干部包村、党员包农户”机制，每名党员包3户。')).toContain('党员联系户');
    expect(names('', '全市基层党建工作会议表彰了50个农村基层党组织。')).toContain('先进基层党组织选树');
    expect(names('', '在各街道试点成立楼宇联合党委，覆盖12幢重点楼宇。')).toContain('商圈楼宇党建');
    expect(names('', '全市村党组织书记“振兴学堂”第二期在青禾县开班。')).toContain('基层党组织书记培训');
    expect(names('', '该区将下沉党员编入网格，参与小区治理。')).toContain('在职党员到社区报到');
    // The words alone, in other senses, are not the practices.
    expect(names('', '该楼宇物业费标准由业主大会确定。')).not.toContain('商圈楼宇党建');
    expect(names('', '大会表彰了一批优秀共产党员。')).not.toContain('先进基层党组织选树');
  });

  it('reads 党务干部 as the cadre-team practice only where the team is built, not where they merely travel', () => {
    expect(names('松岭县组织党务干部赴青禾县学习标准化建设', '考察团参观了东塘村党群服务中心。')).not.toContain('组织干事队伍建设');
    expect(names('', '各乡镇选优配强党务干部，开展党务干部培训。')).toContain('组织干事队伍建设');
  });

  it('reads a 小网格 headline (以小网格撬动大治理) as grid management, as 微网格 is', () => {
    expect(names('石桥镇：“小网格”撬动基层治理“大格局”', '全镇构建四级联动模式，整合视频监控112路。')[0]).toBe('网格化管理');
  });

  it('reads the genre’s other names of curated practices: 讲习所, 党建述职, 达标创星, 智慧党务, 五级集中换届', () => {
    expect(names('青禾市实现“新时代讲习所”全覆盖', '全市建成讲习所120个，讲习员达到900人。')[0]).toBe('理论宣讲');
    expect(names('', '去年党建述职反馈的3项问题已整改到位。')).toContain('述职评议考核');
    expect(names('', '全面推行党支部“达标创星”动态管理。')).toContain('评星定级');
    expect(names('', '依托“红岩先锋”智慧党务平台，线上交纳党费。')).toContain('智慧党建');
    expect(names('', '圆满完成五级集中换届，各级班子结构明显优化。')).toContain('地方领导班子换届');
  });

  it('does not read a rank title before a person (正科级组织员王某) as the 组织员 team practice', () => {
    expect(names('', '县委组织部副部长、正科级组织员王立新出席并为支部授牌。')).not.toContain('组织员队伍建设');
    expect(names('', '为每个乡镇配备1名专职组织员，加强组织员队伍建设。')).toContain('组织员队伍建设');
    expect(names('', '镇党委组织委员兼任组织员，负责发展党员工作。')).toContain('组织员队伍建设');
  });

  it('reads a 村级区域党委 across villages as the joint village committee, and 以党建为引领…基层治理 as Party-led governance', () => {
    expect(names('青禾县探索设立村级区域党委', '按照地域相邻、产业相近的原则，组建村级区域党委12个。')[0]).toBe('强村带弱村联建');
    expect(names('', '近年来，松岭县坚持以党建为引领，创新“三联三治”基层治理机制。')).toContain('党建引领基层治理');
    expect(names('', '以党建为引领带动产业发展，全县建成合作社36家。')).not.toContain('党建引领基层治理');
  });

  it('reads the frontier written with its region between (边疆民族地区党建, 边疆特色党建, 边境地区基层党建) as frontier Party building', () => {
    expect(names('', '某县深入贯彻关于边疆民族地区党建工作的重要论述。')).toContain('边疆党建');
    expect(names('', '以“国门堡垒”边疆特色党建示范工程为载体。')).toContain('边疆党建');
    expect(names('', '有效提升边境地区基层党建工作质量。')).toContain('边疆党建');
    // Far apart, the words belong to other clauses.
    expect(names('', '边境贸易持续增长，各村加强党建阵地建设。')).not.toContain('边疆党建');
  });

  it('reads a joint committee of villages named 农村基层党组织联合体 as the joint village committee, not a city\'s Party-building alliance', () => {
    expect(names('', '近年来，青禾市委将建设农村基层党组织联合体作为推动农村工作的重要举措。')[0]).toBe('强村带弱村联建');
    expect(names('', '五个村组建村级党组织联合体，共建蔬菜基地。')).toContain('强村带弱村联建');
    expect(names('', '街道牵头成立党建联合体，辖区单位轮值。')).not.toContain('强村带弱村联建');
  });

  it('reads a branch set up on a grid (在每个网格设立党支部或党小组) as a grid branch, and Party work covering a field effectively (党的工作有效覆盖) as coverage', () => {
    expect(names('', '以楼宇为单元划分微网格，在每个网格设立党支部或党小组。')).toContain('网格党支部');
    expect(names('', '在网格设立便民服务站。')).not.toContain('网格党支部');
    expect(names('', '将党的工作有效覆盖到商务楼宇。')).toContain('党的组织和工作覆盖');
  });

  it('reads forces or resources sent down (力量下沉一线, 资源下沉基层) as no cadres sent down, cadres sent down as it', () => {
    expect(names('', '动员金融、科技、文化等力量下沉一线，推动资源下沉基层。')).not.toContain('干部下沉一线');
    expect(names('', '组织机关党员下沉一线，帮助群众解决难题。')).toContain('干部下沉一线');
    expect(names('', '全县120名机关干部下沉社区。')).toContain('干部下沉一线');
  });

  it('matches through the anchor index exactly as a full scan would', () => {
    const text = '推进楼宇党建、商圈党委和园区党组织全覆盖，组建行业党委，开展院坝会和坝坝会。';
    expect(names('', text)).toEqual(['商圈楼宇党建', '院坝协商', '党的组织和工作覆盖', '行业党委']);
  });
});
