import { join } from 'node:path'
import { z } from 'zod'
import { rosterEntry } from '../../shared/sync/frameSchemas'
import type { SealedFiles } from '../atRest/SealedFiles'
import { randomBytes } from './keys'

const hex32 = z.string().regex(/^[0-9a-f]{64}$/)

/**
 * A notebook's sync identity, in `sync.json` beside `notebook.json` (never synced), sealed
 * with the notebook's storage key like its other side files.
 */
export const syncConfigSchema = z.object({
  format: z.literal(1),
  /** Seed of this device's per-notebook Ed25519 key pair (its identity in the roster). */
  deviceSeed: hex32,
  deviceName: z.string(),
  secret: hex32,
  epoch: z.number().int().nonnegative(),
  /** Secrets before the last rotations: only used to hand the new one to members still on them. */
  previousSecrets: z.array(z.object({ secret: hex32, epoch: z.number().int() })),
  roster: z.array(rosterEntry),
  removed: z.array(hex32),
  invites: z.array(z.object({ key: hex32, createdAt: z.number(), expiresAt: z.number() })),
  lastSyncAt: z.number().optional(),
})
export type SyncConfig = z.infer<typeof syncConfigSchema>

export const syncConfigPath = (notebookDir: string): string => join(notebookDir, 'sync.json')

export async function readSyncConfig(files: SealedFiles): Promise<SyncConfig | undefined> {
  const path = syncConfigPath(files.root)
  const text = await files.readText(path)
  if (text === undefined) return undefined
  const result = syncConfigSchema.safeParse(JSON.parse(text))
  if (!result.success) throw new Error(`${path} has an unexpected shape: ${result.error.issues[0]?.message}`)
  return result.data
}

export function writeSyncConfig(files: SealedFiles, config: SyncConfig): Promise<void> {
  return files.write(syncConfigPath(files.root), JSON.stringify(config, null, 2))
}

/** A fresh identity: for the device that made the notebook, a brand-new secret. */
export function newSyncConfig(deviceName: string, secret = randomBytes(32).toString('hex'), epoch = 0): SyncConfig {
  return {
    format: 1,
    deviceSeed: randomBytes(32).toString('hex'),
    deviceName,
    secret,
    epoch,
    previousSecrets: [],
    roster: [],
    removed: [],
    invites: [],
  }
}
