import { createContext, useContext } from 'react'
import type { LockSettings } from '../../shared/lockContract'

export interface LockControls {
  settings: LockSettings | undefined
  /** Whether the window can be locked now: there is a way to unlock it. */
  canLock: boolean
  lock(): void
  setSettings(settings: LockSettings): void
}

export const LockContext = createContext<LockControls>({ settings: undefined, canLock: false, lock: () => undefined, setSettings: () => undefined })

export const useLock = (): LockControls => useContext(LockContext)
