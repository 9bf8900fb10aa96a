import { z } from 'zod'

/** Shapes of every frame header. Anything else on the wire is a protocol violation. */
const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`))
const id = z.string().min(1).max(128)
const documentId = z.string().regex(/^[1-9A-HJ-NP-Za-km-z]{10,64}$/)

export const authHeader = z.object({ v: z.literal(1), proofs: z.array(hex(32)).min(1).max(8) }).strict()

export const rosterEntry = z
  .object({
    deviceKey: hex(32),
    name: z.string().max(200),
    addedAt: z.number().int().nonnegative(),
    lastSeen: z.number().int().nonnegative(),
  })
  .strict()
export type RosterEntry = z.infer<typeof rosterEntry>

export const rosterGossip = z.object({
  roster: z.array(rosterEntry).max(1000),
  removed: z.array(hex(32)).max(1000),
})

export const helloHeader = z
  .object({
    peerId: id,
    peerMetadata: z.object({ storageId: id.optional(), isEphemeral: z.boolean().optional() }).strict(),
    deviceName: z.string().max(200),
    roster: rosterGossip.shape.roster,
    removed: rosterGossip.shape.removed,
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

/** A grant (after an invite) and a rekey (after a removal) hand over the notebook's current key. */
export const keyHandover = z
  .object({
    secret: hex(32),
    epoch: z.number().int().nonnegative(),
    notebook: z
      .object({
        id: z.string().max(128),
        rootUrl: z.string().startsWith('automerge:').max(200),
        name: z.string().max(500),
      })
      .strict(),
    roster: rosterGossip.shape.roster,
    removed: rosterGossip.shape.removed,
  })
  .strict()
export type KeyHandover = z.infer<typeof keyHandover>

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
