import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { extractText, segmentPassages } from '../../../../ingest/records.ts';
import { createTextStages } from '../../../../ingest/stages.ts';
import { createTextStagePool } from '../../../../ingest/text-pool.ts';
import type { TextJob, TextJobOutcome, TextStagePool } from '../../../../ingest/text-pool.ts';
import { createStageTimings } from '../../../../ingest/timings.ts';

/** Invented bulletins of the genre: masthead, 市内信息 section, △ items, bylines. */
const BULLETINS: TextJob[] = [
  {
    source: 'xuancheng-12.txt',
    text: `宣城组工信息
第 12 期
中共宣城市委组织部研究室                    2021 年 5 月 18 日

【市内信息】

△泾县：“红色管家”进小区。泾县在城区28个小区推行“红色管家”制度，由社区党组织牵头组建物业服务党小组，今年以来共化解矛盾纠纷136件，群众满意率提升至96.5%。
（泾县县委组织部）

△绩溪县：推行村级组织“单元长制”。绩溪县将全县划分为412个网格单元，每个单元配备1名单元长，累计收集民情民意2300余条，办结率达98%。
（绩溪县委组织部）
`,
  },
  {
    source: 'huangshan-7.txt',
    text: `黄山组织工作动态
第 7 期
中共黄山市委组织部                    2022 年 3 月 2 日

市内信息

△歙县：“党建+旅游”助力乡村振兴。歙县依托古村落资源，组建旅游党建联盟15个，带动村集体经济增收1200万元，帮助1.3万余名群众就近就业。
（中共歙县县委组织部）

△休宁县：开展软弱涣散村党组织整顿。休宁县排查确定软弱涣散村党组织9个，选派驻村第一书记9名，年底前全部完成转化。
（休宁县委组织部）

△黟县：实施“头雁工程”。黟县举办村党组织书记培训班6期，培训320人次，新发展党员48名。
（黟县县委组织部）
`,
  },
  {
    source: 'chizhou-3.txt',
    text: `池州组工信息
第 3 期
中共池州市委组织部                    2020 年 9 月 10 日

【市内信息】

△青阳县：建立“五级书记”抓乡村振兴责任体系。青阳县压实县乡村三级责任，明确任务清单32项，村级集体经济收入全部达到10万元以上。
（青阳县委组织部）
`,
  },
];

const stages = createTextStages();

function singleThread(job: TextJob): TextJobOutcome {
  const doc = extractText(stages, job.text, job.source);
  return { doc, passages: segmentPassages(doc, stages.segmenter) };
}

describe('text-stage pool', () => {
  let pool: TextStagePool;

  beforeAll(async () => {
    pool = await createTextStagePool({ size: 2 });
  });

  afterAll(async () => {
    await pool.close();
  });

  it('gives exactly what extractText + segmentPassages give in one thread', async () => {
    const expected = BULLETINS.map(singleThread);
    expect(expected.every((outcome) => 'doc' in outcome && outcome.doc.items.length > 0)).toBe(true);
    expect(await pool.run(BULLETINS)).toEqual(expected);
  });

  it('keeps input order over 20 documents spread across 2 workers', async () => {
    const jobs = Array.from({ length: 20 }, (_, index) => {
      const bulletin = BULLETINS[index % BULLETINS.length]!;
      return { source: `copy-${index}.txt`, text: bulletin.text.replace(/第 \d+ 期/, `第 ${index + 1} 期`) };
    });
    const results = await pool.run(jobs);
    expect(pool.size).toBe(2);
    expect(results.map((outcome) => ('doc' in outcome ? `${outcome.doc.source} ${outcome.doc.issue}` : 'error'))).toEqual(
      jobs.map((job, index) => `${job.source} 第${index + 1}期`),
    );
  });

  it('turns an empty text into an error entry without failing the others', async () => {
    const results = await pool.run([BULLETINS[0]!, { source: 'blank.txt', text: '' }, BULLETINS[1]!]);
    expect(results[1]).toEqual({ error: {
      message: 'File is empty or has no readable text: blank.txt', code: 'INPUT_EMPTY',
      userMessage: '[INPUT_EMPTY] 文件为空或没有可识别的文字：blank.txt / File is empty or has no readable text: blank.txt',
    } });
    expect(results[0]).toEqual(singleThread(BULLETINS[0]!));
    expect(results[2]).toEqual(singleThread(BULLETINS[1]!));
  });

  it('sums the workers’ parse, extract and segment time into the caller’s timings', async () => {
    const timings = createStageTimings();
    await pool.run(BULLETINS, timings);
    expect(timings.parse).toBeGreaterThan(0);
    expect(timings.extract).toBeGreaterThan(0);
    expect(timings.segment).toBeGreaterThan(0);
    expect(timings.embed).toBe(0);
  });

  it('answers an empty run with an empty list', async () => {
    expect(await pool.run([])).toEqual([]);
  });
});

describe('text-stage pool lifecycle', () => {
  it('runs with one worker when asked for size 0, and refuses work once closed', async () => {
    const single = await createTextStagePool({ size: 0 });
    expect(single.size).toBe(1);
    expect(await single.run([BULLETINS[2]!])).toEqual([singleThread(BULLETINS[2]!)]);
    await single.close();
    await expect(single.run([BULLETINS[2]!])).rejects.toThrow('Text-stage pool closed');
  });

  it('rejects pending work with a clear error when its worker dies, instead of hanging', async () => {
    const pool = await createTextStagePool({ size: 1 });
    const post = Worker.prototype.postMessage;
    // Kill the worker as soon as a chunk is handed to it, as a native crash would.
    const spy = vi.spyOn(Worker.prototype, 'postMessage').mockImplementation(function (this: Worker, message: unknown) {
      post.call(this, message);
      void this.terminate();
    });
    try {
      await expect(pool.run(BULLETINS)).rejects.toThrow(/Text-stage worker 0 stopped \(exited with code 1\)/);
      await expect(pool.run(BULLETINS)).rejects.toThrow('No text-stage worker left');
    } finally {
      spy.mockRestore();
      await pool.close();
    }
  });
});
