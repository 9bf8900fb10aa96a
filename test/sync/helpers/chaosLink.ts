import { Duplex } from 'node:stream'

/** Knobs of one in-process link; change them at any time. Rates are per chunk, in [0, 1]. */
export interface Chaos {
  delayMs?: [number, number]
  loss?: number
  duplicate?: number
  /** Split chunks at random points, as TCP may. */
  fragment?: boolean
  random?: () => number
}

/**
 * Two raw byte streams joined by a lossy, laggy, duplicating, fragmenting link (in order unless
 * dropped). Under Noise a lost or duplicated message breaks decryption and kills the session,
 * which is what loss does to a real connection that gives up: peers must redial and resync.
 */
export function chaosPair(chaos: Chaos = {}): [Duplex, Duplex] {
  const random = chaos.random ?? Math.random
  const ends: Duplex[] = []
  const queues = new Map<Duplex, Promise<void>>()
  const deliver = (to: Duplex, chunk: Buffer): void => {
    // Loss and duplication hit whole writes (one Noise message each): Noise then refuses the
    // stream, as it would a tampered one. Fragmentation only splits what is delivered.
    if (chaos.loss && random() < chaos.loss) return
    const copies = chaos.duplicate && random() < chaos.duplicate ? 2 : 1
    const pieces: Buffer[] = []
    for (let i = 0; i < copies; i++) {
      if (chaos.fragment && chunk.byteLength > 1) {
        const cut = 1 + Math.floor(random() * (chunk.byteLength - 1))
        pieces.push(chunk.subarray(0, cut), chunk.subarray(cut))
      } else pieces.push(chunk)
    }
    const [min, max] = chaos.delayMs ?? [0, 0]
    const wait = min + random() * (max - min)
    const previous = queues.get(to) ?? Promise.resolve()
    const next = previous.then(
      () =>
        new Promise<void>((resolve) =>
          setTimeout(() => {
            for (const piece of pieces) if (!to.destroyed) to.push(piece)
            resolve()
          }, wait),
        ),
    )
    queues.set(to, next)
  }
  const end = (other: () => Duplex) =>
    new Duplex({
      read() {},
      write(chunk: Buffer, _enc, callback) {
        deliver(other(), chunk)
        callback()
      },
      final(callback) {
        void (queues.get(other()) ?? Promise.resolve()).then(() => other().push(null))
        callback()
      },
      destroy(error, callback) {
        // the peer sees the reset after the data already on the wire, as with TCP
        void (queues.get(other()) ?? Promise.resolve()).then(() => other().destroyed || other().destroy())
        callback(error)
      },
    })
  ends.push(
    end(() => ends[1]!),
    end(() => ends[0]!),
  )
  return [ends[0]!, ends[1]!]
}
