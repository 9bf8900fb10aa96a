import { getHeads } from '@automerge/automerge'
import type { DocHandle } from '@automerge/automerge-repo'
import type { Bridge } from '../../shared/bridge/bridgeClient'
import { Store } from './Store'

export type SaveState = { status: 'saved'; at: number | null } | { status: 'saving' } | { status: 'failed'; error: string }

const PERSIST_DELAY_MS = 150

const open = new Set<SaveTracker>()

/**
 * Resolves once every edit made in this window has reached the core, or after `timeoutMs`:
 * the app lock waits for it before the core cuts the window off.
 */
export function savesSettled(timeoutMs = 3_000): Promise<void> {
  const all = Promise.all([...open].map((tracker) => tracker.settled())).then(() => undefined)
  return Promise.race([all, new Promise<void>((resolve) => setTimeout(resolve, timeoutMs))])
}

/**
 * Says "saved" only when the core has confirmed it stored the edit durably: after a change,
 * the document's heads are sent with `persist`, which resolves once the core's copy holds
 * them on disk.
 */
export class SaveTracker extends Store<SaveState> {
  readonly #waiting = new Map<string, { timer: ReturnType<typeof setTimeout>; handle: DocHandle<unknown> }>()
  readonly #flights = new Set<Promise<void>>()
  #inFlight = 0

  constructor(
    private readonly bridge: Bridge,
    private readonly notebookId: string,
  ) {
    super({ status: 'saved', at: null })
    open.add(this)
  }

  /** The session closed: nothing more to wait for here. */
  stop(): void {
    open.delete(this)
  }

  /** Sends what waits to be sent now, and resolves once the core has stored all of it. */
  async settled(): Promise<void> {
    for (const { timer, handle } of [...this.#waiting.values()]) {
      clearTimeout(timer)
      this.#send(handle)
    }
    await Promise.allSettled([...this.#flights])
  }

  /** Call after every local change to a document. */
  track(handle: DocHandle<unknown>): void {
    this.set({ status: 'saving' })
    clearTimeout(this.#waiting.get(handle.documentId)?.timer)
    this.#waiting.set(handle.documentId, { timer: setTimeout(() => this.#send(handle), PERSIST_DELAY_MS), handle })
  }

  #send(handle: DocHandle<unknown>): void {
    const flight = this.#persist(handle)
    this.#flights.add(flight)
    void flight.finally(() => this.#flights.delete(flight))
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
