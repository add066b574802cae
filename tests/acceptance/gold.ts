/** Where the shared evaluation material lies; the sets and their scoring live in scripts/extraction/. */
export { seedsDir, sharedDir } from '../../scripts/extraction/sets.ts';
