import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createLockApi } from './lockService'

const home = () => mkdtemp(join(tmpdir(), 'massline-lock-'))

describe('app lock settings and unlocking', () => {
  it('keeps the passphrase only as an Argon2id hash, and tells a wrong passphrase from the right one', async () => {
    const dir = await home()
    const lock = createLockApi(dir, { sleep: async () => undefined })
    expect(await lock.lockSettings({})).toEqual({ idleSeconds: 0, hasPassphrase: false, osUnlock: false, locked: false })
    await expect(lock.unlock({ passphrase: 'anything' })).rejects.toThrow(/No unlock passphrase/)
    expect(await lock.setLockPassphrase({ passphrase: 'picket line 42' })).toMatchObject({ hasPassphrase: true })
    const stored = await readFile(join(dir, 'lock.json'), 'utf8')
    expect(stored).not.toContain('picket line 42')
    expect(JSON.parse(stored).passphraseHash).toMatch(/^\$argon2id\$/)
    await expect(lock.unlock({ passphrase: 'picket line 43' })).rejects.toThrow(/Wrong passphrase/)
    await expect(lock.unlock({ passphrase: 'picket line 42' })).resolves.toEqual({ unlocked: true })
  })

  it('changes the passphrase only with the current one, and keeps the old on a wrong one', async () => {
    const lock = createLockApi(await home(), { sleep: async () => undefined })
    await lock.setLockPassphrase({ passphrase: 'first one' })
    await expect(lock.setLockPassphrase({ passphrase: 'second one', current: 'wrong' })).rejects.toThrow(/current passphrase is wrong/)
    await expect(lock.unlock({ passphrase: 'first one' })).resolves.toEqual({ unlocked: true })
    await lock.setLockPassphrase({ passphrase: 'second one', current: 'first one' })
    await expect(lock.unlock({ passphrase: 'second one' })).resolves.toEqual({ unlocked: true })
  })

  it('makes each try wait longer after a few wrong ones', async () => {
    const waits: number[] = []
    // The throttle is what is tested here, not Argon2id: a plain stand-in keeps it fast under load.
    const lock = createLockApi(await home(), { sleep: async (ms) => void waits.push(ms), hash: { make: (p) => `$argon2id$${p}`, check: (h, p) => h === `$argon2id$${p}` } })
    await lock.setLockPassphrase({ passphrase: 'right one' })
    for (let i = 0; i < 5; i++) await expect(lock.unlock({ passphrase: 'nope' })).rejects.toThrow(/Wrong/)
    expect(waits).toEqual([500, 1000])
    // The right passphrase waits its turn too, then the count starts again.
    await lock.unlock({ passphrase: 'right one' })
    await expect(lock.unlock({ passphrase: 'nope' })).rejects.toThrow(/Wrong/)
    expect(waits).toEqual([500, 1000, 2000])
  })

  it('unlocks through the OS only where the device offers it', async () => {
    const none = createLockApi(await home())
    await expect(none.unlockWithOs({})).rejects.toThrow(/no OS unlock/)
    const touch = createLockApi(await home(), { os: { available: () => true, prompt: async () => true } })
    expect(await touch.lockSettings({})).toMatchObject({ osUnlock: true })
    expect(await touch.unlockWithOs({})).toEqual({ unlocked: true })
  })

  it('stores the idle time', async () => {
    const dir = await home()
    await createLockApi(dir).setLockIdle({ idleSeconds: 300 })
    expect(await createLockApi(dir).lockSettings({})).toMatchObject({ idleSeconds: 300 })
  })
})
