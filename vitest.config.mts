import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = { '@shared': fileURLToPath(new URL('./src/shared', import.meta.url)) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        resolve: { alias },
        // One engine, one host port 3000: engine tests run one file at a time.
        test: {
          name: 'engine',
          include: ['tests/engine/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        resolve: { alias },
        // The contract fuzz: browser mode as a real process (npm run build first) whose engine is a counting
        // proxy in front of the private engine. One file at a time, like 'engine'.
        test: {
          name: 'faults',
          include: ['tests/faults/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        resolve: { alias },
        // The lessons through the private Podman's Docker-compatible API (tests/kit/podman.sh); host port 3000 again.
        test: {
          name: 'podman',
          include: ['tests/engine-podman/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        // Packs the built app with electron-builder (offline) and inspects the result.
        test: {
          name: 'packaging',
          include: ['tests/packaging/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        // Electronegativity runs from tools/electronegativity (its own node_modules): `npm ci` there first.
        test: {
          name: 'security',
          include: ['tests/security/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        resolve: { alias },
        // The private engine over ssh and tcp+TLS (tests/kit/remote.sh, engine.sh). Each API call over ssh is a new
        // ssh connection, so lessons take longer. Same engine and host port 3000 as 'engine': one file at a time.
        test: {
          name: 'remote',
          include: ['tests/engine-remote/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
