/** The application menu. File and Edit commands go to the renderer, which owns the experiment. */
import { Menu, dialog, nativeTheme, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { basename } from 'node:path';
import type { AppInfo, MenuCommand } from '../../shared/ipc';
import { aboutDetail } from '../appInfo';

export function buildMenu(options: {
  window: () => BrowserWindow | null;
  send: (command: MenuCommand) => void;
  openRecent: (path: string) => void;
  recent: readonly string[];
  info: AppInfo;
  development: boolean;
}): Menu {
  const { send, info } = options;
  const isMac = process.platform === 'darwin';
  const theme = (source: 'system' | 'light' | 'dark'): MenuItemConstructorOptions => ({
    label: source[0]!.toUpperCase() + source.slice(1),
    type: 'radio',
    checked: nativeTheme.themeSource === source,
    click: () => {
      nativeTheme.themeSource = source;
    },
  });
  const template: MenuItemConstructorOptions[] = [
    // macOS: the app menu with the standard roles, in Apple's order (About uses the panel that
    // index.ts fills with the app and model versions).
    ...(isMac
      ? [
          {
            label: info.app.name,
            submenu: [
              { role: 'about' as const },
              { type: 'separator' as const },
              { role: 'services' as const },
              { type: 'separator' as const },
              { role: 'hide' as const },
              { role: 'hideOthers' as const },
              { role: 'unhide' as const },
              { type: 'separator' as const },
              { role: 'quit' as const },
            ],
          },
        ]
      : []),
    {
      label: 'File',
      submenu: [
        { label: 'New', accelerator: 'CmdOrCtrl+N', click: () => send('new') },
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => send('open') },
        {
          label: 'Open Recent',
          enabled: options.recent.length > 0,
          submenu: options.recent.map((path) => ({
            label: basename(path),
            sublabel: path,
            click: () => options.openRecent(path),
          })),
        },
        // A hypnogram to compare with a simulated night (the renderer asks main to open it).
        { label: 'Measured Night…', click: () => send('measured') },
        { type: 'separator' },
        { label: 'Save', accelerator: 'CmdOrCtrl+S', click: () => send('save') },
        { label: 'Save As…', accelerator: 'Shift+CmdOrCtrl+S', click: () => send('saveAs') },
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: () => send('export') },
        // On macOS Quit lives in the app menu.
        ...(isMac ? [] : [{ type: 'separator' as const }, { label: 'Quit', role: 'quit' as const }]),
      ],
    },
    {
      label: 'Edit',
      submenu: [
        // Undo and redo act on parameter edits, which the renderer's history owns.
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => send('undo') },
        { label: 'Redo', accelerator: 'Shift+CmdOrCtrl+Z', click: () => send('redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        { label: 'Theme', submenu: [theme('system'), theme('light'), theme('dark')] },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        ...(options.development ? [{ type: 'separator' as const }, { role: 'toggleDevTools' as const }] : []),
      ],
    },
    // Minimise and Close (and Zoom, Bring All to Front on macOS).
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        {
          label: `About ${info.app.name}`,
          visible: !isMac,
          click: () => {
            const window = options.window();
            const message = `${info.app.name} ${info.app.version}`;
            const detail = aboutDetail(info, process.versions);
            if (window) void dialog.showMessageBox(window, { type: 'info', title: 'About Nocturne', message, detail });
            else void dialog.showMessageBox({ type: 'info', title: 'About Nocturne', message, detail });
          },
        },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
