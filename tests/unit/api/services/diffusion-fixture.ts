/**
 * An invented corpus for the diffusion computation, small enough to compute by hand: three cities
 * in two provinces and a municipality's district, a reprint, a township's report, a year-only, an
 * undated, an unplaced and a city-level report. The expected answers are in diffusion.test.ts.
 */
import type { RegionRef } from '../../../../graph/model.ts';
import type { DiffusionReport } from '../../../../api/services/diffusion-types.ts';

const region = (code: string, name: string, level: RegionRef['level'], path: string[], pathCodes: string[]): RegionRef => ({ code, name, level, path, pathCodes });
const county = (code: string, name: string, city: [string, string], province: [string, string]): RegionRef =>
  region(code, name, 'county', [province[1], city[1], name], [province[0], city[0], code]);

const 安徽: [string, string] = ['34', '安徽省'];
const 浙江: [string, string] = ['33', '浙江省'];
const 云岭: [string, string] = ['3411', '云岭市'];
const 江口: [string, string] = ['3412', '江口市'];
const 东湖: [string, string] = ['3301', '东湖市'];

export const places = {
  安徽省: region('34', '安徽省', 'province', ['安徽省'], ['34']),
  浙江省: region('33', '浙江省', 'province', ['浙江省'], ['33']),
  北京市: region('11', '北京市', 'province', ['北京市'], ['11']),
  云岭市: region('3411', '云岭市', 'city', ['安徽省', '云岭市'], ['34', '3411']),
  江口市: region('3412', '江口市', 'city', ['安徽省', '江口市'], ['34', '3412']),
  东湖市: region('3301', '东湖市', 'city', ['浙江省', '东湖市'], ['33', '3301']),
  青禾县: county('341101', '青禾县', 云岭, 安徽),
  石溪县: county('341102', '石溪县', 云岭, 安徽),
  白沙县: county('341103', '白沙县', 云岭, 安徽),
  柳岸县: county('341201', '柳岸县', 江口, 安徽),
  桃源县: county('341202', '桃源县', 江口, 安徽),
  南屏县: county('330101', '南屏县', 东湖, 浙江),
  北山县: county('330102', '北山县', 东湖, 浙江),
  东城区: region('110101', '东城区', 'county', ['北京市', '东城区'], ['11', '110101']),
  华石镇: region('341102100', '华石镇', 'township', ['安徽省', '云岭市', '石溪县', '华石镇'], ['34', '3411', '341102', '341102100']),
} satisfies Record<string, RegionRef>;

export const gazetteer: RegionRef[] = Object.values(places);

const report = (reportId: string, itemId: string, place: RegionRef | null, date: string | null, year: number | null = null): DiffusionReport =>
  ({ reportId, itemId, region: place, date, year });

/** r1 is printed twice (a reprint in a later bulletin): one report, dated by its first copy. */
export const reports: DiffusionReport[] = [
  report('r8', 'yl-2018:1', places.云岭市, '2018-11-11'),
  report('r1', 'yl-2019:1', places.青禾县, '2019-03-10'),
  report('r1', 'sheng-2019:4', places.青禾县, '2019-05-01'),
  report('r7', 'wang-2020:2', null, '2020-02-02'),
  report('r9', 'jing-2020:1', places.东城区, '2020-06-01'),
  report('r2', 'yl-2020:3', places.华石镇, '2020-06-15'),
  report('r4', 'jk-2020:1', places.柳岸县, null, 2020),
  report('r3', 'yl-2021:2', places.石溪县, '2021-01-05'),
  report('r5', 'dh-2021:1', places.南屏县, '2021-09-30'),
  report('r6', 'yl-x:1', places.白沙县, null),
];
