import { z } from 'zod'
import { MAX_IDLE_SECONDS, MIN_IDLE_SECONDS, MIN_LOCK_PASSPHRASE, type LockApi } from '../lockContract'

const empty = z.object({}).strict()

/** Argument schemas of the bridge's app-lock section. */
export const LOCK_ARGS: { [M in keyof LockApi]: z.ZodType<Parameters<LockApi[M]>[0]> } = {
  lockSettings: empty,
  lockWindows: empty,
  setLockPassphrase: z
    .object({ passphrase: z.string().min(MIN_LOCK_PASSPHRASE, `An unlock passphrase needs at least ${MIN_LOCK_PASSPHRASE} characters`).max(1000), current: z.string().max(1000).optional() })
    .strict(),
  setLockIdle: z
    .object({ idleSeconds: z.number().int().refine((s) => s === 0 || (s >= MIN_IDLE_SECONDS && s <= MAX_IDLE_SECONDS), `The idle time is 0 (never) or ${MIN_IDLE_SECONDS} seconds to a day`) })
    .strict(),
  unlock: z.object({ passphrase: z.string().max(1000) }).strict(),
  unlockWithOs: empty,
}
