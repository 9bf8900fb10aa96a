import type { Frame, FrameKind } from '../../shared/sync/frames'
import { claimHeader, keyHandover, type KeyHandover } from '../../shared/sync/frameSchemas'
import type { Authenticated } from './authenticate'

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

/** Inviter side: read the claim, consume the invite, send the notebook key once. */
export async function grantInvite(
  connection: Authenticated,
  consume: (deviceName: string) => Promise<KeyHandover | undefined>,
): Promise<void> {
  const claim = claimHeader.safeParse((await nextFrame(connection, 'claim')).header)
  if (!claim.success) return connection.channel.close('malformed claim')
  const handover = await consume(claim.data.deviceName)
  if (!handover) return connection.channel.close('invite already used')
  connection.channel.send('grant', handover)
  connection.channel.end('invite granted')
}

/** Invitee side: say who we are, receive the notebook key. */
export async function claimInvite(connection: Authenticated, deviceName: string): Promise<KeyHandover> {
  connection.channel.send('claim', { deviceName })
  return parseHandover((await nextFrame(connection, 'grant')).header)
}

export function parseHandover(header: unknown): KeyHandover {
  const parsed = keyHandover.safeParse(header)
  if (!parsed.success) throw new Error('The other device sent a malformed notebook key')
  return parsed.data
}
