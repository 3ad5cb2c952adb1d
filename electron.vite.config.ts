import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { precompress } from './src/main/web/precompress';

const shared = { '@shared': resolve(__dirname, 'src/shared') };

/**
 * What the first screen loads, split so that a change to the app's own code leaves the libraries' files
 * cached. Only modules of the first screen ($initial): the panels' libraries (React Flow, xterm) stay in the
 * chunks loaded when a panel opens.
 */
const vendorChunks = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 3 },
  { name: 'mantine', test: /node_modules[\\/](@mantine|@floating-ui)[\\/]/, priority: 2 },
  { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
].map((group) => ({ ...group, tags: ['$initial' as const] }));

export default defineConfig({
  main: {
    resolve: { alias: shared },
    // Bundled libraries pick their build by NODE_ENV (react-dom/server renders browser mode's first screen):
    // the shipped main process runs the production ones, which the bundle then holds alone.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          lab: resolve(__dirname, 'src/main/lab.ts'),
          web: resolve(__dirname, 'src/main/web.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias: shared },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    resolve: { alias: shared },
    plugins: [react(), precompress()],
    build: {
      minify: true,
      rolldownOptions: { output: { codeSplitting: { groups: vendorChunks } } },
    },
  },
});
