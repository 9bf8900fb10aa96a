import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { startHost, type Host } from './startHost'

/** A WebSocket as our own page opens it. */
function socket(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers: { origin: new URL(url).origin.replace('ws:', 'http:') } })
    ws.once('open', () => resolve(ws))
    ws.once('error', reject)
  })
}

let next = 1
/** One bridge call's answer (core events on the same socket are skipped). */
function call(ws: WebSocket, method: string, args: object = {}): Promise<{ ok: boolean; value?: unknown; error?: string }> {
  const id = next++
  return new Promise((resolve) => {
    const onMessage = (data: unknown) => {
      const frame = JSON.parse(String(data)) as { kind: string; id?: number; ok: boolean }
      if (frame.kind !== 'result' || frame.id !== id) return
      ws.off('message', onMessage)
      resolve(frame)
    }
    ws.on('message', onMessage)
    ws.send(JSON.stringify({ kind: 'call', id, method, args }))
  })
}

describe('a locked window', () => {
  let host: Host
  const bridgeUrl = () => `ws://127.0.0.1:${host.port}/bridge?token=${host.token}`
  beforeAll(async () => {
    const renderer = await mkdtemp(join(tmpdir(), 'massline-renderer-'))
    await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Massline</title>')
    host = await startHost({ home: await mkdtemp(join(tmpdir(), 'massline-home-')), rendererDir: renderer })
  })
  afterAll(() => host.close())

  it('gets no answer to a read, nor document sync, from the host until it is unlocked', async () => {
    const page = await socket(bridgeUrl())
    const [notebook] = (await call(page, 'listNotebooks')).value as { id: string }[]
    const syncUrl = `ws://127.0.0.1:${host.port}/sync/${notebook!.id}?token=${host.token}`
    expect(await call(page, 'setLockPassphrase', { passphrase: 'picket line 42' })).toMatchObject({ ok: true })
    const link = await socket(syncUrl)
    const linkClosed = new Promise((resolve) => link.once('close', resolve))

    expect(await call(page, 'lockWindows')).toMatchObject({ ok: true, value: { locked: true } })
    for (const [method, args] of [['listNotebooks', {}], ['listContacts', { notebookId: notebook!.id }], ['syncState', { notebookId: notebook!.id }], ['getSettings', {}]] as const) {
      expect(await call(page, method, args)).toMatchObject({ ok: false, error: expect.stringMatching(/Massline is locked/) })
    }
    // The page's document sync is cut, and comes back for no one while locked.
    await linkClosed
    await expect(socket(syncUrl)).rejects.toThrow()
    // A reloaded page (a new socket) is just as locked: it may only read the lock's settings and unlock.
    const reloaded = await socket(bridgeUrl())
    expect(await call(reloaded, 'listNotebooks')).toMatchObject({ ok: false, error: expect.stringMatching(/Massline is locked/) })
    expect(await call(reloaded, 'lockSettings')).toMatchObject({ ok: true, value: { locked: true, hasPassphrase: true } })
    expect(await call(reloaded, 'unlock', { passphrase: 'picket line 43' })).toMatchObject({ ok: false, error: expect.stringMatching(/Wrong passphrase/) })
    expect(await call(page, 'listNotebooks')).toMatchObject({ ok: false })

    expect(await call(reloaded, 'unlock', { passphrase: 'picket line 42' })).toMatchObject({ ok: true })
    expect(await call(page, 'listNotebooks')).toMatchObject({ ok: true })
    expect(await call(reloaded, 'lockSettings')).toMatchObject({ ok: true, value: { locked: false } })
    ;(await socket(syncUrl)).close()
    page.close()
    reloaded.close()
  }, 60_000)
})
