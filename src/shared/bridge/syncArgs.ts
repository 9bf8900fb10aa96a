import { z } from 'zod'
import type { SyncApi } from '../syncContract'

const notebookId = z.string().min(1).max(200)
const passphrase = z.string().min(8, 'A bundle passphrase needs at least 8 characters').max(1000)

/** Argument schemas of the bridge's sync section. */
export const SYNC_ARGS: { [M in keyof SyncApi]: z.ZodType<Parameters<SyncApi[M]>[0]> } = {
  syncState: z.object({ notebookId }).strict(),
  setSyncEnabled: z.object({ notebookId, enabled: z.boolean() }).strict(),
  createInvite: z.object({ notebookId, expiresInMinutes: z.number().int().min(1).max(7 * 24 * 60).optional() }).strict(),
  cancelInvites: z.object({ notebookId }).strict(),
  confirmJoin: z.object({ notebookId, requestId: z.string().regex(/^[0-9a-f]{16}$/) }).strict(),
  rejectJoin: z.object({ notebookId, requestId: z.string().regex(/^[0-9a-f]{16}$/) }).strict(),
  joinProgress: z.object({}).strict(),
  joinNotebook: z.object({ code: z.string().trim().min(10).max(2000), deviceName: z.string().trim().min(1).max(100) }).strict(),
  removeMember: z.object({ notebookId, deviceKey: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
  renameDevice: z.object({ notebookId, name: z.string().trim().min(1).max(100) }).strict(),
  exportBundle: z.object({ notebookId, passphrase }).strict(),
  // 512 MiB of base64 at most: a bundle is the whole notebook, not an attachment.
  importBundle: z.object({ notebookId, passphrase: z.string().min(1).max(1000), bytesBase64: z.string().max(700_000_000) }).strict(),
}
