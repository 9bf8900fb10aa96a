/**
 * The bridge's app-lock section: the lock's settings (this device only) and unlocking. The lock
 * hides the window's contents; the core, the CLI and sync keep running. Implemented in
 * src/core/lock/lockService.ts.
 */
export interface LockSettings {
  /** Lock after this long without a key or pointer; 0 = never. */
  idleSeconds: number
  hasPassphrase: boolean
  /** Whether this device can unlock through the OS (Touch ID on a Mac). */
  osUnlock: boolean
  /** Whether the windows are locked now (the core holds it: a reload stays locked). */
  locked: boolean
}

export interface LockApi {
  lockSettings(args: Record<string, never>): Promise<LockSettings>
  /** Locks every window: until unlocked the bridge answers nothing else and the windows' document sync is cut. */
  lockWindows(args: Record<string, never>): Promise<{ locked: true }>
  /** Sets or changes the unlock passphrase; changing it needs the current one. */
  setLockPassphrase(args: { passphrase: string; current?: string }): Promise<LockSettings>
  setLockIdle(args: { idleSeconds: number }): Promise<LockSettings>
  /** Resolves when the passphrase is right; a wrong one is refused with a clear error. */
  unlock(args: { passphrase: string }): Promise<{ unlocked: true }>
  /** Asks the OS to confirm the user (Touch ID); resolves whether it did. */
  unlockWithOs(args: Record<string, never>): Promise<{ unlocked: boolean }>
}

export const LOCK_METHODS: (keyof LockApi)[] = ['lockSettings', 'lockWindows', 'setLockPassphrase', 'setLockIdle', 'unlock', 'unlockWithOs']

/** The shortest passphrase the lock takes, and the idle times it offers. */
export const MIN_LOCK_PASSPHRASE = 6
export const MIN_IDLE_SECONDS = 5
export const MAX_IDLE_SECONDS = 86_400
