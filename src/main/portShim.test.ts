import { Repo } from '@automerge/automerge-repo'
import { MessageChannelNetworkAdapter } from '@automerge/automerge-repo-network-messagechannel'
import { describe, expect, it } from 'vitest'
import { MessageChannelMain, type MessagePortMain } from '../../test/support/fakeElectron'
import { domPortFromMain } from './portShim'

function channel(): [MessagePortMain, MessagePortMain] {
  const { port1, port2 } = new MessageChannelMain()
  return [port1, port2]
}

describe('MessagePortMain shim', () => {
  it('carries an automerge-repo sync between two peers', async () => {
    const [port1, port2] = channel()
    const core = new Repo({ network: [new MessageChannelNetworkAdapter(domPortFromMain(port1))], sharePolicy: async () => true })
    const ui = new Repo({ network: [new MessageChannelNetworkAdapter(domPortFromMain(port2))], sharePolicy: async () => true })
    const handle = core.create<{ name: string }>({ name: 'Tenants of 12 Elm St' })
    const seen = await ui.find<{ name: string }>(handle.url)
    expect(seen.doc().name).toBe('Tenants of 12 Elm St')
    seen.change((d) => {
      d.name = 'Elm St tenant union'
    })
    await expect.poll(() => handle.doc().name).toBe('Elm St tenant union')
    await Promise.all([core.shutdown(), ui.shutdown()])
  })

  it('copies instead of transferring buffers and forwards close', async () => {
    const [port1, port2] = channel()
    const shim = domPortFromMain(port1)
    const received: unknown[] = []
    const other = domPortFromMain(port2)
    other.addEventListener('message', (e) => received.push(e.data))
    let closed = false
    shim.addEventListener('close', () => (closed = true))
    other.start()
    const data = new Uint8Array([1, 2, 3]).buffer
    shim.postMessage({ data }, [data])
    await expect.poll(() => received.length).toBe(1)
    expect(new Uint8Array((received[0] as { data: ArrayBuffer }).data)).toEqual(new Uint8Array([1, 2, 3]))
    other.close()
    await expect.poll(() => closed).toBe(true)
  })
})
