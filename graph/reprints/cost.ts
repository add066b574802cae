/**
 * Time the stores spend finding reprints while writing (sketching, reading the stored copies of a
 * place, grouping, writing report ids), summed over the process: `npm run bench` reads it around an
 * ingest to report detection's share of the ingest time. Two clock reads per batch step; nothing else.
 */
let milliseconds = 0;

/** Runs `work` and adds its duration to the running total (async work: until it settles). */
export function timedReprints<T>(work: () => T): T {
  const started = performance.now();
  try {
    const result = work();
    if (result instanceof Promise) {
      return result.finally(() => {
        milliseconds += performance.now() - started;
      }) as T;
    }
    milliseconds += performance.now() - started;
    return result;
  } catch (error) {
    milliseconds += performance.now() - started;
    throw error;
  }
}

/** Milliseconds spent on reprints so far in this process. */
export function reprintMilliseconds(): number {
  return milliseconds;
}
