import { z } from 'zod'
import { decodeFrame, type FrameKind } from './frames'
import { authHeader, claimHeader, helloHeader, keyHandover, logHeader, repoMessageHeader, snapshotHeader } from './frameSchemas'

/**
 * The header schema of every frame kind. Typed over FrameKind, so a new kind does not
 * compile until it has one, and the frame fuzzer (frameHeaders.fuzz.test.ts) covers it.
 */
export const FRAME_HEADERS: { [K in FrameKind]: z.ZodType } = {
  auth: authHeader,
  hello: helloHeader,
  message: repoMessageHeader,
  claim: claimHeader,
  grant: keyHandover,
  'snapshot-request': z.object({}).strict(),
  snapshot: snapshotHeader,
  log: logHeader,
}

export type ReadFrame = { ok: true; kind: FrameKind; header: unknown; body: Uint8Array } | { ok: false; reason: string }

/** Decodes a frame and checks its header against its kind's schema; never throws. */
export function readFrame(bytes: Uint8Array): ReadFrame {
  const decoded = decodeFrame(bytes)
  if (!decoded.ok) return decoded
  const { kind, header, body } = decoded.frame
  const checked = FRAME_HEADERS[kind].safeParse(header)
  if (!checked.success) return { ok: false, reason: `bad ${kind} header: ${checked.error.issues[0]?.path.join('.') || 'header'} ${checked.error.issues[0]?.message ?? ''}`.trim() }
  return { ok: true, kind, header: checked.data, body }
}
