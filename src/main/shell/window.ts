/** The one window: locked-down web preferences, restored size and position, shown once painted. */
import { join } from 'node:path';
import { app, BrowserWindow, screen } from 'electron';
import { resourcesDir } from '../resources';
import { defaultWindowState, loadWindowState, minimumSize, saveWindowState, type WindowState } from './window-state';

function stateFile(): string {
  return join(app.getPath('userData'), 'window-state.json');
}

export interface MainWindowOptions {
  preload: string;
  pageUrl: string;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const state: WindowState = loadWindowState(
    stateFile(),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : { center: true }),
    minWidth: minimumSize.width,
    minHeight: minimumSize.height,
    show: false,
    title: 'Container Talk',
    // Windows and macOS take the icon from the executable; on Linux the window needs it.
    ...(process.platform === 'linux' ? { icon: join(resourcesDir(), 'icon.png') } : {}),
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => saveWindowState(stateFile(), window.getNormalBounds(), window.isMaximized()));
  void window.loadURL(options.pageUrl);
  return window;
}

/** File > Reset window: default size, centered on the display it is on, not maximized or full screen. */
export function resetWindow(window: BrowserWindow): void {
  if (window.isFullScreen()) window.setFullScreen(false);
  if (window.isMaximized()) window.unmaximize();
  window.setSize(defaultWindowState.width, defaultWindowState.height);
  window.center();
}

export function focusWindow(window: BrowserWindow | undefined): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
