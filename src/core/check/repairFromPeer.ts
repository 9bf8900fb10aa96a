import { setTimeout as sleep } from 'node:timers/promises'
import { runPeer, type PeerOptions } from '../sync/runPeer'
import type { CheckDetails } from './checkNotebook'

export interface PeerRepair {
  /** Documents whose lost changes came back from a member. */
  recovered: number
  /** Documents still lacking changes when time ran out (labels for people). */
  missing: string[]
}

/**
 * Repairs a notebook from the other members: opens it as a member device (opening sets the
 * damaged chunks aside in the quarantine, as any open does), syncs until every document the check
 * found damaged has been seen whole again or `timeoutMs` passes, then stops. The sync protocol
 * merges, so nothing on this device is overwritten.
 */
export async function repairFromPeer(details: CheckDetails, options: PeerOptions, timeoutMs: number): Promise<PeerRepair> {
  const wanted = new Map(details.result.damage.documents.filter((d) => !d.recovered).map((d) => [d.documentId, d.label]))
  if (!wanted.size) return { recovered: 0, missing: [] }
  const running = await runPeer(options)
  try {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const whole = new Set((await running.notebook.damage()).documents.filter((d) => d.recovered).map((d) => d.documentId))
      const missing = [...wanted].filter(([id]) => !whole.has(id)).map(([, label]) => label)
      if (!missing.length || Date.now() > deadline) return { recovered: wanted.size - missing.length, missing }
      await sleep(250)
    }
  } finally {
    await running.stop()
  }
}
