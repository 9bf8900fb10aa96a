import type NoiseSecretStream from '@hyperswarm/secret-stream'
import { decodeFrame, encodeFrame, type Frame, type FrameKind } from '../../shared/sync/frames'

export type FrameHandler = (frame: Frame) => void

/**
 * Frames over one Noise secret stream. It starts reading at once and queues frames until a
 * handler is set, so nothing is lost when the connection passes from authentication to sync.
 * An undecodable frame closes the channel: `closeReason` says why.
 */
export class FrameChannel {
  readonly #queue: Frame[] = []
  #handler: FrameHandler | undefined
  #closeListeners: Array<(reason: string) => void> = []
  closeReason: string | undefined
  /** Set when the channel closed because the peer sent an undecodable or oversized frame. */
  violation: string | undefined

  constructor(readonly stream: NoiseSecretStream) {
    stream.on('data', (data: Buffer) => this.#onData(data))
    stream.on('error', () => this.close('stream error'))
    stream.on('close', () => this.close('closed by peer'))
  }

  get remoteKey(): string {
    return this.stream.remotePublicKey?.toString('hex') ?? ''
  }

  get closed(): boolean {
    return this.closeReason !== undefined
  }

  send(kind: FrameKind, header: unknown, body?: Uint8Array): void {
    if (!this.closed) this.stream.write(encodeFrame(kind, header, body))
  }

  setHandler(handler: FrameHandler): void {
    this.#handler = handler
    while (this.#handler === handler && this.#queue.length && !this.closed) handler(this.#queue.shift()!)
  }

  /** Queues incoming frames until the next `setHandler`. */
  pause(): void {
    this.#handler = undefined
  }

  onClose(listener: (reason: string) => void): void {
    if (this.closeReason !== undefined) listener(this.closeReason)
    else this.#closeListeners.push(listener)
  }

  close(reason: string): void {
    if (this.closeReason !== undefined) return
    this.closeReason = reason
    this.#handler = undefined
    this.#queue.length = 0
    this.stream.destroy()
    for (const listener of this.#closeListeners.splice(0)) listener(reason)
  }

  /** Closes once everything written so far has been flushed to the peer. */
  end(reason: string): void {
    if (this.closed) return
    this.stream.end()
    setTimeout(() => this.close(reason), 1_000).unref()
  }

  #onData(data: Buffer): void {
    if (this.closed || data.byteLength === 0) return
    const decoded = decodeFrame(data)
    if (!decoded.ok) {
      this.violation = decoded.reason
      return this.close(decoded.reason)
    }
    if (this.#handler) this.#handler(decoded.frame)
    else this.#queue.push(decoded.frame)
  }
}
