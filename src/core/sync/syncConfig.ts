import { join } from 'node:path'
import { z } from 'zod'
import { membershipLog } from '../../shared/sync/membershipOp'
import type { SealedFiles } from '../atRest/SealedFiles'
import { randomBytes } from './keys'

const hex32 = z.string().regex(/^[0-9a-f]{64}$/)

/** sync.json before the membership log (format 1): a gossiped roster. Read only to migrate. */
export const legacySyncConfigSchema = z.object({
  format: z.literal(1),
  deviceSeed: hex32,
  deviceName: z.string(),
  secret: hex32,
  epoch: z.number().int().nonnegative(),
  previousSecrets: z.array(z.object({ secret: hex32, epoch: z.number().int() })),
  roster: z.array(z.object({ deviceKey: hex32, name: z.string() }).passthrough()),
  removed: z.array(hex32),
  invites: z.array(z.object({ key: hex32, createdAt: z.number(), expiresAt: z.number() })),
  lastSyncAt: z.number().optional(),
})
export type LegacySyncConfig = z.infer<typeof legacySyncConfigSchema>

/** A secret this device holds, by the id the log gives it (see membership/replay.ts). */
export const heldSecret = z.object({
  keyId: hex32,
  secret: hex32,
  /** When the log moved past it: from then on it only serves members still on it. */
  retiredAt: z.number().optional(),
  /** Members not yet seen on a newer secret; once none is left, its topic is left. */
  waitingFor: z.array(hex32).optional(),
})
export type HeldSecret = z.infer<typeof heldSecret>

/**
 * A notebook's sync identity, in `sync.json` beside `notebook.json` (never synced), sealed
 * with the notebook's storage key like its other side files.
 */
export const syncConfigSchema = z.object({
  format: z.literal(2),
  /** Seed of this device's per-notebook Ed25519 key pair (its identity in the membership log). */
  deviceSeed: hex32,
  deviceName: z.string(),
  /** The log's root: the founder's genesis hash, or 'legacy' for a log migrated from format 1. */
  genesis: z.union([hex32, z.literal('legacy')]),
  log: membershipLog,
  secrets: z.array(heldSecret).min(1),
  invites: z.array(z.object({ key: hex32, createdAt: z.number(), expiresAt: z.number() })),
  lastSyncAt: z.number().optional(),
})
export type SyncConfig = z.infer<typeof syncConfigSchema>

export const syncConfigPath = (notebookDir: string): string => join(notebookDir, 'sync.json')

export async function readSyncConfig(files: SealedFiles): Promise<SyncConfig | LegacySyncConfig | undefined> {
  const path = syncConfigPath(files.root)
  const text = await files.readText(path)
  if (text === undefined) return undefined
  const json: unknown = JSON.parse(text)
  const legacy = legacySyncConfigSchema.safeParse(json)
  if (legacy.success) return legacy.data
  const result = syncConfigSchema.safeParse(json)
  if (!result.success) throw new Error(`${path} has an unexpected shape: ${result.error.issues[0]?.message}`)
  return result.data
}

export function writeSyncConfig(files: SealedFiles, config: SyncConfig): Promise<void> {
  return files.write(syncConfigPath(files.root), JSON.stringify(config, null, 2))
}

export const newDeviceSeed = (): string => randomBytes(32).toString('hex')
