import { describe, expect, it } from 'vitest';
import { buildContext, buildItem, regionResolver, resolveTitle } from './fixtures.ts';

describe('region resolver: where the subject is named', () => {
  it('takes the locality leading the headline', () => {
    const result = resolveTitle('望江县：推行“三色管理”激活村级组织', { text: '组织党员赴合肥市学习。' });
    expect(result.region?.path).toEqual(['安徽省', '安庆市', '望江县']);
    expect(result.region?.pathCodes).toEqual(['34', '3408', '340827']);
    expect(result.mention).toBe('望江县');
    expect(result.subRegion).toBeNull();
    expect(result.candidates).toEqual([]);
  });

  it('reads a county by the name it had before it was renamed a district (户县, now 鄠邑区)', () => {
    const text = '3月12日，户县召开农村基层组织建设工作推进会，安排部署村级党组织晋位升级工作。';
    expect(resolveTitle('3月12日', { text }).region?.path).toEqual(['陕西省', '西安市', '户县']);
    expect(resolveTitle('盘县推行“院坝会”收集群众意见').region?.path).toEqual(['贵州省', '六盘水市', '盘县']);
  });

  it('takes a leading locality without a colon', () => {
    expect(resolveTitle('宿松县探索“积分超市”激发党员活力').region?.path).toEqual(['安徽省', '安庆市', '宿松县']);
  });

  it('reads the office when the headline names no place', () => {
    const result = resolveTitle('推行“小区议事会” 破解治理难题', { office: '望江县委组织部' });
    expect(result.region?.path).toEqual(['安徽省', '安庆市', '望江县']);
    expect(result.mention).toBe('望江县');
  });

  it('reads the first sentence when neither headline nor office names a place', () => {
    const text = '近年来,嘉荫县坚持以“三会一课”为抓手，推动组织生活常态长效。全县建立党员微信群45个。';
    const result = resolveTitle('随着“两学一做”学习教育的深入推进', { text });
    expect(result.region?.path).toEqual(['黑龙江省', '伊春市', '嘉荫县']);
  });

  it('prefers the county the body opens on over a city office above it', () => {
    const result = resolveTitle('打造“红色驿站”', { office: '中共伊春市委组织部', text: '铁力市坚持党建引领，建成红色驿站16个。' });
    expect(result.region?.path).toEqual(['黑龙江省', '伊春市', '铁力市']);
  });

  it('keeps a city-level headline at the city even when the body names a county', () => {
    const result = resolveTitle('山西省大同市： 建强小区“领头雁”', {
      office: '中共大同市委组织部',
      text: '山西省大同市左云县某小区工作人员上门服务。近年来，大同市深入推进“支部建在小区”。',
    });
    expect(result.region?.path).toEqual(['山西省', '大同市']);
    expect(result.region?.level).toBe('city');
    expect(result.mention).toBe('山西省大同市');
  });

  it('follows a full prefix chain: province, city, district', () => {
    const result = resolveTitle('安徽省芜湖市鸠江区： “擂台比武”促发展');
    expect(result.region?.path).toEqual(['安徽省', '芜湖市', '鸠江区']);
    expect(result.mention).toBe('安徽省芜湖市鸠江区');
  });

  it('follows a province prefix that skips the city', () => {
    expect(resolveTitle('四川省中江县立“杆”见“效”严格选调生管理').region?.path).toEqual(['四川省', '德阳市', '中江县']);
  });

  it('settles a shared district name with a short province prefix', () => {
    const result = resolveTitle('甘肃城关区：“三化措施”力促在职党员进社区');
    expect(result.region?.path).toEqual(['甘肃省', '兰州市', '城关区']);
    expect(result.mention).toBe('甘肃城关区');
  });

  it('collapses 直辖市 paths to province and district', () => {
    expect(resolveTitle('北京市朝阳区：推行“街乡吹哨”').region?.path).toEqual(['北京市', '朝阳区']);
  });

  it('accepts a short name only where the headline closes on it', () => {
    expect(resolveTitle('望江：村民小组长队伍规范化').region?.name).toBe('望江县');
    expect(resolveTitle('望江持续用力推动转化提升').region).toBeNull();
  });

  it('takes a short city name a headline names as what visitors from above came to see', () => {
    const text = '11月3日至4日，中组部有关调研组来宁波调研城市基层党建工作。调研组先后考察了海曙区、鄞州区的社区党群服务中心，对我市红色物业工作给予肯定。';
    expect(resolveTitle('中组部调研宁波城市基层党建工作', { text }).region?.path).toEqual(['浙江省', '宁波市']);
    // Without the visitors, a short name inside the headline is still no place.
    expect(resolveTitle('学习宁波城市基层党建工作经验', { text: '近日，我县组织社区党组织书记外出学习。' }).region).toBeNull();
  });

  it('settles a short name a city shares with a zone inside it by the places it holds (兰州: 兰州市, not 兰州新区)', () => {
    const text = '近日，省委组织部调研组来兰州调研城市基层党建工作，先后考察了城关区、七里河区的小区党支部。';
    expect(resolveTitle('省委组织部调研兰州城市基层党建工作', { text }).region?.path).toEqual(['甘肃省', '兰州市']);
  });

  it('skips bullets and brackets before the subject', () => {
    expect(resolveTitle('□望江县：推行“三色管理”').region?.name).toBe('望江县');
    expect(resolveTitle('【安徽望江】推行“三色管理”').region?.path).toEqual(['安徽省', '安庆市', '望江县']);
  });

  it('skips a news dateline and takes the place the first sentence is about', () => {
    const text = '新华社合肥6月28日电 近日，肥西县推行党员“积分制”管理，覆盖党员1.2万名。';
    expect(resolveTitle('推行党员“积分制”管理', { text }).region?.path).toEqual(['安徽省', '合肥市', '肥西县']);
  });

  it('reads traditional characters', () => {
    expect(resolveTitle('四川省廣安市廣安區： 破冰社區經濟').region?.code).toBe('511602');
  });
});

describe('region resolver: names that must not fool it', () => {
  it('is not fooled by a province name inside an organisation name', () => {
    const result = resolveTitle('依托安徽大学共建博士工作站', { text: '安徽大学与企业共建工作站3个。' });
    expect(result.region).toBeNull();
    expect(result.candidates).toEqual([]);
  });

  it('prefers the headline subject over places mentioned in the body', () => {
    const text = '组织35名致富带头人赴巢湖三瓜公社学习观摩。依托安徽大学在大通区设立的博士工作站。';
    expect(resolveTitle('大通区：“四个强化”抓党建促脱贫', { text }).region?.path).toEqual(['安徽省', '淮南市', '大通区']);
    expect(resolveTitle('“四个强化”抓党建促脱贫', { text: '组织致富带头人赴巢湖三瓜公社学习观摩。' }).region).toBeNull();
  });

  it('does not read a short name ending in 党 where the 党 opens a Party word (“云”上党建 is not 上党区)', () => {
    const text = '“云”上党建平台上线以来，全县流动党员参学率达95%，线上党课覆盖每个支部。';
    expect(resolveTitle('“云”上党建 让流动党员离乡不离党', { text }).region).toBeNull();
    expect(resolveTitle('上党区：推行党员积分制管理', { text: '今年以来，上党区在农村党员中推行积分制管理。' }).region?.path).toEqual(['山西省', '长治市', '上党区']);
  });

  it('does not read word tails as counties (示范县, 城区)', () => {
    expect(resolveTitle('创建党建示范县 推动整县提升').region).toBeNull();
    expect(resolveTitle('城区党建联盟激发治理活力').region).toBeNull();
  });
});

describe('region resolver: a city feature with village examples from several counties', () => {
  const lead = '新形势下，基层党组织建设是一切党建工作的基础，直接关系党的凝聚力和战斗力。\n“幸福是奋斗出来的。”在决战脱贫攻坚的战场上，凝结着安庆市各级党组织的心血和广大党员的汗水。\n';

  it('takes the city it names when its towns lie in two of its counties', () => {
    const text = `${lead}“当初我们还不相信这个年轻的村支书能带着大家搞发展。”在宿松县许岭镇，村民们对村支书赞不绝口。\n为了选优配强村级班子，安庆市委出台村党组织书记分析研判意见。\n望江县华阳镇的“背包干部”，背来了老百姓的幸福生活。`;
    expect(resolveTitle('新形势下', { text }).region?.path).toEqual(['安徽省', '安庆市']);
  });

  it('keeps the county when all its towns lie in it', () => {
    const text = `${lead}“当初我们还不相信这个年轻的村支书能带着大家搞发展。”在宿松县许岭镇，村民们对村支书赞不绝口。\n宿松县复兴镇的“背包干部”，背来了老百姓的幸福生活。`;
    expect(resolveTitle('新形势下', { text }).region?.path).toEqual(['安徽省', '安庆市', '宿松县']);
  });
});

describe('region resolver: ambiguity', () => {
  it('leaves 城关区 alone unresolved, with every candidate', () => {
    const result = resolveTitle('城关区：“三化措施”力促在职党员进社区');
    expect(result.region).toBeNull();
    expect(result.candidates.map((ref) => ref.code)).toEqual(['540102', '620102']);
    expect(result.mention).toBe('城关区');
  });

  it('leaves 鼓楼区 alone unresolved across four cities', () => {
    const result = resolveTitle('鼓楼区：推行“红色物业”');
    expect(result.region).toBeNull();
    expect(result.candidates.map((ref) => ref.path[1])).toEqual(['南京市', '徐州市', '福州市', '开封市']);
  });
});

describe('region resolver: sub-regions', () => {
  it('keeps a street named after its district as the sub-region', () => {
    const result = resolveTitle('田家庵区洞山街道；打造“社区党校”');
    expect(result.region?.path).toEqual(['安徽省', '淮南市', '田家庵区']);
    expect(result.subRegion).toEqual({
      code: '340403007',
      name: '洞山街道',
      level: 'township',
      path: ['安徽省', '淮南市', '田家庵区', '洞山街道'],
      pathCodes: ['34', '3404', '340403', '340403007'],
    });
    expect(result.mention).toBe('田家庵区洞山街道');
  });

  it('makes a community named after its street a community-level sub-region', () => {
    const result = resolveTitle('田家庵区洞山街道黎明社区：推行“楼栋长”制');
    expect(result.region?.name).toBe('田家庵区');
    expect(result.subRegion?.code).toBe('340403007-c-黎明社区');
    expect(result.subRegion?.level).toBe('community');
    expect(result.subRegion?.path).toEqual(['安徽省', '淮南市', '田家庵区', '洞山街道', '黎明社区']);
    expect(result.mention).toBe('田家庵区洞山街道黎明社区');
  });

  it('puts a community leading the headline under the county the office names', () => {
    const result = resolveTitle('黎明社区：推行“楼栋长”制', { office: '田家庵区委组织部' });
    expect(result.region?.name).toBe('田家庵区');
    expect(result.subRegion?.code).toBe('340403-c-黎明社区');
    expect(result.subRegion?.path).toEqual(['安徽省', '淮南市', '田家庵区', '黎明社区']);
  });

  it('takes a township opening the clause after the colon as the sub-region', () => {
    const result = resolveTitle('田家庵区：洞山街道打造“社区党校”');
    expect(result.region?.name).toBe('田家庵区');
    expect(result.subRegion?.code).toBe('340403007');
  });

  it('resolves a street leading the headline to its district', () => {
    const result = resolveTitle('洞山街道：“社区党校”服务党员学习');
    expect(result.region?.name).toBe('田家庵区');
    expect(result.subRegion?.name).toBe('洞山街道');
  });

  it('does not take a street or community mentioned in the body as the sub-region', () => {
    const text = '依托黎明社区探索建立社区党校，红光乡辽原村党支部建立微信群。';
    expect(resolveTitle('田家庵区：打造“社区党校”', { text }).subRegion).toBeNull();
  });
});

describe('region resolver: historical units', () => {
  it('resolves a district abolished in 2019 to the unit as it was', () => {
    const result = regionResolver().resolve(
      buildItem({ title: '强化城市基层党建 打造“10分钟服务圈”', office: '中共伊春区委组织部' }),
      buildContext(),
    );
    expect(result.region).toMatchObject({
      code: 'H-230702',
      name: '伊春区',
      path: ['黑龙江省', '伊春市', '伊春区'],
      abolished: true,
      successorCode: '230717',
    });
    expect(result.mention).toBe('伊春区');
  });

  it('resolves a renamed prefecture city at city level', () => {
    const result = resolveTitle('襄樊市：推行“双述双评”');
    expect(result.region?.path).toEqual(['湖北省', '襄樊市']);
    expect(result.region?.successorCode).toBe('4206');
  });
});

describe('region resolver: lookup', () => {
  it('returns every unit for a full or short name', () => {
    const resolver = regionResolver();
    expect(resolver.lookup('城关区').map((ref) => ref.code)).toEqual(['540102', '620102']);
    expect(resolver.lookup('望江').map((ref) => ref.code)).toEqual(['340827']);
    expect(resolver.lookup('伊春区').map((ref) => ref.code)).toEqual(['H-230702']);
    expect(resolver.lookup('不存在县')).toEqual([]);
  });

  // Speed is measured by `npm run bench` (extraction items/s), never by a timed unit test.
  it('resolves a long item that repeats its figures, whatever the headline place', () => {
    const resolver = regionResolver();
    const text = '①强化联系帮扶。建立帮扶机制，正县级领导结对帮扶5户，副县级领导帮扶4户。'.repeat(40);
    const regionOf = (title: string) => resolver.resolve(buildItem({ title, text }), buildContext()).region?.code;
    expect(regionOf('望江县：“四个强化”抓党建促脱贫')).toBe('340827');
    // 城关区 is shared (拉萨, 兰州) and nothing in the text settles it: no guess.
    expect(regionOf('城关区：“四个强化”抓党建促脱贫')).toBeUndefined();
  });
});
