/**
 * Search, adoptions and diffusion latency against a running server: the web UI's own GraphQL documents, one
 * client in sequence and then several at once. Every search text is used once, so the server's
 * query-vector cache never answers and each request pays for its query embedding.
 */
import { ADOPTIONS, DIFFUSION, SEARCH } from '../web/src/queries.ts';
import type { PracticeDefinition } from '../graph/model.ts';
import { createRandom } from './corpus/random.ts';
import { summarizeLatencies } from './stats.ts';
import type { LatencySummary } from './stats.ts';

export interface LatencyRun {
  search: { oneClient: LatencySummary; concurrent: LatencySummary };
  adoptions: { oneClient: LatencySummary; concurrent: LatencySummary };
  /** The practice page's 扩散 query at county level (absent in reports made before it was measured). */
  diffusion?: { oneClient: LatencySummary; concurrent: LatencySummary };
}

export interface LatencyOptions {
  url: string;
  searches: string[];
  practices: string[];
  /** Requests for the one-client run; the concurrent run makes twice as many. */
  requests: number;
  clients: number;
  /** Each of the four runs stops issuing requests after this long; the summary counts what was made. */
  budgetSeconds?: number;
}

const TEMPLATES = ['{p}', '{place}{p}', '{p}的经验做法', '{place}怎样开展{p}', '{p}成效如何', '哪些地方在推行{p}', '{place}基层党建{p}', '{alias}'];

/** Distinct search texts built from the taxonomy and place names, in a seeded order. */
export function searchTexts(practices: readonly PracticeDefinition[], places: readonly string[], count: number, seed = 7): string[] {
  const random = createRandom(seed);
  const texts = new Set<string>();
  for (let attempt = 0; texts.size < count && attempt < count * 50; attempt++) {
    const practice = random.pick(practices);
    const template = random.pick(TEMPLATES);
    const alias = practice.aliases.length > 0 ? random.pick(practice.aliases) : practice.name;
    const place = random.pick(places);
    texts.add(template.replace('{p}', practice.name).replace('{alias}', alias).replace('{place}', place));
  }
  return [...texts];
}

export async function measureLatency(options: LatencyOptions): Promise<LatencyRun> {
  const searches = options.searches[Symbol.iterator]();
  const nextSearch = () => {
    const next = searches.next();
    if (next.done) throw new Error('bench: ran out of distinct search texts');
    return { query: SEARCH, variables: { query: next.value, first: 10 } };
  };
  let practiceIndex = 0;
  const nextAdoptions = () => ({ query: ADOPTIONS, variables: { practice: options.practices[practiceIndex++ % options.practices.length]! } });
  let diffusionIndex = 0;
  const nextDiffusion = () => ({ query: DIFFUSION, variables: { practice: options.practices[diffusionIndex++ % options.practices.length]!, level: 'COUNTY' } });

  // Warm-up: the first requests load the model session and the store's caches.
  for (let index = 0; index < 5; index++) await post(options.url, nextSearch());
  for (let index = 0; index < 3; index++) await post(options.url, nextAdoptions());
  for (let index = 0; index < 3; index++) await post(options.url, nextDiffusion());

  const budget = (options.budgetSeconds ?? Number.POSITIVE_INFINITY) * 1000;
  return {
    search: {
      oneClient: await drive(options.url, nextSearch, options.requests, 1, budget),
      concurrent: await drive(options.url, nextSearch, options.requests * 2, options.clients, budget),
    },
    adoptions: {
      oneClient: await drive(options.url, nextAdoptions, options.requests, 1, budget),
      concurrent: await drive(options.url, nextAdoptions, options.requests * 2, options.clients, budget),
    },
    diffusion: {
      oneClient: await drive(options.url, nextDiffusion, options.requests, 1, budget),
      concurrent: await drive(options.url, nextDiffusion, options.requests * 2, options.clients, budget),
    },
  };
}

async function drive(url: string, next: () => object, requests: number, clients: number, budgetMs: number): Promise<LatencySummary> {
  const latencies: number[] = [];
  let errors = 0;
  let issued = 0;
  const started = performance.now();
  const client = async () => {
    while (issued < requests && performance.now() - started < budgetMs) {
      issued++;
      const body = next();
      const begun = performance.now();
      const ok = await post(url, body);
      latencies.push(performance.now() - begun);
      if (!ok) errors++;
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  return summarizeLatencies(latencies, (performance.now() - started) / 1000, errors);
}

/** One GraphQL request; true when it answered 200 without errors. */
async function post(url: string, body: object): Promise<boolean> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(60_000),
    });
    const answer = (await response.json()) as { errors?: unknown[] };
    return response.status === 200 && answer.errors === undefined;
  } catch {
    return false;
  }
}
