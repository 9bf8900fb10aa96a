import { getHeads } from '@automerge/automerge'
import type { DocHandle } from '@automerge/automerge-repo'
import type { Bridge } from '../../shared/bridge/bridgeClient'
import { Store } from './Store'

export type SaveState = { status: 'saved'; at: number | null } | { status: 'saving' } | { status: 'failed'; error: string }

const PERSIST_DELAY_MS = 150

/**
 * Says "saved" only when the core has confirmed it stored the edit durably: after a change,
 * the document's heads are sent with `persist`, which resolves once the core's copy holds
 * them on disk.
 */
export class SaveTracker extends Store<SaveState> {
  readonly #waiting = new Map<string, ReturnType<typeof setTimeout>>()
  #inFlight = 0

  constructor(
    private readonly bridge: Bridge,
    private readonly notebookId: string,
  ) {
    super({ status: 'saved', at: null })
  }

  /** Call after every local change to a document. */
  track(handle: DocHandle<unknown>): void {
    this.set({ status: 'saving' })
    clearTimeout(this.#waiting.get(handle.documentId))
    this.#waiting.set(
      handle.documentId,
      setTimeout(() => void this.#persist(handle), PERSIST_DELAY_MS),
    )
  }

  async #persist(handle: DocHandle<unknown>): Promise<void> {
    this.#waiting.delete(handle.documentId)
    this.#inFlight++
    try {
      const heads = getHeads(handle.doc() as never)
      const { savedAt } = await this.bridge.persist({ notebookId: this.notebookId, documentId: handle.documentId, heads })
      this.#inFlight--
      if (this.#inFlight === 0 && this.#waiting.size === 0) this.set({ status: 'saved', at: savedAt })
    } catch (error) {
      this.#inFlight--
      this.set({ status: 'failed', error: (error as Error).message })
    }
  }
}
