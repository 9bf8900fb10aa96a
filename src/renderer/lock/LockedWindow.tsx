import { useEffect } from 'react'
import type { Bridge } from '../../shared/bridge/bridgeClient'
import type { LockSettings } from '../../shared/lockContract'
import { LockScreen } from './LockScreen'

const LOCKED_TITLE = 'Massline — locked'

/** A locked window: the lock screen under a title that names no notebook; unlocked, the page boots the app again. */
export function LockedWindow({ bridge, settings }: { bridge: Bridge; settings: LockSettings }) {
  useEffect(() => {
    const title = document.title
    document.title = LOCKED_TITLE
    return () => {
      document.title = title
    }
  }, [])
  return <LockScreen bridge={bridge} osUnlock={settings.osUnlock} hasPassphrase={settings.hasPassphrase} onUnlocked={() => location.reload()} />
}
