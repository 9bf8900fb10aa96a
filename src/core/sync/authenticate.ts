import type NoiseSecretStream from '@hyperswarm/secret-stream'
import { authHeader, PROOF_SLOTS } from '../../shared/sync/frameSchemas'
import { FrameChannel } from './FrameChannel'
import { proofFor, randomBytes, sameBytes } from './keys'

/**
 * What a connection may do, by which key its peer proved:
 * member = the notebook's current secret; stale = a secret from before a rotation (may only
 * be handed the new key if still on the roster); invite = a one-time pairing key.
 */
export type AccessMode = 'member' | 'stale' | 'invite'
export interface AccessKey {
  mode: AccessMode
  key: Uint8Array
}

export interface Authenticated {
  mode: AccessMode
  key: Uint8Array
  channel: FrameChannel
  remoteKey: string
}

const PRIORITY: AccessMode[] = ['member', 'invite', 'stale']
export const AUTH_TIMEOUT_MS = 5_000

/** An authentication failure; `misbehaved` when the peer (not the network) is to blame. */
export class AuthError extends Error {
  constructor(
    message: string,
    readonly misbehaved: boolean,
  ) {
    super(message)
  }
}

/**
 * Runs after the Noise handshake: each side sends MACs, for every key it holds, over the
 * handshake hash, its role and its public key; the first key both hold decides the mode.
 * Rejects (and the caller bans the peer) when no valid proof arrives in time.
 */
export async function authenticate(
  stream: NoiseSecretStream,
  keys: readonly AccessKey[],
  timeoutMs = AUTH_TIMEOUT_MS,
): Promise<Authenticated> {
  const channel = new FrameChannel(stream)
  let timer: NodeJS.Timeout | undefined
  try {
    return await Promise.race([
      exchange(channel, stream, keys),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new AuthError('no proof in time', true)), timeoutMs)
      }),
    ])
  } catch (error) {
    channel.close(`authentication failed: ${(error as Error).message}`)
    throw error
  } finally {
    clearTimeout(timer)
  }
}

async function exchange(
  channel: FrameChannel,
  stream: NoiseSecretStream,
  keys: readonly AccessKey[],
): Promise<Authenticated> {
  if (!(await stream.opened)) throw new AuthError('handshake failed', false)
  const hash = stream.handshakeHash!
  const ours = stream.isInitiator ? 'initiator' : 'responder'
  const theirs = stream.isInitiator ? 'responder' : 'initiator'
  channel.send('auth', { v: 2, proofs: paddedProofs(keys.map((k) => proofFor(k.key, ours, hash, stream.publicKey!))) })
  const frame = await new Promise<unknown>((resolve, reject) => {
    channel.onClose((reason) => reject(new AuthError(reason, channel.violation !== undefined)))
    channel.setHandler((f) => {
      channel.pause() // later frames wait for the connection's next owner
      if (f.kind === 'auth') resolve(f.header)
      else reject(new AuthError(`${f.kind} frame before proof`, true))
    })
  })
  const parsed = authHeader.safeParse(frame)
  if (!parsed.success) throw new AuthError('malformed proof', true)
  const proofs = parsed.data.proofs.map((p) => Buffer.from(p, 'hex'))
  for (const mode of PRIORITY) {
    for (const key of keys.filter((k) => k.mode === mode)) {
      const expected = proofFor(key.key, theirs, hash, stream.remotePublicKey!)
      if (proofs.some((proof) => sameBytes(proof, expected))) {
        return { mode, key: key.key, channel, remoteKey: channel.remoteKey }
      }
    }
  }
  throw new AuthError('wrong proof', true)
}

/** Our proofs hidden among random ones in random places, always PROOF_SLOTS of them. */
function paddedProofs(real: Buffer[]): string[] {
  const slots = [...real.slice(0, PROOF_SLOTS)]
  while (slots.length < PROOF_SLOTS) slots.push(randomBytes(32))
  for (let i = slots.length - 1; i > 0; i--) {
    const j = randomBytes(4).readUInt32BE() % (i + 1)
    ;[slots[i], slots[j]] = [slots[j]!, slots[i]!]
  }
  return slots.map((s) => s.toString('hex'))
}
