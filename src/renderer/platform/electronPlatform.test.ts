// @vitest-environment happy-dom
import { MessageChannelNetworkAdapter } from '@automerge/automerge-repo-network-messagechannel'
import { describe, expect, it } from 'vitest'
import { SYNC_PORT_MESSAGE, type PreloadApi } from '../../shared/bridge/preloadApi'
import { createElectronPlatform } from './electronPlatform'

function fakePreload(onConnect: (notebookId: string) => void = () => {}) {
  const invoked: unknown[] = []
  let listener: ((name: string, payload: unknown) => void) | null = null
  const preload: PreloadApi = {
    invoke: async (method, args) => (invoked.push([method, args]), []),
    onEvent: (l) => ((listener = l), () => (listener = null)),
    connectSync: onConnect,
  }
  return { preload, invoked, emit: (name: string, payload: unknown) => listener?.(name, payload) }
}

const portMessage = (notebookId: string, source: unknown, port: MessagePort) =>
  new MessageEvent('message', { data: { type: SYNC_PORT_MESSAGE, notebookId }, source: source as Window, ports: [port] })

describe('electron platform', () => {
  it('calls the core through the preload and hears only the events asked for', async () => {
    const { preload, invoked, emit } = fakePreload()
    const platform = createElectronPlatform(preload)
    expect(platform.kind).toBe('electron')
    await platform.bridge.listContacts({ notebookId: 'nb' })
    expect(invoked).toEqual([['listContacts', { notebookId: 'nb' }]])
    const heard: unknown[] = []
    platform.bridge.on('notebooksChanged', (p) => heard.push(p))
    emit('contactsChanged', 1)
    emit('notebooksChanged', [])
    expect(heard).toEqual([[]])
  })

  it('builds the sync adapter on the port the preload forwards for that notebook', async () => {
    const { port1: right } = new MessageChannel()
    const { port1: wrong } = new MessageChannel()
    const { preload } = fakePreload((notebookId) => {
      window.dispatchEvent(portMessage('other', window, wrong))
      window.dispatchEvent(portMessage(notebookId, null, wrong))
      window.dispatchEvent(portMessage(notebookId, window, right))
    })
    const adapter = await createElectronPlatform(preload).syncAdapter('nb-1')
    expect(adapter).toBeInstanceOf(MessageChannelNetworkAdapter)
    expect((adapter as unknown as { messagePortRef: { port: MessagePort } }).messagePortRef.port).toBe(right)
    right.close()
    wrong.close()
  })
})
