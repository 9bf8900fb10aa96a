import { describe, expect, it } from 'vitest'
import { touchIdUnlock } from './osUnlock'

describe('OS unlock', () => {
  it('offers Touch ID only on a Mac that has it, and reads a cancelled prompt as not unlocked', async () => {
    const prompts: string[] = []
    const prefs = (can: boolean, ok: boolean) => ({
      canPromptTouchID: () => can,
      promptTouchID: async (reason: string) => {
        prompts.push(reason)
        if (!ok) throw new Error('cancelled')
      },
    })
    expect(touchIdUnlock(prefs(true, true), 'linux').available()).toBe(false)
    expect(touchIdUnlock(prefs(false, true), 'darwin').available()).toBe(false)
    expect(touchIdUnlock(undefined, 'darwin').available()).toBe(false)
    expect(touchIdUnlock(prefs(true, true), 'darwin').available()).toBe(true)
    expect(await touchIdUnlock(prefs(true, true), 'darwin').prompt('unlock Massline')).toBe(true)
    expect(await touchIdUnlock(prefs(true, false), 'darwin').prompt('unlock Massline')).toBe(false)
    expect(prompts).toEqual(['unlock Massline', 'unlock Massline'])
  })
})
