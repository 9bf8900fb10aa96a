import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { Bridge } from '../../shared/bridge/bridgeClient'
import type { LockSettings } from '../../shared/lockContract'
import { ACTIVITY_EVENTS, IdleTimer } from './idleTimer'
import { LockContext } from './lockContext'
import { LockScreen } from './LockScreen'

const LOCKED_TITLE = 'Massline — locked'

/**
 * The app lock. Locked, the app (and every piece of notebook data it shows) is unmounted and
 * only the lock screen is rendered; the window title names no notebook. The core, sync and the
 * CLI go on. Locks on demand (the Lock button, the menu, Ctrl/⌘+Shift+L) and after the set idle time.
 */
export function LockGate({ bridge, children }: { bridge: Bridge; children: ReactNode }) {
  const [settings, setSettings] = useState<LockSettings>()
  const [locked, setLocked] = useState(false)
  const canLock = !!settings && (settings.hasPassphrase || settings.osUnlock)
  const lock = useCallback(() => canLock && setLocked(true), [canLock])

  useEffect(() => void bridge.lockSettings({}).then(setSettings), [bridge])
  useEffect(() => bridge.on('appCommand', ({ command }) => command === 'lockApp' && lock()), [bridge, lock])
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 'l') {
        event.preventDefault()
        lock()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [lock])
  useEffect(() => {
    if (locked || !canLock || !settings?.idleSeconds) return
    const timer = new IdleTimer(settings.idleSeconds * 1000, lock)
    const touch = () => timer.touch()
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, touch, { passive: true })
    return () => {
      timer.stop()
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, touch)
    }
  }, [locked, canLock, settings?.idleSeconds, lock])
  useEffect(() => {
    if (!locked) return
    const title = document.title
    document.title = LOCKED_TITLE
    return () => {
      document.title = title
    }
  }, [locked])

  const controls = useMemo(() => ({ settings, canLock, lock, setSettings }), [settings, canLock, lock])
  if (locked && settings) return <LockScreen bridge={bridge} osUnlock={settings.osUnlock} hasPassphrase={settings.hasPassphrase} onUnlocked={() => setLocked(false)} />
  return <LockContext.Provider value={controls}>{children}</LockContext.Provider>
}
