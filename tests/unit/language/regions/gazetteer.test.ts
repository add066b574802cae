import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../../language/knowledge/gazetteer.ts';
import { autonomousUnitForm, shortNameOf } from '../../../../language/knowledge/region-names.ts';

describe('loadGazetteer', () => {
  it('loads once, in under a second of CPU time', () => {
    // CPU time, not wall time: the test machine is shared, and waiting for a core is not our cost.
    const started = process.cpuUsage();
    const gazetteer = loadGazetteer();
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000).toBeLessThan(1000);
    expect(loadGazetteer()).toBe(gazetteer);
  });

  it('gives a county its full path and codes from the province down', () => {
    const [wangjiang] = loadGazetteer().byName('望江县');
    expect(wangjiang).toEqual({
      code: '340827',
      name: '望江县',
      level: 'county',
      path: ['安徽省', '安庆市', '望江县'],
      pathCodes: ['34', '3408', '340827'],
    });
  });

  it('hangs 直辖市 districts directly under the province, without the 市辖区 pseudo-city', () => {
    const gazetteer = loadGazetteer();
    const chaoyang = gazetteer.byName('朝阳区').find((ref) => ref.code === '110105');
    expect(chaoyang?.path).toEqual(['北京市', '朝阳区']);
    expect(chaoyang?.pathCodes).toEqual(['11', '110105']);
    expect(gazetteer.byName('市辖区')).toEqual([]);
    expect(gazetteer.byName('省直辖县级行政区划')).toEqual([]);
  });

  it('hangs province-administered county-level cities under the province', () => {
    const [xiantao] = loadGazetteer().byName('仙桃市');
    expect(xiantao?.path).toEqual(['湖北省', '仙桃市']);
    expect(xiantao?.level).toBe('county');
  });

  it('hangs townships of cities without counties directly under the city', () => {
    const gazetteer = loadGazetteer();
    expect(gazetteer.byName('东莞市').map((ref) => ref.level)).toEqual(['city']);
    const township = gazetteer.children('4419')[0];
    expect(township?.level).toBe('township');
    expect(township?.path.slice(0, 2)).toEqual(['广东省', '东莞市']);
  });

  it('indexes townships by full name under their county', () => {
    const [dongshan] = loadGazetteer().byName('洞山街道');
    expect(dongshan?.path).toEqual(['安徽省', '淮南市', '田家庵区', '洞山街道']);
    expect(dongshan?.code).toBe('340403007');
  });

  it('finds units by short name: province, autonomous prefecture, county', () => {
    const gazetteer = loadGazetteer();
    expect(gazetteer.byShortName('安徽').map((ref) => ref.code)).toEqual(['34']);
    expect(gazetteer.byShortName('甘南').map((ref) => ref.name)).toEqual(['甘南藏族自治州', '甘南县']);
    expect(gazetteer.byShortName('望江').map((ref) => ref.name)).toEqual(['望江县']);
  });

  it('looks a name up in both forms, broad levels first', () => {
    expect(loadGazetteer().lookup('朝阳').map((ref) => ref.path.join('/'))).toEqual([
      '辽宁省/朝阳市',
      '北京市/朝阳区',
      '辽宁省/朝阳市/朝阳县',
      '吉林省/长春市/朝阳区',
    ]);
  });

  it('keeps abolished units with their old parent, an H- code and their successor', () => {
    const gazetteer = loadGazetteer();
    const [yichun] = gazetteer.byName('伊春区');
    expect(yichun).toEqual({
      code: 'H-230702',
      name: '伊春区',
      level: 'county',
      path: ['黑龙江省', '伊春市', '伊春区'],
      pathCodes: ['23', '2307', 'H-230702'],
      abolished: true,
      successorCode: '230717',
    });
    expect(gazetteer.byCode('230717')?.name).toBe('伊美区');
  });

  it('chains abolished units under an abolished city (居巢区 of the old 巢湖市)', () => {
    const gazetteer = loadGazetteer();
    const [juchao] = gazetteer.byName('居巢区');
    expect(juchao?.path).toEqual(['安徽省', '巢湖市', '居巢区']);
    expect(juchao?.pathCodes).toEqual(['34', 'H-3414', 'H-341402']);
    expect(gazetteer.byCode(juchao?.successorCode ?? '')?.path).toEqual(['安徽省', '合肥市', '巢湖市']);
  });

  it('points every successor at a unit the gazetteer knows', () => {
    const gazetteer = loadGazetteer();
    const abolished = gazetteer.all().filter((ref) => ref.abolished);
    expect(abolished.length).toBeGreaterThanOrEqual(40);
    for (const ref of abolished) expect(gazetteer.byCode(ref.successorCode ?? '')).toBeDefined();
  });

  it('lists the full names for the segmenter dictionary, current and historical', () => {
    const names = new Set(loadGazetteer().allNames());
    for (const name of ['安徽省', '安庆市', '望江县', '洞山街道', '伊春区', '襄樊市']) expect(names.has(name)).toBe(true);
    expect(names.has('市辖区')).toBe(false);
  });
});

describe('shortNameOf', () => {
  it('drops generic and autonomous suffixes, keeping at least two characters', () => {
    expect(shortNameOf('内蒙古自治区', 'province')).toBe('内蒙古');
    expect(shortNameOf('新疆维吾尔自治区', 'province')).toBe('新疆');
    expect(shortNameOf('巴音郭楞蒙古自治州', 'city')).toBe('巴音郭楞');
    expect(shortNameOf('湘西土家族苗族自治州', 'city')).toBe('湘西');
    expect(shortNameOf('保亭黎族苗族自治县', 'county')).toBe('保亭');
    expect(shortNameOf('大兴安岭地区', 'city')).toBe('大兴安岭');
    expect(shortNameOf('寿县', 'county')).toBeNull();
    expect(shortNameOf('洞山街道', 'township')).toBeNull();
  });
});

describe('autonomousUnitForm', () => {
  it('keeps the stem and the unit word of an autonomous prefecture, county or banner', () => {
    expect(autonomousUnitForm('湘西土家族苗族自治州')).toBe('湘西州');
    expect(autonomousUnitForm('海南藏族自治州')).toBe('海南州');
    expect(autonomousUnitForm('木垒哈萨克自治县')).toBe('木垒县');
    expect(autonomousUnitForm('鄂伦春自治旗')).toBe('鄂伦春旗');
    expect(autonomousUnitForm('新疆维吾尔自治区')).toBeNull();
    expect(autonomousUnitForm('望江县')).toBeNull();
  });
});
