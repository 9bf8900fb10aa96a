import { Lock, Settings2 } from 'lucide-react'
import { useState } from 'react'
import type { Bridge } from '../../shared/bridge/bridgeClient'
import { useLock } from './lockContext'
import { LockSettingsDialog } from './LockSettingsDialog'

/** "Lock" and the lock's settings, in the sidebar. Without a way to unlock, Lock opens the settings. */
export function LockButtons({ bridge }: { bridge: Bridge }) {
  const { canLock, lock } = useLock()
  const [settingsOpen, setSettingsOpen] = useState(false)
  return (
    <>
      <div className="lock-buttons">
        <button className="btn small" title="Lock (Ctrl/⌘+Shift+L)" onClick={() => (canLock ? lock() : setSettingsOpen(true))}>
          <Lock size={14} aria-hidden /> Lock
        </button>
        <button className="btn small" aria-label="App lock settings" onClick={() => setSettingsOpen(true)}>
          <Settings2 size={14} aria-hidden />
        </button>
      </div>
      {settingsOpen && <LockSettingsDialog bridge={bridge} onClose={() => setSettingsOpen(false)} />}
    </>
  )
}
