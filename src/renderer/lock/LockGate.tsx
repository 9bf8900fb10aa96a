import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { Bridge } from '../../shared/bridge/bridgeClient'
import type { LockSettings } from '../../shared/lockContract'
import { savesSettled } from '../session/SaveTracker'
import { ACTIVITY_EVENTS, IdleTimer } from './idleTimer'
import { LockContext } from './lockContext'
import { LockedWindow } from './LockedWindow'

/**
 * The app lock. Locked, the app (and every piece of notebook data it shows) is unmounted at
 * once; once this window's last edits have reached the core, the core is told to lock (from
 * then on the bridge answers nothing but unlocking, and the window's document sync is cut) and
 * the page reloads, so no notebook data stays in its memory: it boots into the lock screen
 * (`Boot`) and boots the app again once unlocked. The core, sync and the CLI go on. Locks on
 * demand (the Lock button, the menu, Ctrl/⌘+Shift+L) and after the set idle time.
 */
export function LockGate({ bridge, children }: { bridge: Bridge; children: ReactNode }) {
  const [settings, setSettings] = useState<LockSettings>()
  const [locked, setLocked] = useState(false)
  const canLock = !!settings && (settings.hasPassphrase || settings.osUnlock)
  const lock = useCallback(() => {
    if (!canLock) return
    setLocked(true)
    void savesSettled()
      .then(() => bridge.lockWindows({}))
      .then(() => location.reload(), (e: Error) => console.error(`The core could not lock: ${e.message}`))
  }, [bridge, canLock])

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
  const controls = useMemo(() => ({ settings, canLock, lock, setSettings }), [settings, canLock, lock])
  if (locked && settings) return <LockedWindow bridge={bridge} settings={settings} />
  return <LockContext.Provider value={controls}>{children}</LockContext.Provider>
}
