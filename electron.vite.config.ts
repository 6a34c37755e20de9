import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const alias = { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) };

// Entry points are pointed at the project's own folders: electron/ (main, preload), renderer/.
export default defineConfig({
  main: {
    resolve: { alias },
    // web: browser mode as plain Node (`node out/main/web.js`): no TypeScript compiled at each start.
    // readerWorker: the worker thread that reads documents for the catalog and index (documentReader.ts).
    build: { outDir: 'out/main', rollupOptions: { input: { main: 'electron/main.ts', web: 'electron/web.ts', readerWorker: 'electron/service/readerWorker.ts' } } },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      // Sandboxed preloads must be CommonJS.
      rollupOptions: { input: { preload: 'electron/preload.ts' }, output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: 'renderer',
    resolve: { alias },
    plugins: [react()],
    build: { outDir: 'out/renderer', minify: true, rollupOptions: { input: 'renderer/index.html' } },
  },
});
