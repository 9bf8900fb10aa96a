import type { OsUnlock } from '../core/lock/lockService'

/** The parts of Electron's systemPreferences the lock uses. */
export interface TouchIdPrefs {
  canPromptTouchID(): boolean
  promptTouchID(reason: string): Promise<void>
}

/**
 * Unlocking the app lock through the OS: Touch ID on a Mac that has it. Elsewhere (Linux,
 * Windows, a Mac without Touch ID) there is none, and the lock asks for its passphrase.
 */
export function touchIdUnlock(prefs: TouchIdPrefs | undefined, platform: NodeJS.Platform): OsUnlock {
  return {
    available: () => platform === 'darwin' && !!prefs?.canPromptTouchID(),
    prompt: (reason) => (prefs ? prefs.promptTouchID(reason).then(() => true, () => false) : Promise.resolve(false)),
  }
}
