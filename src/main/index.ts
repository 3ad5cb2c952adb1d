// The Electron shell: one locked-down window on the app's own page, the contract over IPC, and the
// services (engine, lessons, progress) beneath it. Browser mode (web.ts) serves the same renderer.
import { join } from 'node:path';
import { app, type BrowserWindow, dialog, session } from 'electron';
import { type AppServices, createServices } from './api/services';
import { attachIpcWire } from './api/wires/ipc';
import { installProcessGuard } from './process-guard';
import { appPageUrl, isAppPage } from './shell/app-page';
import { installMenu } from './shell/menu';
import { hardenWebContents, secureSession } from './shell/security';
import { claimSingleInstance } from './shell/single-instance';
import { createMainWindow, focusWindow, resetWindow } from './shell/window';

installProcessGuard();

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const pageUrl = appPageUrl(__dirname, devServerUrl);
const ownPage = (url: string) => isAppPage(url, pageUrl);
let mainWindow: BrowserWindow | undefined;

// Lets tests (and teachers preparing machines) keep the app's data elsewhere, as browser mode does.
if (process.env.CONTAINER_TALK_DATA) app.setPath('userData', process.env.CONTAINER_TALK_DATA);

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, ownPage));

function openWindow(): void {
  mainWindow = createMainWindow({ preload: join(__dirname, '../preload/index.js'), pageUrl });
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
}

function disposeOnQuit(services: Promise<AppServices>, stopIpc: () => void): void {
  let disposing = false;
  app.on('will-quit', (event) => {
    if (disposing) return;
    disposing = true;
    event.preventDefault();
    stopIpc();
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, 5_000));
    const dispose = services.then((s) => s.dispose());
    Promise.race([dispose, timeout])
      .catch((error: unknown) => console.error('[main] disposing the services failed:', error))
      .finally(() => app.quit());
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  secureSession(session.defaultSession, pageUrl);
  installMenu({ isDev: devServerUrl !== undefined, resetWindow: () => mainWindow && resetWindow(mainWindow) });
  // Finding the engine can take seconds: the window opens and shows its lessons meanwhile (status: connecting).
  const services = createServices({ dataDir: app.getPath('userData'), findEngine: 'later' });
  const stopIpc = attachIpcWire({
    services,
    mainContents: () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : undefined),
    isAppPage: ownPage,
  });
  disposeOnQuit(services, stopIpc);
  openWindow();
  void (await services).engine.connect();
}

if (claimSingleInstance(() => focusWindow(mainWindow))) {
  app.on('window-all-closed', () => app.quit());
  start().catch((error: unknown) => {
    dialog.showErrorBox('Container Talk could not start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
} else {
  app.quit();
}
