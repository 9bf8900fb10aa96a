import type { Message, PeerId } from '@automerge/automerge-repo'

const SETTLE_MS = 3_000

/**
 * Approximate sync progress from traffic: a document is pending while we sent it sync data
 * that the peer has not answered yet (answers that never come expire after a few seconds,
 * since the last message of an exchange needs no reply).
 */
export class SyncActivity {
  readonly #outstanding = new Map<string, number>()
  lastSyncAt: number | undefined

  record(direction: 'in' | 'out', message: Message, now = Date.now()): void {
    if (!message.documentId || (message.type !== 'sync' && message.type !== 'request')) return
    const key = `${direction === 'out' ? message.targetId : message.senderId}|${message.documentId}`
    if (direction === 'out') this.#outstanding.set(key, now)
    else {
      this.#outstanding.delete(key)
      this.lastSyncAt = now
    }
  }

  forgetPeer(peerId: PeerId): void {
    for (const key of this.#outstanding.keys()) if (key.startsWith(`${peerId}|`)) this.#outstanding.delete(key)
  }

  pendingDocuments(now = Date.now()): number {
    const documents = new Set<string>()
    for (const [key, at] of this.#outstanding) {
      if (now - at > SETTLE_MS) this.#outstanding.delete(key)
      else documents.add(key.slice(key.indexOf('|') + 1))
    }
    return documents.size
  }
}
