import { mkdtemp, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { startHost, type Host } from './startHost'

function get(port: number, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      let body = ''
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

/** A WebSocket as our own page opens it: a browser always names the page's origin. */
function socket(url: string, headers: Record<string, string> = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers: { origin: new URL(url).origin.replace('ws:', 'http:'), ...headers } })
    ws.once('open', () => resolve(ws))
    ws.once('error', reject)
  })
}

function nextMessage(ws: WebSocket): Promise<Record<string, unknown>> {
  return new Promise((resolve) => ws.once('message', (data) => resolve(JSON.parse(String(data)))))
}

describe('the loopback host', () => {
  let host: Host

  beforeAll(async () => {
    const renderer = await mkdtemp(join(tmpdir(), 'massline-renderer-'))
    await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Massline</title>')
    host = await startHost({ home: await mkdtemp(join(tmpdir(), 'massline-home-')), rendererDir: renderer })
  })
  afterAll(() => host.close())

  it('listens on 127.0.0.1 only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/)
  })

  it('refuses a request without the token', async () => {
    expect((await get(host.port, '/')).status).toBe(403)
    expect((await get(host.port, '/?token=wrong')).status).toBe(403)
  })

  it('serves the app with the token, sets a cookie, and a strict CSP', async () => {
    const response = await get(host.port, `/?token=${host.token}`)
    expect(response.status).toBe(200)
    expect(String(response.headers['set-cookie'])).toMatch(/massline_token=.*HttpOnly.*SameSite=Strict/)
    expect(response.headers['content-security-policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval';/)
    expect((await get(host.port, '/', { cookie: `massline_token=${host.token}` })).status).toBe(200)
  })

  it('refuses a request naming another host, as a DNS-rebinding page would', async () => {
    expect((await get(host.port, `/?token=${host.token}`, { host: 'evil.example:80' })).status).toBe(403)
  })

  it('never serves files outside the renderer folder', async () => {
    const response = await get(host.port, `/..%2F..%2F..%2Fetc%2Fpasswd?token=${host.token}`)
    expect(response.status).toBe(404)
    expect(response.body).not.toMatch(/root:/)
  })

  it('refuses a bridge socket without the token', async () => {
    await expect(socket(`ws://127.0.0.1:${host.port}/bridge`)).rejects.toThrow()
  })

  it('refuses a socket from a page on another port of 127.0.0.1, though it carries our cookie', async () => {
    const cookie = { cookie: `massline_token=${host.token}` }
    for (const path of ['/bridge', '/sync/x']) {
      const url = `ws://127.0.0.1:${host.port}${path}`
      await expect(socket(url, { ...cookie, origin: `http://127.0.0.1:${host.port + 1}` })).rejects.toThrow(/403/)
      await expect(socket(url, { ...cookie, origin: 'http://localhost' })).rejects.toThrow(/403/)
      await expect(socket(url, { ...cookie, origin: 'null' })).rejects.toThrow(/403/)
      // Our origin, but the browser says the page that opened it is another one of the site.
      await expect(socket(url, { ...cookie, 'sec-fetch-site': 'same-site' })).rejects.toThrow(/403/)
    }
    await expect(socket(`ws://127.0.0.1:${host.port}/bridge?token=${host.token}`, { origin: 'http://127.0.0.1:1' })).rejects.toThrow(/403/)
  })

  it('refuses a socket that names no origin at all', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${host.port}/bridge?token=${host.token}`)
    await expect(new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject))).rejects.toThrow(/403/)
  })

  it('answers bridge calls, and a bad call with a clear error', async () => {
    const ws = await socket(`ws://127.0.0.1:${host.port}/bridge?token=${host.token}`)
    ws.send(JSON.stringify({ kind: 'call', id: 1, method: 'listNotebooks', args: {} }))
    const listed = await nextMessage(ws)
    expect(listed).toMatchObject({ kind: 'result', id: 1, ok: true })
    expect((listed.value as { name: string }[])[0]?.name).toBe('My notebook')
    ws.send(JSON.stringify({ kind: 'call', id: 2, method: 'renameNotebook', args: { notebookId: 'x' } }))
    expect(await nextMessage(ws)).toMatchObject({ id: 2, ok: false, error: expect.stringMatching(/Bad arguments to renameNotebook: name/) })
    ws.close()
  })

  it('takes a contact file of several megabytes in one bridge call', async () => {
    const ws = await socket(`ws://127.0.0.1:${host.port}/bridge?token=${host.token}`)
    ws.send(JSON.stringify({ kind: 'call', id: 1, method: 'listNotebooks', args: {} }))
    const [notebook] = (await nextMessage(ws)).value as { id: string }[]
    // Many rows, each cell under the import's cap on one cell.
    const row = (i: number) => `Rosa ${i},"${'heat off, mold, rent up; '.repeat(40)}"`
    const text = `Name,Notes\r\n${Array.from({ length: 3_000 }, (_, i) => row(i)).join('\r\n')}\r\n`
    expect(text.length).toBeGreaterThan(3_000_000)
    ws.send(JSON.stringify({ kind: 'call', id: 2, method: 'previewImport', args: { notebookId: notebook!.id, fileName: 'big.csv', text } }))
    expect(await nextMessage(ws)).toMatchObject({ id: 2, ok: true, value: { valid: 3_000, sample: expect.arrayContaining([expect.objectContaining({ name: 'Rosa 0' })]) } })
    ws.close()
  })

  it('drops a bridge socket that sends garbage, and keeps serving others', async () => {
    const ws = await socket(`ws://127.0.0.1:${host.port}/bridge?token=${host.token}`)
    const closed = new Promise<number>((resolve) => ws.once('close', resolve))
    ws.send('{not json')
    expect(await closed).toBe(1007)
    expect((await get(host.port, `/?token=${host.token}`)).status).toBe(200)
  })

  it.each(['null', '7', '"call"', '[]', '{"kind":"call","id":-1,"method":"listNotebooks"}', '{"kind":"call","id":1,"method":{"toString":1}}'])('drops a bridge socket that sends the JSON %s, and keeps serving', async (text) => {
    const ws = await socket(`ws://127.0.0.1:${host.port}/bridge?token=${host.token}`)
    const closed = new Promise<number>((resolve) => ws.once('close', resolve))
    ws.send(text)
    expect(await closed).toBe(1008)
    const again = await socket(`ws://127.0.0.1:${host.port}/bridge?token=${host.token}`)
    again.send(JSON.stringify({ kind: 'call', id: 1, method: 'listNotebooks', args: {} }))
    expect(await nextMessage(again)).toMatchObject({ id: 1, ok: true })
    again.close()
  })
})
