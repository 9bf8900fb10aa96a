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
    const options = mainWindowOptions({ x: 10, y: 20, width: 1000, height: 700 }, '/p.js')
    expect(options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700, show: false })
    expect(options.webPreferences?.sandbox).toBe(true)
  })
})
