/**
 * The data side of the diffusion charts, pure so it is tested without a browser: which provinces
 * the map shades up to a year, and several practices' cumulative curves on one set of years.
 */

export interface Step {
  period: string;
  newAdopters: number;
  cumulative: number;
}

export interface ProvinceFirst {
  code: string;
  name: string;
  adopters: number;
  firstYear: number | null;
}

export interface MapArea {
  /** The name the map's geometry carries (安徽), which ECharts matches data by. */
  name: string;
  /** Our name (安徽省) when the province reported the practice. */
  fullName: string | null;
  /** First-report year when it is ≤ the year shown; null otherwise (drawn as not yet reported). */
  value: number | null;
  adopters: number;
  /** Reported, but only undated: never shaded, said in the tooltip. */
  undatedOnly: boolean;
}

/** Every province of the map, shaded by first-report year if that year is not after `upTo`. */
export function mapAreas(geometry: { code: string; name: string }[], provinces: ProvinceFirst[], upTo: number): MapArea[] {
  const byCode = new Map(provinces.map((province) => [province.code, province]));
  return geometry.map((area) => {
    const province = byCode.get(area.code);
    const shown = province !== undefined && province.firstYear !== null && province.firstYear <= upTo;
    return {
      name: area.name,
      fullName: province?.name ?? null,
      value: shown ? province.firstYear : null,
      adopters: shown ? province.adopters : 0,
      undatedOnly: province !== undefined && province.firstYear === null,
    };
  });
}

/** The years the curve covers, as numbers: [first, last]; null when nothing is dated. */
export function yearSpan(steps: Step[]): [number, number] | null {
  const first = steps[0];
  const last = steps.at(-1);
  return first === undefined || last === undefined ? null : [Number(first.period), Number(last.period)];
}

export interface Curve {
  name: string;
  steps: Step[];
}

/**
 * Curves on a shared run of years: before a practice's first report its total is 0, after its last
 * the total stays (nobody un-adopts in this data).
 */
export function alignCurves(curves: Curve[]): { years: string[]; series: { name: string; values: number[] }[] } {
  const spans = curves.map((curve) => yearSpan(curve.steps)).filter((span): span is [number, number] => span !== null);
  if (spans.length === 0) return { years: [], series: curves.map((curve) => ({ name: curve.name, values: [] })) };
  const first = Math.min(...spans.map(([from]) => from));
  const last = Math.max(...spans.map(([, to]) => to));
  const years = Array.from({ length: last - first + 1 }, (_unused, index) => String(first + index));
  return {
    years,
    series: curves.map((curve) => {
      const byYear = new Map(curve.steps.map((step) => [step.period, step.cumulative]));
      let total = 0;
      return { name: curve.name, values: years.map((year) => (total = byYear.get(year) ?? total)) };
    }),
  };
}
