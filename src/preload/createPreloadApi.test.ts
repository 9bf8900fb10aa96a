import { describe, expect, it } from 'vitest'
import { CONNECT_SYNC_CHANNEL } from '../shared/bridge/preloadApi'
import { CORE_METHODS, EVENT_CHANNEL, channelFor } from '../shared/contract'
import { createPreloadApi, type PreloadIpc } from './createPreloadApi'

function fakeIpc() {
  const calls: { kind: string; channel: string; args: unknown[] }[] = []
  const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>()
  const ipc: PreloadIpc = {
    invoke: async (channel, ...args) => (calls.push({ kind: 'invoke', channel, args }), 'ok'),
    send: (channel, ...args) => void calls.push({ kind: 'send', channel, args }),
    on: (channel, listener) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
    removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
  }
  const emit = (channel: string, ...args: unknown[]) => listeners.get(channel)?.forEach((l) => l({}, ...args))
  return { ipc, calls, emit }
}

describe('preload api', () => {
  it('invokes only the channels of core methods', async () => {
    const { ipc, calls } = fakeIpc()
    const api = createPreloadApi(ipc)
    for (const method of CORE_METHODS) await expect(api.invoke(method, {})).resolves.toBe('ok')
    expect(calls.map((c) => c.channel)).toEqual(CORE_METHODS.map(channelFor))
    for (const bad of ['massline:event', 'toString', '__proto__', '', 'constructor', CONNECT_SYNC_CHANNEL]) {
      await expect(api.invoke(bad, {})).rejects.toThrow(/Unknown bridge method/)
    }
    expect(calls).toHaveLength(CORE_METHODS.length)
  })

  it('relays core events until unsubscribed', () => {
    const { ipc, emit } = fakeIpc()
    const heard: unknown[] = []
    const off = createPreloadApi(ipc).onEvent((name, payload) => heard.push([name, payload]))
    emit(EVENT_CHANNEL, 'notebooksChanged', [])
    emit(EVENT_CHANNEL, 42, 'ignored')
    off()
    emit(EVENT_CHANNEL, 'notebooksChanged', [1])
    expect(heard).toEqual([['notebooksChanged', []]])
  })

  it('asks for a sync port only with a plausible notebook id', () => {
    const { ipc, calls } = fakeIpc()
    const api = createPreloadApi(ipc)
    api.connectSync('nb-1')
    api.connectSync('')
    api.connectSync({} as unknown as string)
    api.connectSync('x'.repeat(201))
    expect(calls).toEqual([{ kind: 'send', channel: CONNECT_SYNC_CHANNEL, args: ['nb-1'] }])
  })
})
