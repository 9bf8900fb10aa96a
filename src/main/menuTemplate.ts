import type { MenuItemConstructorOptions } from 'electron'

import type { AppCommand } from '../shared/contract'

export type { AppCommand }

export interface MenuOptions {
  appName: string
  platform: NodeJS.Platform
  /** Reload and devtools are development conveniences, absent from a build. */
  isDev: boolean
  onCommand(command: AppCommand): void
}

export function menuTemplate({ appName, platform, isDev, onCommand }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin'
  const command = (label: string, name: AppCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => onCommand(name),
    ...(accelerator ? { accelerator } : {}),
  })
  const sep: MenuItemConstructorOptions = { type: 'separator' }

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: appName,
          submenu: [{ role: 'about' }, sep, { role: 'services' }, sep, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, sep, { role: 'quit' }],
        },
      ]
    : []
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('New Notebook…', 'newNotebook', 'CmdOrCtrl+N'),
      command('Export…', 'exportNotebook', 'CmdOrCtrl+E'),
      sep,
      command('Lock Massline', 'lockApp', 'CmdOrCtrl+Shift+L'),
      sep,
      mac ? { role: 'close' } : { role: 'quit', accelerator: 'CmdOrCtrl+Q' },
    ],
  }
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      sep,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'delete' },
      sep,
      { role: 'selectAll' },
    ],
  }
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(isDev ? ([{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, sep] as const) : []),
      command('Toggle Dark Theme', 'toggleDarkTheme', 'CmdOrCtrl+Shift+D'),
      sep,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      sep,
      { role: 'togglefullscreen' },
    ],
  }
  const windowMenu: MenuItemConstructorOptions = {
    label: '&Window',
    role: 'windowMenu',
    submenu: mac ? [{ role: 'minimize' }, { role: 'zoom' }, sep, { role: 'front' }] : [{ role: 'minimize' }, { role: 'close' }],
  }
  const help: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: [command('Massline Help', 'showHelp', 'F1'), ...(mac ? [] : [sep, { role: 'about' as const }])],
  }
  return [...appMenu, file, edit, view, windowMenu, help]
}
