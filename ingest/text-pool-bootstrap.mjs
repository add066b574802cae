// Entry of a text-stage worker thread. Node 20 does not apply `--import` loaders to a worker's
// entry, so even under `tsx` a `.ts` entry fails; register tsx in this thread, then load the
// TypeScript worker. Works the same under the tsx CLI, `node --import tsx` and vitest.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
