import type { Frame, FrameKind } from '../../shared/sync/frames'
import { claimHeader, keyHandover, type KeyHandover } from '../../shared/sync/frameSchemas'
import { decodeLog, encodeLog, type MembershipOp } from '../../shared/sync/membershipOp'
import type { Authenticated } from './authenticate'
import { shortAuthString } from './inviteCode'

const STEP_TIMEOUT_MS = 10_000

/** The next frame on an authenticated side channel, which must be of this kind. */
export function nextFrame(connection: Authenticated, kind: FrameKind, timeoutMs = STEP_TIMEOUT_MS): Promise<Frame> {
  const { channel } = connection
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      channel.close(`no ${kind} in time`)
      reject(new Error(`The other device did not answer in time`))
    }, timeoutMs)
    channel.onClose((reason) => {
      clearTimeout(timer)
      reject(new Error(`Connection closed: ${reason}`))
    })
    channel.setHandler((frame) => {
      if (frame.kind === 'hello') return // a member-mode peer greets first; not for us
      clearTimeout(timer)
      channel.pause()
      if (frame.kind === kind) resolve(frame)
      else {
        channel.close(`expected ${kind}, got ${frame.kind}`)
        reject(new Error(`Unexpected ${frame.kind} from the other device`))
      }
    })
  })
}

export interface Grant {
  handover: KeyHandover
  ops: MembershipOp[]
}

/** The short authentication string of an invite connection (both ends compute the same). */
export const sasOf = (connection: Authenticated): string =>
  shortAuthString(connection.key, connection.channel.stream.handshakeHash!)

/**
 * Inviter side: read the claim, then wait for `decide` (the user confirming the device's name
 * and the short authentication string) before sending the notebook key once.
 */
export async function grantInvite(
  connection: Authenticated,
  decide: (deviceName: string, sas: string) => Promise<Grant | undefined>,
): Promise<void> {
  const claim = claimHeader.safeParse((await nextFrame(connection, 'claim')).header)
  if (!claim.success) return connection.channel.close('malformed claim')
  const grant = await decide(claim.data.deviceName, sasOf(connection))
  if (!grant) return connection.channel.close('invite refused')
  connection.channel.send('grant', grant.handover, encodeLog(grant.ops))
  connection.channel.end('invite granted')
}

/** Invitee side: say who we are, show the SAS, wait for the inviter's confirmation. */
export async function claimInvite(
  connection: Authenticated,
  deviceName: string,
  onSas: (sas: string) => void,
  timeoutMs: number,
): Promise<Grant> {
  connection.channel.send('claim', { deviceName })
  onSas(sasOf(connection))
  const frame = await nextFrame(connection, 'grant', timeoutMs)
  const parsed = keyHandover.safeParse(frame.header)
  const ops = decodeLog(frame.body)
  if (!parsed.success || !ops) throw new Error('The other device sent a malformed notebook key')
  return { handover: parsed.data, ops }
}
