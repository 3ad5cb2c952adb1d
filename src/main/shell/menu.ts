/** The application menu. Reload and developer tools exist only under `electron-vite dev`. */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import { helpLinks, openExternalIfAllowed } from './external-links';

export interface MenuOptions {
  isDev: boolean;
  resetWindow(): void;
  platform?: NodeJS.Platform;
}

export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = (options.platform ?? process.platform) === 'darwin';
  const devItems: MenuItemConstructorOptions[] = options.isDev
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
    : [];
  return [
    ...(mac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Reset Window', click: () => options.resetWindow() },
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    // Without the Edit roles, copy and paste shortcuts do nothing on macOS.
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        ...devItems,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      role: 'help',
      submenu: helpLinks.map((link) => ({ label: link.label, click: () => openExternalIfAllowed(link.url) })),
    },
  ];
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}
