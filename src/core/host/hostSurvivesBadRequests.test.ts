import { mkdtemp } from 'node:fs/promises'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHostProcess, type HostProcess } from '../../../test/support/hostProcess'

/** Sends bytes as they are over TCP and returns what came back before the host closed or went quiet. */
function raw(port: number, bytes: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    let answer = ''
    const done = () => {
      socket.destroy()
      resolve(answer)
    }
    socket.setTimeout(3000, done)
    socket.on('data', (chunk) => {
      answer += chunk
      // One response is enough: a keep-alive connection would otherwise wait for the timeout.
      if (/\r\n\r\n/.test(answer) && !/content-length: [1-9]/i.test(answer)) done()
    })
    socket.on('close', done)
    socket.on('error', done)
    socket.write(bytes)
  })
}

const status = (answer: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)

describe('the loopback host process, given malformed requests', () => {
  let host: HostProcess
  let port: number
  let token: string
  const request = (line: string, headers: string[] = []) => raw(port, [line, `Host: 127.0.0.1:${port}`, ...headers, '', ''].join('\r\n'))
  const upgrade = () => ['Connection: Upgrade', 'Upgrade: websocket', 'Sec-WebSocket-Version: 13', 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==', `Origin: http://127.0.0.1:${port}`]
  const cookie = () => `Cookie: massline_token=${token}`

  beforeAll(async () => {
    host = await startHostProcess(await mkdtemp(join(tmpdir(), 'massline-home-')), ['--renderer', await mkdtemp(join(tmpdir(), 'massline-renderer-'))], { fromSource: true })
    const url = new URL(host.url)
    port = Number(url.port)
    token = url.searchParams.get('token')!
  })
  afterAll(() => host.stop())

  // After each malformed request the same process must still be there and answer a good one.
  async function stillServing(): Promise<void> {
    expect(host.child.exitCode).toBeNull()
    expect(status(await request(`GET /?token=${token} HTTP/1.1`))).toBe(404) // the empty renderer folder: no index.html
  }

  it.each([
    ['an absolute-form target that is not a URL', 'GET http://[ HTTP/1.1'],
    ['an absolute-form target naming another host', 'GET http://evil.example/ HTTP/1.1'],
    ['an asterisk-form target', 'OPTIONS * HTTP/1.1'],
    ['a path that is not valid percent-encoding', 'GET /%E0%A4%A HTTP/1.1'],
    ['a path with a lone percent sign', 'GET /% HTTP/1.1'],
    ['a path decoding to a NUL byte', 'GET /index.html%00.png HTTP/1.1'],
  ])('answers %s with 400, before and after the token, and keeps running', async (_, line) => {
    expect(status(await request(line))).toBe(400)
    expect(status(await request(line, [cookie()]))).toBe(400)
    await stillServing()
  })

  it('answers a bad path carrying the token in its query with 400', async () => {
    expect(status(await request(`GET /%E0%A4%A?token=${token} HTTP/1.1`))).toBe(400)
    expect(status(await request(`GET /?token=%E0%A4%A HTTP/1.1`))).toBe(403)
    await stillServing()
  })

  it('refuses WebSocket upgrades to malformed targets without falling over', async () => {
    for (const line of ['GET http://[ HTTP/1.1', 'GET /sync/%E0%A4%A HTTP/1.1', 'GET /bridge%ZZ HTTP/1.1', 'GET /%E0%A4%A HTTP/1.1']) {
      expect(await request(line, [...upgrade(), cookie()])).not.toMatch(/^HTTP\/1\.1 101/)
      expect(await request(line, upgrade())).not.toMatch(/^HTTP\/1\.1 101/)
    }
    await stillServing()
  })

  it('answers methods other than GET and HEAD with 405 and reads no body', async () => {
    const answer = await request('POST /bridge HTTP/1.1', [cookie(), 'Content-Length: 5', '', 'hello'])
    expect(status(answer)).toBe(405)
    await stillServing()
  })

  it('answers headers beyond the cap with 431', async () => {
    expect(status(await request('GET / HTTP/1.1', [cookie(), `X-Padding: ${'a'.repeat(40_000)}`]))).toBe(431)
    await stillServing()
  })

  it('treats a garbled cookie header as no token', async () => {
    expect(status(await request('GET / HTTP/1.1', ['Cookie: ;;=;massline_token;massline_token==%E0;\u00ff']))).toBe(403)
    await stillServing()
  })
})
