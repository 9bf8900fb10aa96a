import { EventEmitter } from 'node:events'
import type { Chunk, StorageAdapterInterface, StorageKey } from '@automerge/automerge-repo'
import { isNoRoom, noRoomMessage, NoRoomError } from './noRoom'

type Op = { key: StorageKey; data: Uint8Array } | { key: StorageKey; data?: undefined; range?: boolean }

const RETRY_MS = 5000

export interface StorageState {
  /** Why writes are held back (disk full, read-only folder); undefined while writing normally. */
  noRoom?: string
  /** Writes held in memory, in order, until there is room. */
  pending: number
}

/**
 * Wraps a storage adapter so a full disk (or a folder gone read-only) never throws out of a
 * save: automerge-repo's automatic save runs on a timer, where a rejection is an uncaught
 * exception. The first write that finds no room, and every write after it, is held in memory
 * in order; reads see them; a retry every few seconds (or `retry()`) writes them out in the
 * same order, so the disk always holds a prefix of what was written, never half of it.
 * Explicit flushes learn about held writes from `assertWritten`.
 */
export class StorageGuard extends EventEmitter<{ changed: [StorageState] }> implements StorageAdapterInterface {
  readonly #held: Op[] = []
  #noRoom: string | undefined
  #timer: NodeJS.Timeout | undefined
  #draining: Promise<boolean> | undefined

  constructor(private readonly inner: StorageAdapterInterface) {
    super()
  }

  get state(): StorageState {
    return { ...(this.#noRoom ? { noRoom: this.#noRoom } : {}), pending: this.#held.length }
  }

  async load(key: StorageKey): Promise<Uint8Array | undefined> {
    for (let i = this.#held.length - 1; i >= 0; i--) {
      const op = this.#held[i]!
      if (op.data && sameKey(op.key, key)) return op.data
      if (!op.data && startsWith(key, op.key) && (op.range || sameKey(op.key, key))) return undefined
    }
    return this.inner.load(key)
  }

  async loadRange(prefix: StorageKey): Promise<Chunk[]> {
    const chunks = new Map((await this.inner.loadRange(prefix)).map((chunk) => [chunk.key.join('\u0000'), chunk]))
    for (const op of this.#held) {
      if (op.data) {
        if (startsWith(op.key, prefix)) chunks.set(op.key.join('\u0000'), { key: op.key, data: op.data })
      } else for (const [id, chunk] of chunks) if (op.range ? startsWith(chunk.key, op.key) : sameKey(chunk.key, op.key)) chunks.delete(id)
    }
    return [...chunks.values()]
  }

  save(key: StorageKey, data: Uint8Array): Promise<void> {
    return this.#write({ key, data })
  }

  remove(key: StorageKey): Promise<void> {
    return this.#write({ key })
  }

  removeRange(prefix: StorageKey): Promise<void> {
    return this.#write({ key: prefix, range: true })
  }

  /** Throws if some writes are still only in memory (after a flush: the edit is not yet durable). */
  assertWritten(): void {
    if (this.#held.length) throw new NoRoomError(this.#noRoom ?? 'The disk took no writes')
  }

  /** Writes out what is held, in order; resolves true once nothing is held. */
  retry(): Promise<boolean> {
    if (!this.#held.length) return Promise.resolve(true)
    this.#draining ??= this.#drain().finally(() => (this.#draining = undefined))
    return this.#draining
  }

  /** Stops retrying in the background (what is still held is lost with the process). */
  stop(): void {
    clearInterval(this.#timer)
    this.#timer = undefined
  }

  async #write(op: Op): Promise<void> {
    if (this.#held.length) {
      this.#held.push(op)
      return
    }
    try {
      await this.#apply(op)
    } catch (error) {
      if (!isNoRoom(error)) throw error
      this.#held.push(op)
      this.#noRoom = noRoomMessage(error)
      this.#timer ??= setInterval(() => void this.retry(), RETRY_MS).unref()
      this.emit('changed', this.state)
    }
  }

  #apply(op: Op): Promise<void> {
    if (op.data) return this.inner.save(op.key, op.data)
    return op.range ? this.inner.removeRange(op.key) : this.inner.remove(op.key)
  }

  async #drain(): Promise<boolean> {
    while (this.#held.length) {
      try {
        await this.#apply(this.#held[0]!)
      } catch (error) {
        if (!isNoRoom(error)) throw error
        return false
      }
      this.#held.shift()
    }
    this.#noRoom = undefined
    this.stop()
    this.emit('changed', this.state)
    return true
  }
}

function sameKey(a: StorageKey, b: StorageKey): boolean {
  return a.length === b.length && startsWith(a, b)
}

function startsWith(key: StorageKey, prefix: StorageKey): boolean {
  return prefix.every((part, i) => key[i] === part)
}
