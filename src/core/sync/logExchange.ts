import { decodeLog, encodeLog, type MembershipOp } from '../../shared/sync/membershipOp'
import type { Authenticated } from './authenticate'
import type { FrameChannel } from './FrameChannel'
import { nextFrame } from './handover'

/** What a connection needs from this device's membership log. */
export interface LogParty {
  ops(): MembershipOp[]
  isMember(deviceKey: string): boolean
  /** Takes in a peer's operations (checked one by one: a bad one is dropped, not applied). */
  merge(remoteKey: string, ops: MembershipOp[]): void
}

export function sendLog(channel: FrameChannel, ops: readonly MembershipOp[]): void {
  channel.send('log', { count: ops.length }, encodeLog(ops))
}

/**
 * Right after the proof, both sides swap logs. A side that does not (yet) know the peer as a
 * member waits for the peer's log first and sends its own only if the merged log makes the
 * peer a member: a removed device that still holds an old secret learns nothing, not even the
 * member list. Resolves false when the peer is no member.
 */
export async function exchangeLog(connection: Authenticated, party: LogParty, timeoutMs = 10_000): Promise<boolean> {
  const known = party.isMember(connection.remoteKey)
  if (known) sendLog(connection.channel, party.ops())
  const frame = await nextFrame(connection, 'log', timeoutMs)
  const ops = decodeLog(frame.body)
  if (!ops) {
    connection.channel.close('malformed log')
    return false
  }
  party.merge(connection.remoteKey, ops)
  if (!party.isMember(connection.remoteKey)) return false
  if (!known) sendLog(connection.channel, party.ops())
  return true
}
