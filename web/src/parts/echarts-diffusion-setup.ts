/**
 * What the diffusion charts add to ECharts (echarts-setup.ts has the rest): line series for the
 * curves, the map series with a visual map for first-report years, a legend, and China's province
 * boundaries from the china-geojson package (docs/decisions/0008-china-map.md). Loaded only when
 * the practice page draws them, so no other page downloads the map.
 */
import { LineChart, MapChart } from 'echarts/charts';
import { LegendComponent, VisualMapComponent } from 'echarts/components';
import { getInstanceByDom, registerMap, use } from 'echarts/core';
import type { EChartsType } from 'echarts/core';

/** diffusion-charts.ts names the map the same way. */
export const CHINA_MAP = 'china';

/** A province feature of the map: its code (34) and the name the geometry carries (安徽). */
export interface MapProvince {
  code: string;
  name: string;
}

interface ProvinceFeature {
  id?: string;
  properties: { id?: string; name: string };
}

let provinces: MapProvince[] = [];

export async function loadDiffusionCharts(): Promise<MapProvince[]> {
  if (provinces.length > 0) return provinces;
  use([LineChart, MapChart, LegendComponent, VisualMapComponent]);
  const geo = (await import('china-geojson/src/geojson/china.json')).default as unknown as { features: ProvinceFeature[] };
  registerMap(CHINA_MAP, geo as never);
  // Features carry the province code as `id` (62 甘肃); 香港, 澳门 and 南海诸岛 have none.
  provinces = geo.features.map((feature) => ({ code: feature.properties.id ?? feature.id ?? '', name: feature.properties.name }));
  return provinces;
}

/** The chart drawn in a host by chartHost (echarts.ts), to update without redrawing (the year slider). */
export function chartIn(host: HTMLElement): EChartsType | undefined {
  return getInstanceByDom(host);
}
