import { z } from 'zod'

const callSchema = z.object({
  kind: z.literal('call'),
  id: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  method: z.string().max(100),
  args: z.unknown(),
})

export type ParsedCall = { ok: true; id: number; method: string; args: unknown } | { ok: false; code: 1007 | 1008; reason: string }

/**
 * Reads one bridge frame arriving as text (the host's WebSocket): JSON holding a call, else
 * the close code and reason to drop the socket with. Never throws; the method and arguments
 * are checked next, by `dispatch`.
 */
export function parseBridgeCall(text: string): ParsedCall {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, code: 1007, reason: 'Not JSON' }
  }
  const call = callSchema.safeParse(json)
  if (!call.success) return { ok: false, code: 1008, reason: 'Not a call' }
  return { ok: true, id: call.data.id, method: call.data.method, args: call.data.args }
}
