// Builds the UI into web/dist (`vite build web`), which `atlas serve` serves at /.
// Relative base so the bundle works under any mount; the dev server proxies GraphQL to a local API.
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
