/**
 * The readings a careful reader uses when the headline does not name the place: towns imply
 * counties, the source line names the place the body calls 我县, a province reports as a whole,
 * issuers are not subjects, official short forms. Fixtures are invented items in the genre.
 */
import { describe, expect, it } from 'vitest';
import { resolveTitle } from './fixtures.ts';

describe('region readings: towns imply counties', () => {
  it('takes the county of a town named alone in the headline', () => {
    const result = resolveTitle('汇口镇建起“村民说事”议事长廊', { text: '近日，汇口镇各村“村民说事”议事长廊全部建成投用。' });
    expect(result.region?.path).toEqual(['安徽省', '安庆市', '宿松县']);
    expect(result.subRegion?.name).toBe('汇口镇');
    expect(result.evidence).toBe('town');
  });

  it('takes a town heading its headline with what it does (X镇举办…) as the sub-region of its county', () => {
    const text = '6月28日，汇口镇举办“两优一先”表彰大会，宿松县委组织部有关负责同志出席。';
    const result = resolveTitle('汇口镇举办“两优一先”表彰暨党建文化广场启用仪式', { text });
    expect(result.region?.path).toEqual(['安徽省', '安庆市', '宿松县']);
    expect(result.subRegion?.name).toBe('汇口镇');
  });

  it('does not read a bare word that names a township without 镇/乡/街道 as a town (永兴 among communities)', () => {
    const text = '调研组先后深入东门、永兴、溪口、莲塘等社区，实地察看社区办公场所，听取党建工作汇报。';
    expect(resolveTitle('市委组织部来我区调研社区党建', { text }).region).toBeNull();
  });

  it('does not read the bare word 街道 as a town (乡镇(街道)相关人员 before the towns visited)', () => {
    const text = '6月5日，市委组织部带领12个乡镇（街道）组织委员，先后观摩了好花红镇3个村的党群服务中心。';
    const result = resolveTitle('基层党建互看互学活动举行', { text });
    expect(result.region?.path).toEqual(['贵州省', '黔南布依族苗族自治州', '惠水县']);
    expect(result.evidence).toBe('town');
  });

  it('settles two shared town names by the one county that holds both', () => {
    const text = '5月6日，宋庄镇组织各村党支部书记前往潞城镇，观摩学习村级集体经济发展经验。';
    expect(resolveTitle('镇村书记外出“取经”', { text }).region?.path).toEqual(['北京市', '通州区']);
    expect(resolveTitle('宋庄镇：赴潞城镇开展支部联建', { text }).region?.path).toEqual(['北京市', '通州区']);
  });

  it('does not read a town in the tail of a longer name after 东/西/南/北 (东汇口镇 is not 汇口镇)', () => {
    const text = '东汇口镇平安村党支部书记高兴地说：“村里的合作社办起来了，村民都有活干。”';
    expect(resolveTitle('合作社办起来了', { text }).region).toBeNull();
    expect(resolveTitle('合作社办起来了', { text: text.replace('东汇口镇', '汇口镇') }).region?.path).toEqual(['安徽省', '安庆市', '宿松县']);
  });

  it('takes the county of a town the body opens on', () => {
    const result = resolveTitle('“积分超市”激发村民参与热情', { text: '今年以来，好花红镇在各村推行“积分超市”，兑换物品2000余件。' });
    expect(result.region?.path).toEqual(['贵州省', '黔南布依族苗族自治州', '惠水县']);
    expect(result.evidence).toBe('town');
  });

  it('takes the county of a town named right under its city (安庆汇口镇)', () => {
    const result = resolveTitle('安庆汇口镇某村党群服务中心建成', { text: '近日，汇口镇某村党群服务中心举行揭牌仪式。' });
    expect(result.region?.path).toEqual(['安徽省', '安庆市', '宿松县']);
    expect(result.subRegion?.name).toBe('汇口镇');
  });

  it('takes the county of a town named right under its province (安徽汇口镇)', () => {
    const result = resolveTitle('安徽汇口镇以“党建+”模式带动村集体增收', { text: '近年来，汇口镇党委探索“党建+产业”模式，各村集体经济收入稳步增长。' });
    expect(result.region?.path).toEqual(['安徽省', '安庆市', '宿松县']);
    expect(result.subRegion?.name).toBe('汇口镇');
  });

  it('settles a town name many counties share with another town of the item', () => {
    const text = '复兴镇推行“党员联户”，许岭镇随后跟进，两镇覆盖农户3000余户。';
    expect(resolveTitle('“党员联户”打通服务群众最后一米', { text }).region?.name).toBe('宿松县');
  });

  it('settles a shared town name with the source line', () => {
    const result = resolveTitle('复兴镇：完成村“两委”换届', { text: '截至月底，复兴镇12个村全面完成换届。' }, { origins: ['澧县融媒体中心'] });
    expect(result.region?.path).toEqual(['湖南省', '常德市', '澧县']);
  });

  it('settles a shared town name with the county a newspaper page label names in short form (A3：XX·乡镇)', () => {
    const result = resolveTitle('复兴镇加强党建信息工作', { text: '复兴镇在各村确定一名党建信息员，定期报送工作动态。' }, { origins: ['宿松'] });
    expect(result.region?.path).toEqual(['安徽省', '安庆市', '宿松县']);
    expect(result.evidence).toBe('town');
  });

  it('leaves a shared town name as candidate counties when nothing settles it', () => {
    const result = resolveTitle('复兴镇：完成村“两委”换届', { text: '截至月底，复兴镇12个村全面完成换届。' });
    expect(result.region).toBeNull();
    expect(result.candidates.length).toBeGreaterThan(2);
  });

  it('reads a town by its stem right after its county (新昌回山)', () => {
    const result = resolveTitle('新昌回山：茶园里建起党员先锋站');
    expect(result.region?.path).toEqual(['浙江省', '绍兴市', '新昌县']);
    expect(result.subRegion?.name).toBe('回山镇');
  });

  it('settles a shared district with a street of the body', () => {
    const result = resolveTitle('鼓楼区：“红色物业”进小区', { text: '鼓楼区在水部街道试点“红色物业”，覆盖小区12个。' });
    expect(result.region?.path).toEqual(['福建省', '福州市', '鼓楼区']);
  });
});

describe('region readings: a shared town settled by a county written short', () => {
  it('takes the county the body names in short form among those the town may lie in', () => {
    const text = '张店镇各村成立集体经济合作社。发展村集体经济，成了唐河乡村振兴的必然选择，全县各村注入启动资金。';
    expect(resolveTitle('空壳村破壳记', { text }).region?.path).toEqual(['河南省', '南阳市', '唐河县']);
    expect(resolveTitle('空壳村破壳记', { text: '张店镇各村成立集体经济合作社。' }).region).toBeNull();
  });
});

describe('region readings: the one place a report speaking of itself names', () => {
  it('takes the only unit named, when it is of the kind the report speaks as (市委组织部…)', () => {
    const text = '日前，市委组织部发出通知，动员机关在职党员到居住地社区报到。\n怎样报到？\n社区建立在职党员志愿者库。\n党员做什么？\n在职党员登录党建工作台(海宁市)，在线填报个人专长，即可完成报到。';
    expect(resolveTitle('日前', { text }).region?.path).toEqual(['浙江省', '嘉兴市', '海宁市']);
    const two = `${text}\n桐乡市也开展了报到活动。`;
    expect(resolveTitle('日前', { text: two }).region).toBeNull();
  });

  it('reads a county-level unit\'s own bodies written bare (旗团委, 团县委, 县妇联) as the report speaking as that unit', () => {
    const text = '快递小哥穿梭于大街小巷，是城市运行的重要力量。他们风里来雨里去。如何让他们有个歇脚的地方，是一件暖心事。\n为此，旗团委联合相关部门，在科右前旗建成首批8家“暖心驿站”，提供饮水、充电等服务。';
    expect(resolveTitle('小哥有了“歇脚地”', { text }).region?.path).toEqual(['内蒙古自治区', '兴安盟', '科尔沁右翼前旗']);
    const county = '今年以来，团县委在旬邑县各乡镇开展“青年夜校”42期。';
    expect(resolveTitle('青年夜校开进乡村', { text: county }).region?.path).toEqual(['陕西省', '咸阳市', '旬邑县']);
    expect(resolveTitle('小哥有了“歇脚地”', { text: text.replace('旗团委', '团委') }).region).toBeNull();
  });

  it('takes the autonomous region it speaks of as 自治区, written short, over the city it cites inside it', () => {
    const text = '本报讯 对照标准，查找问题，这是宁夏基层党组织学习教育的共同特点。\n宁夏有党员40余万名。自治区党委书记带头到所在党支部讲党课。\n石嘴山市推出“四式党课”活动。';
    expect(resolveTitle('本报讯', { text }).region?.path).toEqual(['宁夏回族自治区']);
    const elsewhere = `${text}\n遵义市也派员前来学习。`;
    // A place named outside it: the region is no longer the one unit the report speaks of.
    expect(resolveTitle('本报讯', { text: elsewhere }).region?.name).not.toBe('宁夏回族自治区');
  });
});

describe('region readings: the source line and outlet', () => {
  const text = '今年以来，我县在全县推行“村民说事”制度，累计解决群众诉求300余件。';
  it('takes the county of the source line when the body speaks of 我县', () => {
    const result = resolveTitle('“村民说事”说出和谐新气象', { text }, { origins: ['惠水县融媒体中心'] });
    expect(result.region?.path).toEqual(['贵州省', '黔南布依族苗族自治州', '惠水县']);
    expect(result.evidence).toBe('source');
  });

  it('reads an outlet that writes its county in short form (旌德网, 新昌发布)', () => {
    expect(resolveTitle('“村民说事”说出和谐新气象', { text }, { origins: ['旌德网'] }).region?.name).toBe('旌德县');
    expect(resolveTitle('“村民说事”说出和谐新气象', { text }, { origins: ['新昌发布'] }).region?.name).toBe('新昌县');
    expect(resolveTitle('“村民说事”说出和谐新气象', { text }, { origins: ['新昌人才网'] }).region?.name).toBe('新昌县');
    expect(resolveTitle('“村民说事”说出和谐新气象', { text }, { origins: ['旌德党员教育网'] }).region?.name).toBe('旌德县');
  });

  it('takes a town acting in the first sentence after an opener as the report\'s own town', () => {
    const text = '近年来，汇口镇充分发挥党建引领作用，举办村“两委”干部培训班3期，培训村干部150余人次。';
    const result = resolveTitle('本网讯', { text });
    expect(result.region?.path).toEqual(['安徽省', '安庆市', '宿松县']);
    expect(result.subRegion?.name).toBe('汇口镇');
    const party = resolveTitle('本网讯', { text: '2024年，在县委的坚强领导下，汇口镇党委以高质量党建推动各项工作。' });
    expect(party.subRegion?.name).toBe('汇口镇');
    // A town named as one example among the county's is no sub-region.
    const example = resolveTitle('本网讯', { text: '近日，各乡镇陆续完成村级换届，其中汇口镇等5个乡镇率先完成。' });
    expect(example.subRegion).toBeNull();
  });

  it('reads a unit\'s own event held at a place inside it as the unit\'s, not the venue\'s', () => {
    const text = '昨日，全市村党组织书记示范培训班第三期在昆山开班，培训为期五天，共有100名村书记参加。';
    expect(resolveTitle('本网综合讯', { text }).region?.path).toEqual(['江苏省', '苏州市']);
    const county = '近日，全县村“两委”换届工作推进会在汇口镇召开，各乡镇党委书记参加会议。';
    expect(resolveTitle('本网讯', { text: county }).region?.path).toEqual(['安徽省', '安庆市', '宿松县']);
    // A venue outside the unit says nothing of who held the event.
    expect(resolveTitle('本网讯', { text: '近日，全市组工干部能力提升培训班在北京举办。' }).region).toBeNull();
  });

  it('keeps a 我市 report with its paper when the province\'s officials only accompany the visitors', () => {
    const text = ['4月22日下午，中组部有关负责同志在省委常委、组织部部长的陪同下，来我市调研东塘村。', '在东塘村，调研组察看了村党群服务中心，听取了村党委创建服务型党组织的做法，对东塘村给予了充分肯定。', '苏州市委常委、组织部部长，我市领导陪同调研。'].join('\n');
    const result = resolveTitle('中组部有关负责同志调研我市东塘村', { text }, { origins: ['昆山日报'] });
    expect(result.region?.path).toEqual(['江苏省', '苏州市', '昆山市']);
    // A province's own report (全省…) still is the province's.
    const provinceText = '近日，省委组织部召开会议，部署全省村级组织换届工作。苏州市委组织部作交流发言。';
    expect(resolveTitle('全省村级组织换届工作会议召开', { text: provinceText }, { origins: ['昆山日报'] }).region?.path).toEqual(['江苏省']);
  });

  it('reads a 日报 whose short name a city shares with a unit inside it as the city\'s paper (兰州日报: 兰州市, not 兰州新区)', () => {
    const cityText = '近日，市直机关工委召开党支部标准化建设观摩会，全市21家单位参加。';
    expect(resolveTitle('本报讯', { text: cityText }, { origins: ['兰州日报'] }).region?.path).toEqual(['甘肃省', '兰州市']);
    // Without a paper word the shared short name stays undecided.
    expect(resolveTitle('本报讯', { text: cityText }, { origins: ['兰州'] }).region).toBeNull();
  });

  it('reads a prefecture paper whose body speaks of its bare 州委 acting (…，州委从去年起启动实施…) as the prefecture\'s report', () => {
    const text = '为提升干部队伍能力素质，州委从去年起启动实施“四个千名计划”，累计选派干部1000余名到内地挂职。';
    expect(resolveTitle('提升干部人才能力素质', { text }, { origins: ['甘孜日报'] }).region?.path).toEqual(['四川省', '甘孜藏族自治州']);
    // A county report under the prefecture's leadership does not speak as the prefecture.
    const county = '在州委的坚强领导下，全县推行“四个千名计划”。';
    expect(resolveTitle('提升干部人才能力素质', { text: county }, { origins: ['甘孜日报'] }).region?.path).not.toEqual(['四川省', '甘孜藏族自治州']);
  });

  it('reads a dateline the page did not set apart (云上XX报道) when the body says 全县', () => {
    const text = '云上通山报道（记者 张明）9月10日，全县12个乡镇同步召开党代会，圆满完成换届。';
    expect(resolveTitle('我县乡镇党委换届工作圆满完成', { text }).region?.path).toEqual(['湖北省', '咸宁市', '通山县']);
  });

  it('does not take the province in an outlet name for the subject (XX新闻网柳州讯)', () => {
    const text = '广西新闻网柳州5月3日讯（通讯员 张明）5月3日，柳州市党群服务中心建设现场推进会在鹿寨县召开。';
    const result = resolveTitle('广西新闻网柳州5月3日讯（通讯员 张明）5月3日', { text });
    expect(result.region?.path).toEqual(['广西壮族自治区', '柳州市']);
  });

  it('does not take the province before an outlet\'s dateline for the subject (XX长安网讯, XX北方网讯)', () => {
    const text = '吉林北方网讯 6月2日，记者从四平市委组织部获悉，四平市今年计划选拔培养村级后备干部1200名以上，每村不少于2名。';
    const result = resolveTitle('吉林北方网讯 6月2日', { text });
    expect(result.region?.path).toEqual(['吉林省', '四平市']);
  });

  it('takes the county a city outlet reports on when the body speaks of 该县/全县 and writes that county, even in short form', () => {
    const text = '“这次培训很解渴。”5月8日，刚走出课堂的宿松团县委干部说。当日，该县年轻干部专题培训班开班，全县60名年轻干部参训，部分干部还将到市直单位跟班学习。';
    const result = resolveTitle('安庆网讯安庆日报记者张明报道', { text }, { origins: ['安庆日报'] });
    expect(result.region?.path).toEqual(['安徽省', '安庆市', '宿松县']);
    expect(result.evidence).toBe('source');
  });

  it('keeps the city when its report speaks of the city more than of a county it names', () => {
    const text = '近日，市委组织部在全市开展年轻干部专题培训。全市200名年轻干部参训。培训为期5天。会上，宿松团县委作交流发言，该县将继续选派干部到市直单位跟班学习。';
    expect(resolveTitle('安庆网讯安庆日报记者张明报道', { text }, { origins: ['安庆日报'] }).region?.path).toEqual(['安徽省', '安庆市']);
  });

  it('does not take a source whose kind the body does not speak of', () => {
    const result = resolveTitle('“村民说事”说出和谐新气象', { text: '今年以来，我区推行“村民说事”制度。' }, { origins: ['惠水县融媒体中心'] });
    expect(result.region).toBeNull();
  });
});

describe('region readings: a headline speaking of its own unit', () => {
  it('takes the unit the outlet names when the headline speaks of 市直机关 and the body opens on one district\'s event', () => {
    const text = '6月27日上午，迎江区某街道“双报到”主题党日活动在社区广场举行，市直机关在职党员参加。';
    expect(resolveTitle('市直机关党组织“双报到”服务社区', { text }, { origins: ['安庆日报'] }).region?.path).toEqual(['安徽省', '安庆市']);
    expect(resolveTitle('社区里的“双报到”', { text }, { origins: ['安庆日报'] }).region?.name).toBe('迎江区');
  });
});

describe('region readings: a visit between two places', () => {
  const title = '望江县委组织部组团到宿松县观摩学习“村民说事”工作';
  const text = '5月9日，望江县委组织部一行15人来到宿松县，实地观摩“村民说事”议事长廊。';

  it('takes the host when the page is the host\'s (its 来源 names it)', () => {
    expect(resolveTitle(title, { text }, { origins: ['宿松县融媒体中心'] }).region?.name).toBe('宿松县');
  });

  it('takes the visitors\' own unit when the report opens on its delegation going to the host (区委常委…带领…赴B区…学习考察)', () => {
    const visit = '5月9日，县委常委、组织部部长张明带领各乡镇党委书记赴宿松县开展“村民说事”工作学习考察，宿松县委组织部负责人陪同。';
    const text = `${visit}\n考察组实地察看了议事长廊。\n近年来，我县也在探索村民议事，在望江县已有86个村建起议事会。`;
    const result = resolveTitle('7月19日', { text });
    expect(result.region?.name).toBe('望江县');
    expect(result.evidence).toBe('body');
    const hostOnly = `${visit}\n考察组实地察看了议事长廊，大家纷纷表示要学以致用。`;
    expect(resolveTitle('7月19日', { text: hostOnly }).region?.name).toBe('宿松县');
  });

  it('takes the unit whose own cadres are posted away (我县…赴B县某村，开展…跟班学习), named only by its outlet', () => {
    const text = '近日，我县首批20名村党组织书记启程赴宿松县示范村，开展为期半个月的跟班学习。\n据了解，县委组织部将分三批选派村党组织书记外出跟班。';
    const result = resolveTitle('我县20名村党组织书记外出跟班学习', { text }, { origins: ['望江新闻网'] });
    expect(result.region?.name).toBe('望江县');
    expect(result.evidence).toBe('source');
    // With no outlet naming it, the destination is not taken for the place either way the reading goes.
    const posting = '近日，我县首批20名村党组织书记启程赴宿松县示范村，开展为期半个月的挂职锻炼。';
    expect(resolveTitle('我县村党组织书记外出挂职', { text: posting }, { origins: ['望江新闻网'] }).region?.name).toBe('望江县');
    // A delegation named by its own place going elsewhere keeps that place (no 我县 before the destination).
    const named = '近日，望江县首批20名村党组织书记启程赴宿松县示范村，开展为期半个月的跟班学习。';
    expect(resolveTitle('村党组织书记外出跟班学习', { text: named }, { origins: ['宿松新闻网'] }).region?.name).toBe('望江县');
  });

  it('takes the host the report speaks of as 我区 when it opens on visitors who came to it (A县…一行来我区考察)', () => {
    const text = '本报讯 5月8日，望江县委常委、组织部长张明一行来我区考察社区党建工作。区委常委、组织部长李强陪同。\n在座谈会上，张明对我区社区党建给予肯定，认为迎江区社区党建工作为望江县提供了很好的示范。';
    const result = resolveTitle('5月8日', { text });
    expect(result.region?.path).toEqual(['安徽省', '安庆市', '迎江区']);
    const unnamed = '本报讯 5月8日，望江县委常委、组织部长张明一行来我区考察社区党建工作。\n张明对我区社区党建给予肯定。';
    expect(resolveTitle('5月8日', { text: unnamed }, { origins: ['迎江新闻网'] }).region?.name).toBe('迎江区');
    // Visitors going elsewhere, or a place that came to see no one, stay the body's subject.
    expect(resolveTitle('5月8日', { text: '5月8日，望江县委组织部一行到宿松县考察社区党建工作。' }).region?.name).toBe('望江县');
  });

  it('takes the city whose own official (市委常委…) visits two of its counties in turn, not the first county', () => {
    const text = '9月23日，市委常委、组织部部长张明先后到宿松县和望江县，调研指导村“两委”换届工作。\n当天，张明先后到宿松县汇口镇、望江县华阳镇，了解换届准备情况。';
    expect(resolveTitle('9月23日', { text }).region?.path).toEqual(['安徽省', '安庆市']);
    const one = '9月23日，市委常委、组织部部长张明到宿松县，调研指导村“两委”换届工作。';
    expect(resolveTitle('9月23日', { text: one }).region?.name).toBe('宿松县');
    // Places of two different cities make no round of one city's.
    const apart = '9月23日，市委常委、组织部部长张明先后到宿松县和肥西县，调研指导村“两委”换届工作。';
    expect(resolveTitle('9月23日', { text: apart }).region?.name).toBe('宿松县');
  });

  it('takes the city whose official visits villages of two counties in turn after a sentence on the first county (A县是全市…)', () => {
    const text = '宿松县是全市村级集体经济薄弱村最多的县。5月10日，市委常委、组织部部长张明先后实地走访了宿松县汇口镇清河村和望江县华阳镇某村，了解村级集体经济发展情况。';
    expect(resolveTitle('5月10日', { text }).region?.path).toEqual(['安徽省', '安庆市']);
    // Printed without a headline, the item is titled by its first clause.
    expect(resolveTitle('宿松县是全市村级集体经济薄弱村最多的县', { text }).region?.path).toEqual(['安徽省', '安庆市']);
    const one = '宿松县是全市村级集体经济薄弱村最多的县。5月10日，市委常委、组织部部长张明实地走访了宿松县汇口镇清河村，了解村级集体经济发展情况。';
    expect(resolveTitle('5月10日', { text: one }).region?.name).toBe('宿松县');
  });

  it('takes the one place a leader went to under a headline naming whose leader it was (X市领导调研…)', () => {
    const title = '安庆市领导调研督查村和社区“两委”换届工作';
    const text = '本报讯 6月27日，市委常委、组织部部长张明前往宿松县，实地调研督查村和社区“两委”换届工作。\n张明先后前往汇口镇、二郎镇，听取工作汇报。';
    expect(resolveTitle(title, { text }).region?.path).toEqual(['安徽省', '安庆市', '宿松县']);
    const two = '本报讯 6月27日，市委常委、组织部部长张明先后前往宿松县和望江县，实地调研督查换届工作。';
    expect(resolveTitle(title, { text: two }).region?.name).toBe('安庆市');
    expect(resolveTitle('安庆市调研督查村和社区“两委”换届工作', { text }).region?.name).toBe('安庆市');
  });

  it('leaves a report naming its visitors by their place to the body\'s opening', () => {
    const text2 = '5月9日，望江县委组织部一行15人赴宿松县开展“村民说事”学习考察。\n近年来，我县推行村民说事，在宿松县已有86个村建起议事会。';
    expect(resolveTitle('5月9日', { text: text2 }).region?.name).toBe('望江县');
  });

  it('keeps the visitors when nothing says the page is the host\'s', () => {
    expect(resolveTitle(title, { text }).region?.name).toBe('望江县');
    expect(resolveTitle(title, { text }, { origins: ['望江新闻网'] }).region?.name).toBe('望江县');
  });
});

describe('region readings: a province acting province-wide', () => {
  it('reads 全省…第二片区 as one district grouping of the province, hosted by the place named, not the province acting', () => {
    const text = '（记者 李华）9月29日，全省第二片区党建联盟第三季度活动在黔南召开。州委常委、州委组织部部长张明召集并主持活动。活动听取了黔南州党建工作情况汇报，黔南州、黔东南州、安顺市3个州市围绕抓党建促乡村振兴进行交流发言。';
    expect(resolveTitle('9月29日', { text }).region?.path).toEqual(['贵州省', '黔南布依族苗族自治州']);
  });

  it('does not read an honour the province conferred (被安徽省确定为全省…示范村) as the province acting', () => {
    const text = '2021年，清河村被安徽省确定为全省美丽乡村示范村。村党支部带领群众发展茶叶产业。茶园面积达3000亩。\n如今，在汇口镇，清河村与周边3个村组建联村党总支，抱团发展。';
    expect(resolveTitle('小山村走出振兴路', { text }).region?.path).toEqual(['安徽省', '安庆市', '宿松县']);
    const wide = '2021年，全省共有120个村被确定为美丽乡村示范村，安徽省委组织部给予每村10万元奖补。';
    expect(resolveTitle('小山村走出振兴路', { text: wide }).region?.path).toEqual(['安徽省']);
  });

  it('reads a province\'s own departments acting (省委教育工委, 省教育厅) as the province its body names', () => {
    const text = '1月10日，省委教育工委召开高校党委书记抓基层党建工作述职评议会。会上，合肥工业大学等15所高校党委书记现场述职。';
    expect(resolveTitle('高校党委书记抓基层党建述职评议会召开', { text }).region?.path).toEqual(['安徽省']);
    const hall = text.replace('省委教育工委', '省教育厅');
    expect(resolveTitle('高校党委书记抓基层党建述职评议会召开', { text: hall }).region?.path).toEqual(['安徽省']);
    expect(resolveTitle('高校党委书记抓基层党建述职评议会召开', { text: text.replace('省委教育工委', '学校党委') }).region?.path).not.toEqual(['安徽省']);
  });

  it('reads the city a province\'s own meeting was held in (…会议在合肥召开) as naming the province', () => {
    const text = '1月10日，省委教育工委召开述职评议会。会上，15所高校党委书记现场述职，另有40所高校书面述职。';
    expect(resolveTitle('高校党委书记抓基层党建述职评议会在合肥召开', { text }).region?.path).toEqual(['安徽省']);
    expect(resolveTitle('高校党委书记抓基层党建述职评议会召开', { text }).region).toBeNull();
  });

  it('does not read a county\'s short name used as a word (资源、力量、服务 of 资源县) as its autonomous region speaking of 全区', () => {
    const text = '近年来,市中区以党建为引领,推动治理重心下移,资源、力量、服务、管理向终端延伸。全区建成网格工作站86个。';
    expect(resolveTitle('深化城市基层党建示范创建', { text }).region?.name).not.toBe('广西壮族自治区');
    // The region written by name still speaks as 全区.
    expect(resolveTitle('全区推进网格化管理', { text: `广西${text}` }).region?.name).toBe('广西壮族自治区');
  });

  it('keeps a province report at the province, not at the county it cites', () => {
    const text = '记者从省委组织部获悉，全省村级党组织换届选举已基本完成。其中，宿松县选出村党组织书记200余名。';
    const result = resolveTitle('村级党组织换届选举基本完成', { text }, { origins: ['安徽日报'] });
    expect(result.region?.path).toEqual(['安徽省']);
    expect(result.region?.level).toBe('province');
  });

  it('keeps an autonomous region at the region when the body speaks of 自治区党委 or 自治区本级', () => {
    const text = '7月3日上午，宁夏为新组建的自治区本级律师行业党委举行揭牌仪式，自治区党委常委、组织部部长出席并讲话。';
    expect(resolveTitle('7月3日上午', { text }).region?.path).toEqual(['宁夏回族自治区']);
  });

  it('keeps a report at the province when the province\'s own organs act before the places they send people to', () => {
    const text = '3月2日，省委组织部在合肥召开选派干部到宿松县、望江县挂职锻炼工作会议，56名选派干部参加会议。';
    expect(resolveTitle('3月2日', { text }).region?.path).toEqual(['安徽省']);
  });

  it('keeps a province office at the province when the body speaks of 全省', () => {
    const text = '宿松县等地先行试点，全省已有1.2万个村推行“积分制”管理。';
    const result = resolveTitle('推行“积分制”管理', { office: '中共安徽省委组织部', text });
    expect(result.region?.path).toEqual(['安徽省']);
  });

  it('reads a province-wide meeting where a county spoke as the venue, not the scope (在全省…会上，X县委书记说)', () => {
    const text = '“不把小村并起来，班子就强不了。”在全省村级组织建设现场会上，宿松县委书记作交流发言。\n该县把全县村级组织从200个调整到150个，消除了千人以下小村。';
    expect(resolveTitle('张三 李四', { text }).region?.path).toEqual(['安徽省', '安庆市', '宿松县']);
    const provincial = '在全省村级组织建设现场会上，省委常委、组织部部长强调，全省要稳妥推进村级建制调整。';
    expect(resolveTitle('张三 李四', { text: provincial + '宿松县作交流发言。' }).region?.path).toEqual(['安徽省']);
  });

  it('takes a short city name opening a clause of the headline, confirmed by its counties in the body', () => {
    const text = '江山市某村村委会选举现场。常山县、开化县各村社换届同步推进，一批能人回村任职。';
    expect(resolveTitle('田园何以留人？衢州村社换届 能人回归', { text }).region?.path).toEqual(['浙江省', '衢州市']);
  });

  it('takes a short province name opening the headline when the body names the province again', () => {
    const text = '多年来，甘肃持续推进“三抓三促”行动，全省各级党组织积极响应。';
    expect(resolveTitle('甘肃推进“三抓三促”行动见实效', { text }).region?.path).toEqual(['甘肃省']);
    expect(resolveTitle('甘肃推进“三抓三促”行动见实效', { text: '各级党组织积极响应。' }).region).toBeNull();
  });
});

describe('region readings: a prefecture speaking of itself', () => {
  it('reads 全州 opening a headline as the whole prefecture, not as 全州县', () => {
    const text = '我州紧紧抓住集中整顿契机，全州各乡镇召开动员会200余场次。';
    expect(resolveTitle('全州软弱涣散村党组织集中整顿纪实', { text }).region?.name).not.toBe('全州县');
    expect(resolveTitle('桂林全州：推行“党建+产业”').region?.name).toBe('全州县');
  });

  it('widens a county named in passing to the autonomous prefecture the report speaks as (我州, 州委组织部)', () => {
    const text = '州委书记在乡城县调研。我州启动“百乡千村”行动，全州召开宣传发动会2700余场次。';
    expect(resolveTitle('百乡千村行动纪实', { text }).region?.path).toEqual(['四川省', '甘孜藏族自治州']);
    const county = '乡城县启动“百乡千村”行动，全县召开宣传发动会270余场次，在全州率先完成整顿。';
    expect(resolveTitle('百乡千村行动纪实', { text: county }).region?.name).toBe('乡城县');
  });

  it('reads two counties of one city named as the pair acting (X市A县与B县开展结对观摩) as the city\'s report', () => {
    expect(resolveTitle('安庆市望江县与宿松县开展结对观摩').region?.path).toEqual(['安徽省', '安庆市']);
    const text = '为促进县区间交流互鉴，安庆市望江县与宿松县开展结对观摩，两县村党组织书记现场介绍经验。';
    expect(resolveTitle('为促进县区间交流互鉴', { text }).region?.path).toEqual(['安徽省', '安庆市']);
    // A partner in another city, or a pair that does nothing together, leaves the first county.
    expect(resolveTitle('安庆市望江县与合肥市肥西县开展结对观摩').region?.name).toBe('望江县');
    expect(resolveTitle('安庆市望江县与宿松县交界处的村庄推行“积分超市”').region?.name).toBe('望江县');
  });

  it('reads a city organ\'s visit to one of its townships (X市委党校…一行到Y镇…调研) as the host county\'s report', () => {
    const text = '9月3日，安庆市委党校常务副校长张明一行到汇口镇现代农业产业园开展调研。县委组织部部长王强陪同。';
    const result = resolveTitle('9月3日', { text });
    expect(result.region?.path).toEqual(['安徽省', '安庆市', '宿松县']);
    expect(result.subRegion?.name).toBe('汇口镇');
    // The city organ acting at home (召开, 印发) stays the city's.
    expect(resolveTitle('9月3日', { text: '9月3日，安庆市委党校召开秋季学期开学典礼，汇口镇等单位学员参加。' }).region?.path).toEqual(['安徽省', '安庆市']);
  });

  it('hears a prefecture whose committee is written 州党委 (州党委组织部…, 州直…) as the one speaking, not the county of its opening example', () => {
    const text = '当这一做法在玛纳斯县某村推行后，村里大事小事都有了商量的地方。\n今年，州党委组织部以“强基”为主题，对州直1200个基层党组织进行分类定级。州党委组织部被评为先进集体。';
    const result = resolveTitle('当这一做法在玛纳斯县某村推行后', { text });
    expect(result.region?.path).toEqual(['新疆维吾尔自治区', '昌吉回族自治州']);
    expect(result.subRegion).toBeNull();
    // A county's own report thanking the prefecture's committee stays the county's.
    const county = '玛纳斯县在州党委组织部的指导下，全县推行“强基”行动，县委组织部加强督导。';
    expect(resolveTitle('玛纳斯县推行“强基”行动', { text: county }).region?.name).toBe('玛纳斯县');
  });

  it('keeps a town\'s own report (全镇…) that follows its prefecture\'s lead (在州委…部署下，与全州同步…) in the town\'s county', () => {
    const text = '1月5日，正斗乡全乡26个党支部在州委统一部署下，与全州同步开展“支部主题党日”活动。全乡各党支部重温入党誓词，组织党员清扫村庄环境，在全乡掀起学习热潮。';
    expect(resolveTitle('正斗乡开展支部主题党日活动', { text }).region?.path).toEqual(['四川省', '甘孜藏族自治州', '乡城县']);
    // The prefecture speaking of itself more than any town still widens.
    const prefecture = '州委书记在正斗乡调研。我州启动“百乡千村”行动，全州召开宣传发动会2700余场次，州委组织部加强督导。';
    expect(resolveTitle('百乡千村行动纪实', { text: prefecture }).region?.path).toEqual(['四川省', '甘孜藏族自治州']);
  });
});

describe('region readings: a feature opening on a scene', () => {
  const scene = '3月8日，笔者来到宿松县汇口镇清河村，村部广场上人头攒动，“今年分红又多了！”村民笑着说。';

  it('takes the unit the scope sentence after the scene names, not the scene\'s village', () => {
    const text = `${scene}\n近年来，安庆市在全市推行村党组织领办合作社，已有300多个村参与。`;
    expect(resolveTitle('合作社里的新年', { text }).region?.path).toEqual(['安徽省', '安庆市']);
    const province = `${scene}\n2019年以来，安徽在全省推行村党组织领办合作社。`;
    expect(resolveTitle('合作社里的新年', { text: province }).region?.path).toEqual(['安徽省']);
  });

  it('reads a season opening (盛夏时节，走进…) as a scene, and a scope sentence dated by an event (2021年换届后，…)', () => {
    const summer = '盛夏时节，走进宿松县汇口镇清河村，瓜果满枝。\n2021年村两委换届后，安徽省委组织部指导全省村党组织发展集体经济。';
    expect(resolveTitle('提升组织力', { text: summer }).region?.path).toEqual(['安徽省']);
    const spring = '春日时节，安庆市宿松县汇口镇清河村的果园里花开正盛。\n“合作社带着我们干。”果农说。\n自2018年以来，安庆市推行村党组织领办合作社。';
    expect(resolveTitle('合作社里的春天', { text: spring }).region?.path).toEqual(['安徽省', '安庆市']);
  });

  it('reads an item printed without a headline, titled by its opening remark (“我们村和X县某村…”), as a scene: the scope sentence names the unit', () => {
    const text = '“我们村和宿松县清河村一起养牛，我们教他们青贮，他们教我们舍饲。”在安庆市近期举办的村书记培训班上，一位村党支部书记说。\n今年以来，安庆市对全市1200个村党组织书记进行了轮训。';
    expect(resolveTitle('“我们村和宿松县清河村一起养牛', { text }).region?.path).toEqual(['安徽省', '安庆市']);
    // A printed headline naming the county keeps it.
    expect(resolveTitle('宿松县：村书记结对养牛', { text }).region?.name).toBe('宿松县');
  });

  it('reads a village in a dated scene (2020年元旦这天，X县某镇某村…的会议室里…) as an example when the scope sentence speaks of the county itself: no sub-region', () => {
    const text = '2020年元旦这天，宿松县汇口镇清河村村委会的会议室里座无虚席。\n五个村的党员群众自导自演了20多个节目。\n近年来，宿松县委将建设农村基层党组织联合体作为重要举措，以强带弱、聚力发展。';
    const result = resolveTitle('攥指成拳聚合力', { text });
    expect(result.region?.name).toBe('宿松县');
    expect(result.subRegion).toBeNull();
    // News of the village itself, with no scene, keeps its town.
    const news = '近日，宿松县汇口镇清河村召开党员大会，研究村级集体经济发展。\n近年来，宿松县推行村党组织领办合作社。';
    expect(resolveTitle('清河村召开党员大会', { text: news }).subRegion?.name).toBe('汇口镇清河村');
  });

  it('keeps the scene\'s place when the scope sentence names it again or names nothing wider', () => {
    const same = `${scene}\n近年来，宿松县推行村党组织领办合作社。`;
    expect(resolveTitle('合作社里的新年', { text: same }).region?.name).toBe('宿松县');
    const news = '近日，宿松县汇口镇清河村召开党员大会。\n近年来，安庆市推行村党组织领办合作社。';
    expect(resolveTitle('合作社里的新年', { text: news }).region?.name).toBe('宿松县');
  });
});

describe('region readings: a feature naming its place after an opening scene', () => {
  const scene = '入冬以后，早晚已有几分凉意。快递小哥推开驿站的门，接了一杯热水。“有了这个地方，心里暖和。”他说。';

  it('takes the place the next paragraph opens on (在XX省XX市XX县，…) when the scene names none', () => {
    const text = `${scene}\n在安徽省安庆市宿松县，每天有上千名快递员穿行城乡。该县成立快递行业党委，把党组织建在站点上。`;
    const result = resolveTitle('驿站里的暖意', { text });
    expect(result.region?.path).toEqual(['安徽省', '安庆市', '宿松县']);
    expect(result.evidence).toBe('body');
  });

  it('leaves a paragraph that names a place later in it, not at its opening, to the other readings', () => {
    const text = `${scene}\n近年来，快递行业党建在宿松县等地逐步铺开。`;
    expect(resolveTitle('驿站里的暖意', { text }).region).toBeNull();
  });

  it('takes the place a part opens on right after its short heading sentence (…，抓好顶层设计。X市委成立…) under a policy preamble', () => {
    const preamble = '党的十九大提出实施乡村振兴战略，要坚持农业农村优先发展，壮大集体经济。村集体经济是农村经济的主体。';
    const text = `${preamble}\n完善组织体系，抓好顶层设计。桐城市委成立村集体经济领导小组，统筹协调推进村集体经济发展。`;
    expect(resolveTitle('党的十九大提出实施乡村振兴战略', { text }).region?.path).toEqual(['安徽省', '安庆市', '桐城市']);
    // A heading that is itself a sentence naming no place, followed by one naming a place later, still gives none.
    const later = `${preamble}\n完善组织体系，抓好顶层设计。近年来，集体经济在桐城市等地逐步壮大。`;
    expect(resolveTitle('党的十九大提出实施乡村振兴战略', { text: later }).region).toBeNull();
  });
});

describe('region readings: issuers and short forms', () => {
  it('does not read 合作 (合作市) in 合作社 as a place, even when the body says 合作社 again', () => {
    const text = '“合作社带着我们干。”果农说。近年来，村党支部领办合作社。';
    expect(resolveTitle('合作社里的春天', { text }).region).toBeNull();
  });

  it('reads past a city that only issued the policy to the district that acted', () => {
    const text = '杭州市委、市政府出台的意见提出，要健全基层治理体系。作为老城区，西湖区北山街道创新推出“邻里议事”机制。';
    const result = resolveTitle('杭州市委、市政府出台的意见提出', { text });
    expect(result.region?.path).toEqual(['浙江省', '杭州市', '西湖区']);
    expect(result.evidence).toBe('body');
  });

  it('reads past a city organisation department announcing a list', () => {
    const text = '近日，省委组织部、成都市委组织部先后公布了先进基层党组织名单，郫都区共有6个村党组织入选。';
    expect(resolveTitle('近日', { text }).region?.path).toEqual(['四川省', '成都市', '郫都区']);
  });

  it('reads a province and county both in short form when nested (位于浙江新昌)', () => {
    const text = '位于浙江新昌的一个山村，如今成了远近闻名的茶叶村。';
    expect(resolveTitle('小山村的“党建+茶业”之路', { text }).region?.name).toBe('新昌县');
  });

  it('reads official abbreviations of banners and leagues, simplified and traditional', () => {
    expect(resolveTitle('科左中旗：推行“党建+牧业”').region?.path).toEqual(['内蒙古自治区', '通辽市', '科尔沁左翼中旗']);
    expect(resolveTitle('達茂旗：推行“流動黨校”').region?.name).toBe('达尔罕茂明安联合旗');
    expect(resolveTitle('锡盟：牧区党建“三进”').region?.path).toEqual(['内蒙古自治区', '锡林郭勒盟']);
  });

  it('reads an autonomous prefecture or county by its stem and unit word (X州, X县), after a short province too', () => {
    const text = '“今年合作社分红了。”湖北恩施州建始县某镇党委书记说。';
    expect(resolveTitle('小山村的新变化', { text }).region?.path).toEqual(['湖北省', '恩施土家族苗族自治州', '建始县']);
    expect(resolveTitle('凉山州：推行“党建+彝家新寨”').region?.path).toEqual(['四川省', '凉山彝族自治州']);
    expect(resolveTitle('小山村的新变化', { text: '在新疆昌吉州木垒县，牧民夜校办进了毡房。' }).region?.name).toBe('木垒哈萨克自治县');
  });

  it('settles a short name several units share by the one the body writes in full', () => {
    expect(resolveTitle('吉林，党建引领促振兴', { text: '近年来，吉林省建立了村党组织书记县级备案管理制度。' }).region?.path).toEqual(['吉林省']);
    expect(resolveTitle('吉林，党建引领促振兴', { text: '近年来，吉林市建立了村党组织书记备案管理制度。' }).region?.path).toEqual(['吉林省', '吉林市']);
  });

  it('reads short names of autonomous regions in the headline', () => {
    expect(resolveTitle('廣西：推行村級“四議兩公開”', { text: '全区各地推行。' }).region?.path).toEqual(['广西壮族自治区']);
  });
});

describe('region readings: places listed side by side', () => {
  it('reads a list of cities of one province, written short, as the province it also writes', () => {
    const text = '记者从《安徽日报》获悉，芜湖、蚌埠、淮南、马鞍山四个市近日完成村级党组织换届。按照部署，换届自下而上进行。';
    const result = resolveTitle('村级换届进入收尾阶段 安徽四地选出新班子', { text });
    expect(result.region?.path).toEqual(['安徽省']);
    expect(result.evidence).toBe('body');
  });

  it('leaves a list whose common unit the report never writes, or a list of two, to the other readings', () => {
    expect(resolveTitle('四地完成村级换届', { text: '芜湖、蚌埠、淮南、马鞍山等地近日完成村级党组织换届。' }).region).toBeNull();
    expect(resolveTitle('两地完成村级换届', { text: '《安徽日报》报道，芜湖、蚌埠两市近日完成村级党组织换届。' }).region).toBeNull();
  });

  it('does not read places of different provinces as one', () => {
    expect(resolveTitle('多地完成村级换届', { text: '据《安徽日报》，芜湖、九江、岳阳等地近日完成换届。' }).region).toBeNull();
  });
});

describe('region readings: evidence', () => {
  it('says which reading found the region', () => {
    expect(resolveTitle('望江县：推行“三色管理”').evidence).toBe('headline');
    expect(resolveTitle('推行“三色管理”', { office: '望江县委组织部' }).evidence).toBe('office');
    expect(resolveTitle('全市召开推进会', {}, { publisher: '中共安庆市委组织部' }).evidence).toBe('publisher');
    expect(resolveTitle('推行“三色管理”').evidence).toBeNull();
  });
});

describe('region readings: the unit a report dedicates its work to', () => {
  const opening = '近日，市委组织部启动“红色驿站”提档升级行动，全市新建驿站40个，';

  it('takes the city its closing line names by short name when the report speaks of 全市/市委', () => {
    const result = resolveTitle('我市“红色驿站”提档升级', { text: `${opening}为安庆建设现代化美好城市汇聚力量。` });
    expect(result.region?.path).toEqual(['安徽省', '安庆市']);
    expect(result.evidence).toBe('body');
  });

  it('does not read a short name without the dedication, nor a unit of another kind than the report speaks of', () => {
    expect(resolveTitle('我市“红色驿站”提档升级', { text: `${opening}安庆建设现代化美好城市步伐加快。` }).region).toBeNull();
    expect(resolveTitle('我县“红色驿站”提档升级', { text: '近日，县委组织部启动“红色驿站”提档升级行动，为安庆建设现代化美好城市汇聚力量。' }).region).toBeNull();
  });
});

describe('region readings: a city nickname among the places a shared name may be', () => {
  it('takes the city whose nickname the text writes (泉城 → 济南), and leaves the name open without one', () => {
    const title = '市中区：“红色物业”破解老旧小区治理难题';
    const branded = resolveTitle(title, { text: '近年来，市中区推进“泉城红色物业”建设，全区物业服务企业党组织覆盖率达到92%。' });
    expect(branded.region?.path).toEqual(['山东省', '济南市', '市中区']);
    const plain = resolveTitle(title, { text: '近年来，市中区推进“红色物业”建设，全区物业服务企业党组织覆盖率达到92%。' });
    expect(plain.region).toBeNull();
    expect(plain.candidates.length).toBeGreaterThan(1);
  });
});

describe('region readings: a later paragraph opening on its place after a time phrase', () => {
  it('takes the place a later paragraph opens on after 近年来, even a name that reads as a word elsewhere', () => {
    const text = ['深化城市基层党建，实施“红色引擎”工程，物业服务企业党组织覆盖率达到90%。', '“小网格”彰显“大智慧”', '近年来，市中区以网格化治理为抓手，打造“泉城红色网格”品牌，划分网格320个。'].join('\n');
    const result = resolveTitle('深化城市基层党建示范创建', { text });
    expect(result.region?.path).toEqual(['山东省', '济南市', '市中区']);
    expect(result.evidence).toBe('body');
  });
});

describe('region readings: a county converted since, read by the short name it kept', () => {
  it('takes the former county when the body writes its full name and never the current one', () => {
    const text = '近日，河北省藁城市委组织部组织全市200名机关党员到社区报到，认领服务岗位。';
    expect(resolveTitle('藁城：机关党员进社区认岗服务', { text }).region?.path).toEqual(['河北省', '石家庄市', '藁城市']);
  });

  it('keeps the current district when the body writes it', () => {
    const text = '近日，藁城区委组织部组织全区200名机关党员到社区报到，认领服务岗位。';
    expect(resolveTitle('藁城：机关党员进社区认岗服务', { text }).region?.path).toEqual(['河北省', '石家庄市', '藁城区']);
  });
});

describe('region readings: a 兵团 division and the city it governs as one', () => {
  it('places a regiment of a division in the division\'s city', () => {
    const text = '今年以来，新疆生产建设兵团第七师125团党委推行连队党支部领办合作社，带动职工增收。';
    expect(resolveTitle('连队党支部领办合作社带富职工', { text }).region?.path).toEqual(['新疆维吾尔自治区', '胡杨河市']);
  });

  it('reads a division written before its regiment without 兵团', () => {
    const text = '第十师188团坚持把连队“两委”班子建设作为基层党建的重点，选派12名机关干部到连队任职。';
    expect(resolveTitle('第十师188团：建强连队“两委”班子', { text }).region?.path).toEqual(['新疆维吾尔自治区', '北屯市']);
  });

  it('leaves a division of an army in a history text alone', () => {
    const text = '1948年，第五师在当地开展土地改革，建立了第一个农村党支部。';
    expect(resolveTitle('红色记忆', { text }).region).toBeNull();
  });
});

describe('region readings: a short name opening the body after its time word', () => {
  it('takes a unit written short after 去年，/2023年， when the body writes it again', () => {
    const text = '去年，文昌在抓基层党建上持续发力，全市新建党群服务中心12个。下一步，文昌将继续深化党建引领基层治理。';
    expect(resolveTitle('去年', { text }).region?.path).toEqual(['海南省', '文昌市']);
    const city = '2023年，遵义以“党建强基”工程为抓手，推动各领域党建提质增效。遵义各县（市、区）党委迅速行动，各有特色。';
    expect(resolveTitle('2023年', { text: city }).region?.path).toEqual(['贵州省', '遵义市']);
  });

  it('does not take a short name the body writes only once', () => {
    const text = '去年，文昌在抓基层党建上持续发力，全市新建党群服务中心12个。';
    expect(resolveTitle('去年', { text }).region).toBeNull();
  });
});

describe('region readings: the city a unit came first in', () => {
  it('reads 率先在X市完成 as the field of a comparison: the unit is the county-level city the text writes', () => {
    const text = '昨日，记者从市委组织部获悉，全市326个村党组织完成换届，率先在泉州市完成村党组织换届选举。“今年，晋江坚持早谋划、早部署。”市委组织部相关负责人说。';
    expect(resolveTitle('昨日', { text }).region?.path).toEqual(['福建省', '泉州市', '晋江市']);
  });

  it('keeps the city when the report names none of its units', () => {
    const text = '日前，全市326个村党组织完成换届，率先在泉州市完成村党组织换届选举。';
    expect(resolveTitle('日前', { text }).region?.path).toEqual(['福建省', '泉州市']);
  });
});

describe('region readings: a town whose organ acts in the lead under a county headline', () => {
  it('takes the county’s town as the sub-region when its 镇委/党委 opens what is done', () => {
    const text = '1月10日，宿松县汇口镇党委书记带领班子成员与在外务工党员座谈，成立全县首个流动党员党支部。';
    const result = resolveTitle('宿松县成立首个流动党员党支部', { text });
    expect(result.region?.path).toEqual(['安徽省', '安庆市', '宿松县']);
    expect(result.subRegion?.name).toBe('汇口镇');
  });

  it('takes no town when the first town the lead names does not act through its organ', () => {
    const text = '1月10日，宿松县召开流动党员工作座谈会，汇口镇等乡镇作交流发言。';
    expect(resolveTitle('宿松县成立首个流动党员党支部', { text }).subRegion).toBeNull();
  });
});
