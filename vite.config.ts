import { defineConfig } from 'vite';

// The page is built into dist/client, which the Express app serves; `npm run dev` proxies /api.
export default defineConfig({
  root: 'client',
  build: { outDir: '../dist/client', emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
