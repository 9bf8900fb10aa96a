import { describe, expect, it } from 'vitest'
import { mainWindowOptions, secureWebPreferences } from './windowOptions'

describe('window options', () => {
  it('isolate and sandbox the renderer without Node', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.js')
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    })
    expect(prefs.enableBlinkFeatures).toBe('')
    expect(prefs.disableBlinkFeatures).toBe('Auxclick')
  })

  it('place the window where the remembered state says and wait to show it until ready', () => {
    const options = mainWindowOptions({ x: 10, y: 20, width: 1000, height: 700 }, '/p.js', { packaged: true })
    expect(options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700, show: false })
    expect(options.webPreferences?.sandbox).toBe(true)
  })

  it('turn DevTools off in a packaged build, and on only in development', () => {
    expect(mainWindowOptions({ x: 0, y: 0, width: 800, height: 600 }, '/p.js', { packaged: true }).webPreferences?.devTools).toBe(false)
    expect(mainWindowOptions({ x: 0, y: 0, width: 800, height: 600 }, '/p.js', { packaged: false }).webPreferences?.devTools).toBe(true)
    expect(secureWebPreferences().devTools).toBe(false)
  })
})
