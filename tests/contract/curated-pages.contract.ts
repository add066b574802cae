/**
 * Contract, read through the services as the practice page reads: after each curation action the
 * practice's page shows its own description, aliases, items and places — never those of a taxonomy
 * practice its name happens to contain (单元长议事厅 holds 单元长, 单元长制's alias).
 */
import { describe, expect, it } from 'vitest';
import { createAtlasServices } from '../../api/services/index.ts';
import type { AtlasServices } from '../../api/services/types.ts';
import type { GraphStore } from '../../graph/store.ts';
import { createHashingEmbedder } from '../../language/embed/index.ts';
import { createSegmenter, domainWords } from '../../language/segment/index.ts';
import { buildDocument, buildItem, regions, taxonomy } from './builders.ts';
import { ids, loadCorpus } from './corpus.ts';
import type { StoreHarness } from './harness.ts';

const 议事厅 = { name: '单元长议事厅', matched: '“单元长议事厅”' };

/** A later report from 嘉荫县 naming a new mechanism whose name contains 单元长. */
const jiayinReport = buildDocument({
  id: 'yichun-2022-05',
  source: 'bulletins/伊春组工信息2022第5期.txt',
  hash: 'sha256-yichun-2022-05-v1',
  date: '2022-05-12',
  items: [buildItem({
    id: 'yichun-2022-05:1', date: '2022-05-12', year: 2022, region: regions.jiayin, regionMention: '嘉荫县',
    title: '嘉荫县设立“单元长议事厅”', office: '嘉荫县委组织部',
    text: '嘉荫县在12个小区设立“单元长议事厅”，由楼栋党员每月召集居民议事。',
    practices: [], candidatePractices: [议事厅], outcomes: [],
  })],
});

function servicesOver(store: GraphStore): AtlasServices {
  return createAtlasServices({
    store, taxonomy, embedder: createHashingEmbedder(), segmenter: createSegmenter({ words: domainWords(taxonomy) }),
    // Places are not what these pages are asked about: no gazetteer lookups.
    regions: { lookup: () => [] }, places: () => [],
  });
}

async function pageOf(services: AtlasServices, name: string) {
  const [practice, adoptions] = await Promise.all([services.practice(name), services.adoptions(name)]);
  return {
    practice: practice && { name: practice.name, description: practice.description, aliases: practice.aliases, status: practice.status },
    resolvedTo: adoptions.practices.map((found) => found.name),
    places: adoptions.adoptions.map((adoption) => adoption.region?.name ?? null),
    items: adoptions.adoptions.flatMap((adoption) => adoption.items.map((item) => item.id)).sort(),
  };
}

export function describeCuratedPages(harness: StoreHarness): void {
  describe('curated practices read through the services', () => {
    it('PROMOTE: the new practice\'s page is its own, not the taxonomy practice its name contains', async () => {
      await loadCorpus(harness.store);
      await harness.store.writeDocument(jiayinReport);
      await harness.store.curateCandidate({ candidate: '单元长议事厅', action: 'PROMOTE', category: '基层治理', description: '小区居民议事的固定场所。' });
      expect(await pageOf(servicesOver(harness.store), '单元长议事厅')).toEqual({
        practice: { name: '单元长议事厅', description: '小区居民议事的固定场所。', aliases: [], status: 'curated' },
        resolvedTo: ['单元长议事厅'],
        places: ['嘉荫县'],
        items: ['yichun-2022-05:1'],
      });
      // 单元长制's own page is unchanged by it.
      const unit = await pageOf(servicesOver(harness.store), '单元长制');
      expect(unit.practice?.description).toBe(taxonomy[1]!.description);
      expect(unit.items).not.toContain('yichun-2022-05:1');
    });

    it('MERGE: the candidate\'s name opens the practice it joined, with its items and places', async () => {
      await loadCorpus(harness.store);
      await harness.store.writeDocument(jiayinReport);
      await harness.store.curateCandidate({ candidate: '单元长议事厅', action: 'MERGE', into: '社区大党委' });
      const page = await pageOf(servicesOver(harness.store), '单元长议事厅');
      expect(page.practice).toEqual({ name: '社区大党委', description: taxonomy[0]!.description, aliases: [...taxonomy[0]!.aliases, '单元长议事厅'], status: 'curated' });
      expect(page.resolvedTo).toEqual(['社区大党委']);
      expect(page.places).toContain('嘉荫县');
      expect(page.items).toEqual([ids.wangjiang, ids.jiayin, 'yichun-2022-05:1'].sort());
    });

    it('an alias added by a person opens its practice, even where the taxonomy would read another', async () => {
      await loadCorpus(harness.store);
      await harness.store.addAlias('党员积分管理', '单元长积分');
      const page = await pageOf(servicesOver(harness.store), '单元长积分');
      expect(page.practice?.name).toBe('党员积分管理');
      expect(page.resolvedTo).toEqual(['党员积分管理']);
    });

    it('REJECT: the candidate has no page, and its name is not read as another practice\'s page', async () => {
      await loadCorpus(harness.store);
      await harness.store.writeDocument(jiayinReport);
      await harness.store.curateCandidate({ candidate: '单元长议事厅', action: 'REJECT' });
      const services = servicesOver(harness.store);
      expect(await services.practice('单元长议事厅')).toBeNull();
      expect((await services.candidatePractices()).map((candidate) => candidate.name)).not.toContain('单元长议事厅');
    });
  });
}
