/**
 * A seeded, deterministic corpus of synthetic bulletins for benchmarks: realistic in shape (the
 * genre's mastheads, markers, sections, wraps and furniture), spread over every province and every
 * practice of the taxonomy, and marked as synthetic in each document. The same seed and size give
 * byte-identical documents; each comes with the truth a benchmark checks extraction against.
 */
import type { PracticeDefinition, RegionRef } from '../../graph/model.ts';
import { shortNameOf } from '../../language/knowledge/region-names.ts';
import { loadTaxonomy } from '../../language/knowledge/taxonomy.ts';
import { committeeOf, composeItem, type ItemDraft } from './items.ts';
import { printDocument, type DocumentPlan, type ItemLayout, type SectionPlan } from './layout.ts';
import { ELSEWHERE_SECTIONS, HOME_SECTIONS, PUBLICATION_SUFFIXES, PUBLISHER_OFFICES } from './phrases.ts';
import { createPlacePool, type PlacePool } from './places.ts';
import { createRandom, type Random } from './random.ts';

export interface SyntheticItemTruth {
  title: string;
  regionCode: string;
  regionName: string;
  practice: string;
  outcomeCount: number;
}

export interface SyntheticDocument {
  name: string;
  text: string;
  items: SyntheticItemTruth[];
}

export interface CorpusOptions {
  items: number;
  /** Default 20260101. */
  seed?: number;
}

export const DEFAULT_SEED = 20260101;
export const ITEMS_PER_DOCUMENT = { min: 6, max: 14 } as const;

/** synthetic-00001.txt … (five digits, more when the corpus needs them). */
export function syntheticName(index: number): string {
  return `synthetic-${String(index).padStart(5, '0')}.txt`;
}

/** Items in the next document: 6–14, never leaving a last document shorter than 6. */
function nextDocumentSize(remaining: number, random: Random): number {
  const { min, max } = ITEMS_PER_DOCUMENT;
  if (remaining <= max) return remaining;
  return random.int(min, Math.min(max, remaining - min));
}

const LAYOUTS: readonly ItemLayout[] = ['inline', 'inline', 'markerHeadline', 'numbered', 'placeHeadline', 'bylined'];
const MARKERS = ['△', '□', '■'] as const;

/** Round-robin cursors, so practices and provinces are spread evenly over the corpus. */
interface Cursors {
  practices: PracticeDefinition[];
  practiceAt: number;
  provinces: readonly RegionRef[];
  provinceAt: number;
}

function nextPractice(cursors: Cursors): PracticeDefinition {
  const practice = cursors.practices[cursors.practiceAt % cursors.practices.length] as PracticeDefinition;
  cursors.practiceAt++;
  return practice;
}

function nextProvince(cursors: Cursors): RegionRef {
  const province = cursors.provinces[cursors.provinceAt % cursors.provinces.length] as RegionRef;
  cursors.provinceAt++;
  return province;
}

/** Home items come from the publisher's city most of the time; the rest from anywhere. */
function pickRegion(home: RegionRef, elsewhere: boolean, pool: PlacePool, cursors: Cursors, random: Random): RegionRef {
  const roll = random.next();
  if (!elsewhere && roll < 0.6) return pool.countyIn(home, random);
  if (!elsewhere && roll < 0.7 && home.level === 'city') return home;
  const province = nextProvince(cursors);
  const city = pool.cityIn(province, random);
  return random.chance(0.15) && city.level === 'city' ? city : pool.countyIn(province, random);
}

interface SectionShape {
  name: string;
  /** Reports other places (市外参考): its items come from anywhere. */
  elsewhere: boolean;
  size: number;
}

/** None (a quarter of documents), or up to three sections: home, elsewhere, home again. */
function planSections(count: number, random: Random): SectionShape[] {
  const most = Math.min(3, Math.floor(count / 2));
  const sectionCount = most < 1 || random.chance(0.25) ? 0 : random.int(1, most);
  if (sectionCount === 0) return [{ name: '', elsewhere: false, size: count }];
  const first = random.pick(HOME_SECTIONS);
  const names = [first, random.pick(ELSEWHERE_SECTIONS), random.pick(HOME_SECTIONS.filter((name) => name !== first))];
  const sections: SectionShape[] = [];
  let left = count;
  for (let i = 0; i < sectionCount; i++) {
    const size = i === sectionCount - 1 ? left : random.int(2, left - 2 * (sectionCount - 1 - i));
    sections.push({ name: names[i] as string, elsewhere: i === 1, size });
    left -= size;
  }
  return sections;
}

function planDocument(count: number, pool: PlacePool, cursors: Cursors, random: Random): DocumentPlan {
  const province = nextProvince(cursors);
  const home = pool.homeCity(province, random);
  const homeShort = shortNameOf(home.name, home.level) ?? home.name;
  const layout = random.pick(LAYOUTS);
  const markers = layout === 'inline' || layout === 'markerHeadline';
  const wrapWidth = random.chance(0.3) ? random.int(36, 46) : null;
  const pdfSpaces = random.chance(0.25);
  const titleMax = 38;
  const spacedTitles = !pdfSpaces && layout !== 'inline';
  const sections: SectionPlan[] = planSections(count, random).map((section) => {
    const items: ItemDraft[] = [];
    for (let i = 0; i < section.size; i++) {
      const region = pickRegion(home, section.elsewhere, pool, cursors, random);
      const place = pool.place(region, random, layout !== 'placeHeadline');
      items.push(composeItem(random, place, nextPractice(cursors), { pdfSpaces, titleMax, spacedTitles }));
    }
    return { name: section.name, items };
  });
  const longestTitle = Math.max(...sections.flatMap((section) => section.items.map((item) => item.title.length)));
  const year = random.int(2016, 2025);
  return {
    publication: random.chance(0.2) ? random.pick(['组织工作动态', '组工信息']) : `${homeShort}${random.pick(PUBLICATION_SUFFIXES)}`,
    issue: random.int(1, 52),
    year,
    month: random.int(1, 12),
    day: random.int(1, 28),
    publisher: `中共${committeeOf(home.name)}${random.pick(PUBLISHER_OFFICES)}`,
    layout,
    marker: random.pick(MARKERS),
    // A ★ heading opens a table of contents to the parser until a marker line ends it; without
    // markers, wrapped lines ending in a number would read as contents entries.
    sectionStyle: random.pick(markers ? (['star', 'bracket', 'plain'] as const) : (['bracket', 'plain'] as const)),
    sections,
    toc: markers && sections[0]?.name !== '' && random.chance(0.4),
    // Headlines on a line of their own must stay clearly shorter than the wrapped lines.
    wrapWidth: wrapWidth === null ? null : Math.max(wrapWidth, Math.ceil(longestTitle / 0.8) + 2),
    pdfSpaces,
  };
}

function truthOf(item: ItemDraft): SyntheticItemTruth {
  return {
    title: item.title,
    regionCode: item.place.ref.code,
    regionName: item.place.ref.name,
    practice: item.practice.name,
    outcomeCount: item.outcomeCount,
  };
}

export function* generateCorpus(options: CorpusOptions): Generator<SyntheticDocument> {
  const total = Math.max(0, Math.floor(options.items));
  const random = createRandom(options.seed ?? DEFAULT_SEED);
  const pool = createPlacePool();
  const cursors: Cursors = {
    practices: random.shuffle(loadTaxonomy()),
    practiceAt: 0,
    provinces: random.shuffle(pool.provinces),
    provinceAt: 0,
  };
  let remaining = total;
  let index = 0;
  while (remaining > 0) {
    const count = nextDocumentSize(remaining, random);
    index++;
    const plan = planDocument(count, pool, cursors, random);
    const text = printDocument(plan, random);
    remaining -= count;
    yield { name: syntheticName(index), text, items: plan.sections.flatMap((section) => section.items.map(truthOf)) };
  }
}
