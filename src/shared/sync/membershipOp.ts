import { z } from 'zod'

/**
 * One operation of a notebook's membership log (see src/core/sync/README.md, "Membership log").
 * Every operation names its author's device key, the hashes of the operations its author had
 * seen (`parents`), and is signed with the author's Ed25519 device key. `hash` is never sent:
 * each device recomputes it from the canonical bytes.
 */
const hex32 = z.string().regex(/^[0-9a-f]{64}$/)
const name = z.string().max(200)
/** A new secret sealed to one member's device key (crypto_box_seal to its Curve25519 form), base64. */
const boxes = z.record(hex32, z.string().max(200)).refine((b) => Object.keys(b).length <= 1000, 'too many boxes')

export const genesisBody = z
  .object({
    kind: z.literal('genesis'),
    notebookId: z.string().max(128),
    rootUrl: z.string().startsWith('automerge:').max(200),
    members: z.array(z.object({ deviceKey: hex32, name }).strict()).min(1).max(1000),
    /** Id of the secret its members hold (keyed hash of it); a rotation's id is its own hash. */
    keyId: hex32,
    /** Made from a roster of the gossip era (sync.json format 1), not by the notebook's founder. */
    legacy: z.boolean(),
    /** Devices that roster had removed: they stay out whatever another carried-over roster says. */
    removed: z.array(hex32).max(1000),
  })
  .strict()

export const opBody = z.discriminatedUnion('kind', [
  genesisBody,
  /** `keyId`: the secret the adder hands the new device over the invite channel. */
  z.object({ kind: z.literal('add'), deviceKey: hex32, name, keyId: hex32 }).strict(),
  /** Removes a device and every device it added (except those in `keep`), and rotates the secret. */
  z.object({ kind: z.literal('remove'), deviceKey: hex32, keep: z.array(hex32).max(1000), boxes }).strict(),
  z.object({ kind: z.literal('rotate'), boxes }).strict(),
  /** Renames the author's own device. */
  z.object({ kind: z.literal('rename'), name }).strict(),
])
export type OpBody = z.infer<typeof opBody>
export type GenesisBody = z.infer<typeof genesisBody>

export const membershipOp = z
  .object({
    v: z.literal(1),
    by: hex32,
    at: z.number().int().nonnegative(),
    parents: z.array(hex32).max(64),
    body: opBody,
    sig: z.string().regex(/^[0-9a-f]{128}$/),
  })
  .strict()
export type MembershipOp = z.infer<typeof membershipOp>

/** At most this many operations travel in one log frame or grant. */
export const MAX_LOG_OPS = 20_000
export const membershipLog = z.array(membershipOp).max(MAX_LOG_OPS)

/** Operations as a frame body carries them; undefined when they are not well-formed. */
export function decodeLog(body: Uint8Array): MembershipOp[] | undefined {
  try {
    const parsed = membershipLog.safeParse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body)))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

export const encodeLog = (ops: readonly MembershipOp[]): Uint8Array => new TextEncoder().encode(JSON.stringify(ops))
