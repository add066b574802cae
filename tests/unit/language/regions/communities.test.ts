/**
 * Sub-regions below the county: the township an item is about and the community or village under
 * it, as the report writes them. Fixtures are invented items in the genre.
 */
import { describe, expect, it } from 'vitest';
import { resolveTitle } from './fixtures.ts';

describe('sub-regions: townships and the communities under them', () => {
  it('takes the township and village the body opens on, with no closing mark after the village', () => {
    const result = resolveTitle('“红色物业”破解老旧小区治理难题', { text: '宿松县汇口镇清河村依托党群服务中心，组建志愿服务队5支。' });
    expect(result.region?.path).toEqual(['安徽省', '安庆市', '宿松县']);
    expect(result.subRegion?.name).toBe('汇口镇清河村');
    expect(result.subRegion?.path).toEqual(['安徽省', '安庆市', '宿松县', '汇口镇', '清河村']);
  });

  it('reads 居民区 as a community', () => {
    const result = resolveTitle('“三驾马车”协同治理别墅小区', { text: '田家庵区洞山街道黎明居民区党总支创新打造“物业联盟”。' });
    expect(result.subRegion?.name).toBe('洞山街道黎明居民区');
  });

  it('takes the village a headline names right after its town, whatever follows it', () => {
    const result = resolveTitle('汇口镇清河村村部综合楼落成揭牌', { text: '近日，汇口镇清河村村部综合楼落成。' });
    expect(result.region?.name).toBe('宿松县');
    expect(result.subRegion?.name).toBe('汇口镇清河村');
  });

  it('keeps the township as the report writes it when the gazetteer names it otherwise', () => {
    const result = resolveTitle('新昌回山乡联丰村：茶园里建起党员先锋站');
    expect(result.region?.name).toBe('新昌县');
    expect(result.subRegion?.name).toBe('回山乡联丰村');
  });

  it('names no village for 各村, counted villages or words that only end in 村', () => {
    for (const text of ['宿松县汇口镇各村推行“村民说事”制度。', '宿松县汇口镇12个村全面完成换届。', '宿松县汇口镇新农村建设提速。']) {
      expect(resolveTitle('“村民说事”说出和谐新气象', { text }).subRegion?.name).toBe('汇口镇');
    }
  });

  it('names no village when the town goes on with what it did, or its 村 opens the next word', () => {
    for (const text of ['宿松县汇口镇探索村集体经济“飞地抱团”模式。', '宿松县汇口镇推进村级组织规范化建设。']) {
      expect(resolveTitle('抱团发展壮大村集体经济', { text }).subRegion?.name).toBe('汇口镇');
    }
  });

  it('names no village when the clause after a county’s colon sets something up (创设联村党委, 组建联村党总支)', () => {
    for (const title of ['宿松县：创设联村党委 抱团发展产业', '宿松县：组建联村党总支推动强村带弱村']) {
      const result = resolveTitle(title, { text: '近年来，宿松县打破村域界限，推动相邻村抱团发展。' });
      expect(result.region?.name).toBe('宿松县');
      expect(result.subRegion).toBeNull();
    }
  });

  it('takes the town and village of the headline’s county whose Party branch acts in the first sentence', () => {
    const title = '宿松县：支部引领集体经济发展跑出“加速度”';
    const acting = resolveTitle(title, { text: '近年来，宿松县汇口镇清河村党支部立足资源优势，带领群众发展茶叶产业。' });
    expect(acting.region?.name).toBe('宿松县');
    expect(acting.subRegion?.name).toBe('汇口镇清河村');
    for (const text of ['近年来，宿松县在汇口镇清河村召开集体经济发展现场会。', '宿松县汇口镇清河村是全县有名的茶叶村。\n近年来，清河村党支部立足资源优势。']) {
      expect(resolveTitle(title, { text }).subRegion, text).toBeNull();
    }
  });

  it('takes the town a headline writes under its county after a column tag that names the county short (【宿松行动】宿松县汇口镇…)', () => {
    const result = resolveTitle('【宿松行动】宿松县汇口镇3个村党群服务中心全部建成', { text: '日前，宿松县汇口镇清河村党群服务中心揭牌投用。' });
    expect(result.region?.name).toBe('宿松县');
    expect(result.subRegion?.name).toBe('汇口镇');
  });

  it('names no sub-region when the body opens on a county alone', () => {
    const result = resolveTitle('“村民说事”说出和谐新气象', { text: '宿松县在全县推行“村民说事”制度，解决群众诉求300余件。' });
    expect(result.region?.name).toBe('宿松县');
    expect(result.subRegion).toBeNull();
  });

  it('reads a space as closing a headline subject', () => {
    const result = resolveTitle('汇口镇 推行“村民说事”制度', { text: '今年以来，汇口镇推行“村民说事”制度。' });
    expect(result.subRegion?.name).toBe('汇口镇');
  });
});
