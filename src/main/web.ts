/**
 * `npm run web`: the app in a browser, for Linux users without a desktop and for the end-to-end
 * tests. Listens on 127.0.0.1 only; prints the URL with this launch's token.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AppServices } from './api/services';
import { installProcessGuard } from './process-guard';
import { defaultDataDir } from './web/data-dir';
import { startWebServer } from './web/server';

installProcessGuard();

function rendererDir(): string {
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) {
    for (const candidate of [join(dir, 'renderer'), join(dir, 'out', 'renderer')]) {
      if (existsSync(join(candidate, 'index.html'))) return candidate;
    }
  }
  throw new Error('the renderer is not built: run npm run build first');
}

async function main(): Promise<void> {
  const portArg = process.argv.indexOf('--port');
  const port = portArg > 0 ? Number(process.argv[portArg + 1]) : Number(process.env.CONTAINER_TALK_PORT ?? 0);
  // Listening comes first: the services (zod, the engine client) load meanwhile, and the page and its
  // lessons do not wait for the engine, whose status says connecting.
  let services: Promise<AppServices> | undefined;
  const load = () =>
    (services ??= import('./api/services').then(({ createServices }) =>
      createServices({ dataDir: defaultDataDir(), findEngine: 'later' }),
    ));
  const server = await startWebServer(load, rendererDir(), port);
  console.log(`Container Talk (browser mode): ${server.url}`);
  console.log('Open that address in a browser on this machine. Press Ctrl+C to stop.');
  void (await load()).engine.connect();
  const stop = async () => {
    await server.close();
    await (await load()).dispose();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
