import { describe, expect, it } from 'vitest';
import { buildContext, buildItem, region, regionResolver, resolveTitle } from './fixtures.ts';

describe('region resolver: document context', () => {
  it('settles a shared district name with the publisher city', () => {
    const result = resolveTitle('鼓楼区：推行“红色物业”', {}, { publisher: '中共福州市委组织部研究室' });
    expect(result.region?.path).toEqual(['福建省', '福州市', '鼓楼区']);
    expect(result.candidates).toEqual([]);
  });

  it('settles a shared district name with a short city name in the document title', () => {
    expect(resolveTitle('鼓楼区：推行“红色物业”', {}, { documentTitle: '南京组工信息' }).region?.code).toBe('320106');
  });

  it('settles a shared district name with the city the item itself mentions', () => {
    const text = '鼓楼区作为开封市的老城区，推行“红色物业”，覆盖小区32个。';
    expect(resolveTitle('鼓楼区：推行“红色物业”', { text }).region?.code).toBe('410204');
  });

  it('settles a shared district name with the office', () => {
    expect(resolveTitle('城关区：推行“三化措施”', { office: '中共兰州市委组织部' }).region?.code).toBe('620102');
  });

  it('settles a shared district name with the sibling items’ city', () => {
    const siblings = [region('320303'), region('320311')]; // 云龙区, 泉山区 of 徐州
    const result = resolveTitle('鼓楼区：推行“红色物业”', {}, { siblingRegions: siblings });
    expect(result.region?.path).toEqual(['江苏省', '徐州市', '鼓楼区']);
  });

  it('settles with the sibling province when no sibling shares a city', () => {
    const baiyin = [region('620402'), region('620421')]; // 白银区, 靖远县 of 白银市, 甘肃省
    expect(resolveTitle('城关区：推行“双联”', {}, { siblingRegions: baiyin }).region?.code).toBe('620102');
  });

  it('lets the item’s own prefix beat the publisher for 市外参考 items', () => {
    const result = resolveTitle('甘肃城关区：“三化措施”', { section: '市外参考' }, { publisher: '中共安庆市委组织部研究室' });
    expect(result.region?.path).toEqual(['甘肃省', '兰州市', '城关区']);
  });

  it('puts a bare county of a city bulletin under the publisher city', () => {
    const result = resolveTitle('望江县：出台《意见》规范村民小组长队伍', {}, { publisher: '中共安庆市委组织部研究室' });
    expect(result.region?.path).toEqual(['安徽省', '安庆市', '望江县']);
  });

  it('settles a township of a county bulletin with the county publisher', () => {
    const result = resolveTitle('华阳镇：推行“村民说事”', {}, { publisher: '中共望江县委组织部' });
    expect(result.region?.path).toEqual(['安徽省', '安庆市', '望江县']);
    expect(result.subRegion?.code).toBe('340827100');
    const alone = resolveTitle('华阳镇：推行“村民说事”');
    expect(alone.region).toBeNull();
    expect(alone.candidates.length).toBeGreaterThanOrEqual(2);
  });

  it('gives an item that names no place the publisher’s unit, except in sections about elsewhere', () => {
    const publisher = '中共安庆市委组织部研究室';
    const home = resolveTitle('全市召开基层党建工作推进会', {}, { publisher });
    expect(home.region?.path).toEqual(['安徽省', '安庆市']);
    expect(home.mention).toBeNull();
    expect(resolveTitle('全面推行村级组织“一肩挑”', { section: '市外参考' }, { publisher }).region).toBeNull();
    expect(resolveTitle('全市召开基层党建工作推进会').region).toBeNull();
  });

  it('stays unresolved when context points nowhere near any candidate', () => {
    const result = resolveTitle('城关区：推行“双联”', {}, { publisher: '中共安庆市委组织部研究室' });
    expect(result.region).toBeNull();
    expect(result.candidates).toHaveLength(2);
  });
});

describe('region resolver: history in context', () => {
  it('prefers the current unit of a reused name without other hints', () => {
    expect(resolveTitle('友好区：推行“林区党建”').region?.code).toBe('230719');
  });

  it('prefers the abolished unit when siblings are abolished units of the same city', () => {
    const siblings = [region('H-230702'), region('H-230706')]; // 伊春区, 翠峦区
    const result = resolveTitle('友好区：推行“林区党建”', {}, { siblingRegions: siblings });
    expect(result.region?.code).toBe('H-230704');
    expect(result.region?.path).toEqual(['黑龙江省', '伊春市', '友好区']);
  });

  it('places a county that changed city under the old city when the publisher says so', () => {
    const result = resolveTitle('枞阳县：推行“村级小微权力清单”', {}, { publisher: '中共安庆市委组织部' });
    expect(result.region?.code).toBe('H-340823');
    expect(result.region?.path).toEqual(['安徽省', '安庆市', '枞阳县']);
    expect(resolveTitle('枞阳县：推行“村级小微权力清单”').region?.path).toEqual(['安徽省', '铜陵市', '枞阳县']);
  });

  it('takes the later of two abolished units in one succession', () => {
    const result = resolveTitle('无为县：推行“一村一策”');
    expect(result.region?.code).toBe('H-340225');
    expect(result.region?.path).toEqual(['安徽省', '芜湖市', '无为县']);
  });

  it('knows the counties 长治 turned into districts in 2018 by their old names', () => {
    expect(resolveTitle('屯留县：组建党员志愿服务队').region?.path).toEqual(['山西省', '长治市', '屯留县']);
    expect(resolveTitle('长治县：推行“院坝夜话”').region?.code).toBe('H-140421');
    expect(resolveTitle('潞城市：整顿软弱涣散村党组织').region?.code).toBe('H-140481');
  });

  it('knows a county turned into a district in 2020 by its old name, written in full (水城县), and the district by its new one', () => {
    expect(resolveTitle('水城县：推行村干部职业化管理').region?.path).toEqual(['贵州省', '六盘水市', '水城县']);
    expect(resolveTitle('水城区：推行村干部职业化管理').region?.path).toEqual(['贵州省', '六盘水市', '水城区']);
  });

  it('follows an abolished city prefix to its abolished county', () => {
    expect(resolveTitle('巢湖市无为县：推行“一村一策”').region?.code).toBe('H-341422');
  });
});

describe('region resolver: a roundup settled across its items', () => {
  const settleAll = (entries: { title: string; text?: string; section?: string }[]) => {
    const resolver = regionResolver();
    const items = entries.map((entry, i) => buildItem({ ordinal: i + 1, title: entry.title, text: entry.text ?? '', section: entry.section ?? null }));
    const read = items.map((item) => resolver.resolve(item, buildContext()));
    return resolver.settleDocument?.(items, read) ?? read;
  };

  it('puts an introduction naming no place in the unit holding every item after it', () => {
    const [intro, first, second] = settleAll([
      { title: '各县区持续推进村级组织阵地提质', text: '今年以来，各县区把阵地建设作为抓基层打基础的重点。' },
      { title: '望江县推行“阵地+服务”模式', text: '望江县整合资源建成服务站12个。' },
      { title: '宿松县打造“一村一阵地”', text: '宿松县新建改建阵地30处。' },
    ]);
    expect(intro?.region?.path).toEqual(['安徽省', '安庆市']);
    expect(intro?.evidence).toBe('sibling');
    expect(first?.region?.path).toEqual(['安徽省', '安庆市', '望江县']);
    expect(second?.evidence).toBe('headline');
  });

  it('settles an item whose shared name its siblings place in one province', () => {
    const [shared] = settleAll([
      { title: '城关区推行“网格+党建”', text: '城关区把党支部建在网格上。' },
      { title: '安宁区打造“红色物业”', text: '安宁区成立物业党支部。' },
      { title: '七里河区实施“小区议事”', text: '七里河区建立议事会。' },
    ]);
    expect(shared?.region?.path).toEqual(['甘肃省', '兰州市', '城关区']);
  });

  it('leaves an item alone when the others lie in different provinces or it reports elsewhere', () => {
    const [mixed] = settleAll([
      { title: '各地经验摘编', text: '本期摘编几地做法。' },
      { title: '望江县推行“阵地+服务”模式' },
      { title: '城固县打造“红色驿站”' },
    ]);
    expect(mixed?.region).toBeNull();
    const [elsewhere] = settleAll([
      { title: '外地做法一则', text: '有的地方推行积分管理。', section: '市外参考' },
      { title: '望江县推行“阵地+服务”模式' },
      { title: '宿松县打造“一村一阵地”' },
    ]);
    expect(elsewhere?.region).toBeNull();
  });
});
