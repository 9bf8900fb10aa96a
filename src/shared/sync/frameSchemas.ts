import { z } from 'zod'

/** Shapes of every frame header. Anything else on the wire is a protocol violation. */
const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`))
const id = z.string().min(1).max(128)
const documentId = z.string().regex(/^[1-9A-HJ-NP-Za-km-z]{10,64}$/)

/**
 * Every device sends exactly PROOF_SLOTS proofs, its real ones among random padding, so a
 * stranger learns nothing of how many secrets or invites it holds, and no count is a reason to ban.
 */
export const PROOF_SLOTS = 32
export const authHeader = z.object({ v: z.literal(2), proofs: z.array(hex(32)).length(PROOF_SLOTS) }).strict()

export const helloHeader = z
  .object({
    peerId: id,
    peerMetadata: z.object({ storageId: id.optional(), isEphemeral: z.boolean().optional() }).strict(),
  })
  .strict()
export type HelloHeader = z.infer<typeof helloHeader>

const base = { senderId: id, targetId: id }
const heads = z.array(z.string().max(128)).max(1000)
export const repoMessageHeader = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.enum(['sync', 'request']), documentId }).strict(),
  z.object({ ...base, type: z.literal('doc-unavailable'), documentId }).strict(),
  z
    .object({
      ...base,
      type: z.literal('ephemeral'),
      documentId,
      count: z.number().int().nonnegative(),
      sessionId: id,
    })
    .strict(),
  z
    .object({
      ...base,
      type: z.literal('remote-subscription-change'),
      add: z.array(id).max(1000).optional(),
      remove: z.array(id).max(1000).optional(),
    })
    .strict(),
  z
    .object({
      ...base,
      type: z.literal('remote-heads-changed'),
      documentId,
      newHeads: z.record(id, z.object({ heads, timestamp: z.number() }).strict()),
    })
    .strict(),
])
export type RepoMessageHeader = z.infer<typeof repoMessageHeader>
/** Message types whose body carries bytes (`data`). */
export const TYPES_WITH_DATA = new Set(['sync', 'request', 'ephemeral'])

export const claimHeader = z.object({ deviceName: z.string().max(200) }).strict()

/** A grant hands a confirmed invitee the notebook's current key; the log travels as the body. */
export const keyHandover = z
  .object({
    secret: hex(32),
    keyId: hex(32),
    genesis: z.union([hex(32), z.literal('legacy')]),
    notebook: z
      .object({
        id: z.string().max(128),
        rootUrl: z.string().startsWith('automerge:').max(200),
        name: z.string().max(500),
      })
      .strict(),
  })
  .strict()
export type KeyHandover = z.infer<typeof keyHandover>

/** A log frame's header; its body is the operations as JSON (see membershipOp.ts). */
export const logHeader = z.object({ count: z.number().int().nonnegative() }).strict()

/** First copy of a notebook: whole documents (Automerge.save), split into parts under the frame cap. */
export const snapshotHeader = z.union([
  z
    .object({
      url: z.string().startsWith('automerge:').max(200),
      part: z.number().int().nonnegative(),
      parts: z.number().int().positive().max(64),
    })
    .strict(),
  z.object({ done: z.literal(true) }).strict(),
])
export type SnapshotHeader = z.infer<typeof snapshotHeader>
