import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { menuTemplate, type AppCommand, type MenuOptions } from './menuTemplate'

function build(overrides: Partial<MenuOptions> = {}) {
  const sent: AppCommand[] = []
  const template = menuTemplate({ appName: 'Massline', platform: 'linux', isDev: false, onCommand: (c) => sent.push(c), ...overrides })
  const items = (list: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    list.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])])
  const all = items(template)
  const byLabel = (label: string) => all.find((item) => item.label === label)
  const click = (label: string) => (byLabel(label)?.click as (() => void) | undefined)?.()
  return { template, all, byLabel, click, sent, roles: all.map((i) => i.role).filter(Boolean) }
}

describe('application menu', () => {
  it('has the usual top-level menus', () => {
    expect(build().template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help'])
    expect(build({ platform: 'darwin' }).template[0]?.label).toBe('Massline')
  })

  it('binds the shortcuts and forwards app actions to the renderer', () => {
    const menu = build()
    expect(menu.byLabel('New Notebook…')?.accelerator).toBe('CmdOrCtrl+N')
    expect(menu.byLabel('Export…')?.accelerator).toBe('CmdOrCtrl+E')
    expect(menu.byLabel('Toggle Dark Theme')?.accelerator).toBe('CmdOrCtrl+Shift+D')
    menu.click('New Notebook…')
    menu.click('Export…')
    menu.click('Toggle Dark Theme')
    menu.click('Massline Help')
    expect(menu.byLabel('Lock Massline')?.accelerator).toBe('CmdOrCtrl+Shift+L')
    menu.click('Lock Massline')
    expect(menu.sent).toEqual(['newNotebook', 'exportNotebook', 'toggleDarkTheme', 'showHelp', 'lockApp'])
  })

  it('uses the platform roles for editing, zoom, window and quit', () => {
    const { roles } = build()
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'resetZoom', 'zoomIn', 'zoomOut', 'minimize', 'quit'])
      expect(roles).toContain(role)
  })

  it('offers reload and devtools only in development', () => {
    expect(build().roles).not.toContain('reload')
    expect(build().roles).not.toContain('toggleDevTools')
    expect(build({ isDev: true }).roles).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']))
  })
})
