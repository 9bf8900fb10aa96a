import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startApp, visible } from '../support/e2eApp'
import type { HostProcess } from '../support/hostProcess'

/**
 * A page served from another port of 127.0.0.1, in the browser that holds our cookie (cookies
 * ignore ports, and SameSite counts the other port as the same site): it tries the bridge.
 */
const attackerPage = (hostPort: number) => `<!doctype html><script>
  const ws = new WebSocket('ws://127.0.0.1:${hostPort}/bridge')
  const answers = []
  window.outcome = new Promise((resolve) => {
    ws.onopen = () => {
      ws.send(JSON.stringify({ kind: 'call', id: 1, method: 'listNotebooks', args: {} }))
    }
    ws.onmessage = (event) => {
      const frame = JSON.parse(event.data)
      if (frame.kind !== 'result') return
      answers.push(frame)
      if (frame.id === 1 && frame.ok) ws.send(JSON.stringify({ kind: 'call', id: 2, method: 'createInvite', args: { notebookId: frame.value[0].id } }))
      else resolve({ opened: true, answers })
    }
    ws.onerror = () => resolve({ opened: false, answers })
  })
</script>`

describe('a page from another port of 127.0.0.1', () => {
  let browser: Browser
  let host: HostProcess
  let page: Page
  let attacker: Server

  beforeAll(async () => {
    ;({ browser, host, page } = await startApp(await mkdtemp(join(tmpdir(), 'massline-e2e-'))))
    // The user opens the app: the token becomes our cookie in this browser.
    await page.goto(host.url)
    await visible(page.getByTestId('notebook-name'))
    const hostPort = Number(new URL(host.url).port)
    attacker = createServer((_, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(attackerPage(hostPort)))
    attacker.listen(0, '127.0.0.1')
    await once(attacker, 'listening')
  })
  afterAll(async () => {
    attacker?.close()
    await browser?.close()
    await host?.stop()
  })

  it('cannot ride our cookie to the bridge, nor create an invite', async () => {
    // The same browser tab goes on to the other page, its cookie jar holding our token.
    expect((await page.context().cookies()).map((cookie) => cookie.name)).toContain('massline_token')
    await page.goto(`http://127.0.0.1:${(attacker.address() as { port: number }).port}/`)
    const outcome = await page.evaluate(() => (window as unknown as { outcome: Promise<{ opened: boolean; answers: unknown[] }> }).outcome)
    expect(outcome).toEqual({ opened: false, answers: [] })
    // Our own page, in the same browser, still reaches the bridge with the cookie alone.
    await page.goto(host.url.replace(/\?token=.*/, ''))
    await visible(page.getByTestId('notebook-name'))
  })
})
