import { useEffect, useState } from 'react'
import type { AppSettings, NotebookSummary } from '../../shared/contract'
import { choosePlatform } from '../platform/choosePlatform'
import type { Platform } from '../platform/Platform'
import { NotebookSession } from '../session/NotebookSession'
import { App } from './App'
import { LockGate } from '../lock/LockGate'
import { LockedWindow } from '../lock/LockedWindow'
import type { LockSettings } from '../../shared/lockContract'
import { applyTheme } from './theme'

interface Ready {
  platform: Platform
  settings: AppSettings
  notebooks: NotebookSummary[]
  session: NotebookSession
}

/** Connects to the core, opens the notebook shown last (or the first), then shows the app. */
export function Boot() {
  const [ready, setReady] = useState<Ready>()
  const [error, setError] = useState<string>()
  const [disconnected, setDisconnected] = useState(false)
  const [locked, setLocked] = useState<{ platform: Platform; settings: LockSettings }>()

  useEffect(() => {
    void (async () => {
      // Marks let the cold-open benchmark report where start-up time goes.
      performance.mark('massline:boot')
      const platform = await choosePlatform(() => setDisconnected(true))
      performance.mark('massline:bridge')
      // A locked core answers nothing else: the window shows the lock screen, and boots once unlocked.
      const lock = await platform.bridge.lockSettings({})
      if (lock.locked) return setLocked({ platform, settings: lock })
      const [settings, notebooks] = await Promise.all([platform.bridge.getSettings({}), platform.bridge.listNotebooks({})])
      applyTheme(settings.theme)
      const chosen = notebooks.find((n) => n.id === settings.lastNotebookId) ?? notebooks[0]
      if (!chosen) throw new Error('The core has no notebook to open')
      // Remembering the notebook as the last one opened is the core's business; the first screen
      // doesn't wait for it, and its failing (a read-only settings file) must not take the app down.
      void platform.bridge.openNotebook({ notebookId: chosen.id }).catch((e: Error) => console.error(`Could not remember the notebook as the last one opened: ${e.message}`))
      const session = await NotebookSession.open(platform, chosen)
      performance.mark('massline:session')
      setReady({ platform, settings, notebooks, session })
    })().catch((e: Error) => setError(e.message))
  }, [])

  if (locked) return <LockedWindow bridge={locked.platform.bridge} settings={locked.settings} />
  if (error) return <div className="empty"><h2>Massline could not start</h2><p>{error}</p></div>
  if (!ready) return <div className="empty" aria-busy="true">Opening your notebook…</div>
  return (
    <LockGate bridge={ready.platform.bridge}>
      <App {...ready} disconnected={disconnected} />
    </LockGate>
  )
}
