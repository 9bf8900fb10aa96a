import { generateAutomergeUrl } from '@automerge/automerge-repo'
import { describe, expect, it } from 'vitest'
import type { Frame } from '../../src/shared/sync/frames'
import type { Authenticated } from '../../src/core/sync/authenticate'
import { receiveSnapshots } from '../../src/core/sync/snapshots'

/** The receiving end of a connection whose authenticated member sends what the test says. */
function fromMember() {
  let handler: (frame: Frame) => void = () => {}
  const state = { closedWith: undefined as string | undefined }
  const channel = {
    get closed() { return state.closedWith !== undefined },
    setHandler: (h: (frame: Frame) => void) => (handler = h),
    onClose: () => {},
    send: () => {},
    pause: () => {},
    close: (reason: string) => (state.closedWith = reason),
  }
  const send = (header: unknown, body = new Uint8Array()) => handler({ kind: 'snapshot', header, body })
  return { connection: { channel } as unknown as Authenticated, send, state }
}

describe('the first copy from a member', () => {
  it('is cut off when a member sends more than the cap in all, however it splits it', async () => {
    const { connection, send, state } = fromMember()
    const copy = receiveSnapshots(connection, 10_000)
    // many small documents, each well under any per-document limit
    for (let i = 0; i < 20 && !state.closedWith; i++) send({ url: generateAutomergeUrl(), part: 0, parts: 1 }, new Uint8Array(1_000))
    await expect(copy).rejects.toThrow(/malformed copy \(more data than a notebook holds\)/)
    expect(state.closedWith).toBe('more data than a notebook holds')
  })

  it('takes a copy under the cap whole', async () => {
    const { connection, send } = fromMember()
    const copy = receiveSnapshots(connection, 10_000)
    const url = generateAutomergeUrl()
    send({ url, part: 0, parts: 2 }, new Uint8Array(3_000))
    send({ url, part: 1, parts: 2 }, new Uint8Array(3_000))
    send({ done: true })
    expect((await copy).get(url)?.byteLength).toBe(6_000)
  })
})
