import { join } from 'node:path'
import { z } from 'zod'
import type { LockApi, LockSettings } from '../../shared/lockContract'
import { readJson } from '../fs/readJson'
import { writeFileAtomic } from '../fs/writeFileAtomic'
import { hashPassphrase, verifyPassphrase } from './passphraseHash'
import { WindowLock } from './windowLock'

const lockFileSchema = z.object({
  idleSeconds: z.number().int().min(0).catch(0),
  passphraseHash: z.string().startsWith('$argon2id$').optional().catch(undefined),
})
type LockFile = z.infer<typeof lockFileSchema>

/** Unlocking through the OS: the desktop passes Touch ID where the platform has it. */
export interface OsUnlock {
  available(): boolean
  prompt(reason: string): Promise<boolean>
}

/** Wrong passphrases in a row before each further try waits; the wait grows to this many ms. */
const FREE_TRIES = 3
const MAX_WAIT_MS = 5_000

export interface LockOptions {
  os?: OsUnlock | undefined
  /** The windows' lock the core enforces (one per core). */
  windows?: WindowLock
  /** Tests pass a clock that does not wait, and a cheaper hash. */
  sleep?: (ms: number) => Promise<unknown>
  hash?: { make: (passphrase: string) => string; check: (hash: string, passphrase: string) => boolean }
}

/** The app lock's settings and unlocking, in `<home>/lock.json` (this device only, never synced). */
export function createLockApi(home: string, { os, windows = new WindowLock(), sleep = (ms) => new Promise((r) => setTimeout(r, ms)), hash = { make: hashPassphrase, check: verifyPassphrase } }: LockOptions = {}): LockApi {
  const path = join(home, 'lock.json')
  const read = async (): Promise<LockFile> => (await readJson(path, lockFileSchema).catch(() => undefined)) ?? { idleSeconds: 0 }
  const settings = ({ idleSeconds, passphraseHash }: LockFile): LockSettings => ({ idleSeconds, hasPassphrase: !!passphraseHash, osUnlock: os?.available() ?? false, locked: windows.locked })
  const write = async (file: LockFile): Promise<LockSettings> => {
    await writeFileAtomic(path, JSON.stringify(file, null, 2))
    return settings(file)
  }
  let wrong = 0
  return {
    async lockSettings() {
      return settings(await read())
    },
    async lockWindows() {
      const { passphraseHash } = await read()
      // A lock nobody could open would shut the user out of the app: the CLI is no way back for everyone.
      if (!passphraseHash && !os?.available()) throw new Error('Set an unlock passphrase before locking Massline')
      windows.lock()
      return { locked: true }
    },
    async setLockPassphrase({ passphrase, current }) {
      const file = await read()
      if (file.passphraseHash && !hash.check(file.passphraseHash, current ?? '')) throw new Error('The current passphrase is wrong: the unlock passphrase was not changed')
      return write({ ...file, passphraseHash: hash.make(passphrase) })
    },
    async setLockIdle({ idleSeconds }) {
      return write({ ...(await read()), idleSeconds })
    },
    async unlock({ passphrase }) {
      const { passphraseHash } = await read()
      if (!passphraseHash) throw new Error('No unlock passphrase is set on this device')
      if (wrong >= FREE_TRIES) await sleep(Math.min(MAX_WAIT_MS, 500 * 2 ** (wrong - FREE_TRIES)))
      if (!hash.check(passphraseHash, passphrase)) {
        wrong++
        throw new Error('Wrong passphrase: Massline stays locked')
      }
      wrong = 0
      windows.unlock()
      return { unlocked: true }
    },
    async unlockWithOs() {
      if (!os?.available()) throw new Error('This device has no OS unlock: use the passphrase')
      const unlocked = await os.prompt('unlock Massline')
      if (unlocked) windows.unlock()
      return { unlocked }
    },
  }
}
