/**
 * Former names of converted units (撤县设区, 撤县设市, 撤市设区): the stem stays, the suffix
 * changes, and older bulletins keep writing the old one.
 */
import { describe, expect, it } from 'vitest';
import { buildFormerNames } from '../../../../language/knowledge/gazetteer-build.ts';
import { loadGazetteer } from '../../../../language/knowledge/gazetteer.ts';
import type { RegionRef } from '../../../../language/types.ts';

function unit(code: string, path: string[], level: RegionRef['level']): RegionRef {
  const pathCodes = path.map((_, index) => code.slice(0, 2 + 2 * index).padEnd(2 + 2 * index, '0'));
  pathCodes[pathCodes.length - 1] = code;
  return { code, name: path.at(-1)!, level, path, pathCodes };
}

// An invented province in the genre: codes and names are ours.
const province = unit('77', ['青岭省'], 'province');
const city = unit('7701', ['青岭省', '松川市'], 'city');
const otherCity = unit('7702', ['青岭省', '白河市'], 'city');
const current: RegionRef[] = [
  province, city, otherCity,
  unit('770102', ['青岭省', '松川市', '石桥区'], 'county'),
  unit('770181', ['青岭省', '松川市', '云岭市'], 'county'),
  unit('770103', ['青岭省', '松川市', '东湖区'], 'county'),
  unit('770225', ['青岭省', '白河市', '东湖县'], 'county'),
  unit('770104', ['青岭省', '松川市', '通江区'], 'county'),
  unit('770202', ['青岭省', '白河市', '通江区'], 'county'),
  unit('770105', ['青岭省', '松川市', '城区'], 'county'),
  unit('770226', ['青岭省', '白河市', '满族自治区'], 'county'),
];

describe('buildFormerNames', () => {
  const former = buildFormerNames(current, []);
  const named = (name: string) => former.find((ref) => ref.name === name);

  it('gives a district its names as a county and as a county-level city, abolished, under its own city', () => {
    expect(named('石桥县')).toMatchObject({ level: 'county', path: ['青岭省', '松川市', '石桥县'], abolished: true, successorCode: '770102' });
    expect(named('石桥市')).toMatchObject({ successorCode: '770102' });
    expect(named('石桥县')!.pathCodes).toEqual(['77', '7701', named('石桥县')!.code]);
  });

  it('gives a county-level city its name as a county, not as a district', () => {
    expect(named('云岭县')).toMatchObject({ successorCode: '770181' });
    expect(named('云岭区')).toBeUndefined();
  });

  it('never takes a name a current or listed unit has, nor one two units would give', () => {
    expect(named('东湖县')).toBeUndefined();
    expect(buildFormerNames(current, [{ ...unit('H-7701-石桥县', ['青岭省', '松川市', '石桥县'], 'county'), abolished: true }]).some((ref) => ref.name === '石桥县')).toBe(false);
    expect(named('通江县')).toBeUndefined();
    expect(named('通江市')).toBeUndefined();
  });

  it('leaves one-character stems and autonomous units alone', () => {
    expect(named('城县')).toBeUndefined();
    expect(former.some((ref) => ref.name.includes('自治'))).toBe(false);
  });
});

describe('the gazetteer with former names', () => {
  it('knows a county made a district by its old name, pointing at the district', () => {
    const gazetteer = loadGazetteer();
    const [old] = gazetteer.byName('彭山县');
    expect(old).toMatchObject({ abolished: true, path: ['四川省', '眉山市', '彭山县'] });
    expect(gazetteer.byCode(old!.successorCode!)?.name).toBe('彭山区');
    // A name some current unit has is never shadowed by a former one.
    expect(gazetteer.byName('朝阳县').every((ref) => ref.abolished !== true)).toBe(true);
  });

  it('knows counties renamed when they were converted, which no stem gives (户县 → 鄠邑区, 林芝县 → 巴宜区)', () => {
    const gazetteer = loadGazetteer();
    const [hu] = gazetteer.byName('户县');
    expect(hu).toMatchObject({ abolished: true, path: ['陕西省', '西安市', '户县'] });
    expect(gazetteer.byCode(hu!.successorCode!)?.name).toBe('鄠邑区');
    const [linzhi] = gazetteer.byName('林芝县');
    expect(linzhi).toMatchObject({ abolished: true, path: ['西藏自治区', '林芝市', '林芝县'] });
    expect(gazetteer.byCode(linzhi!.successorCode!)?.name).toBe('巴宜区');
    expect(gazetteer.byName('开县')[0]?.path).toEqual(['重庆市', '开县']);
  });
});
