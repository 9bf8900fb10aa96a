import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { appFileFor, appResponse } from './appProtocol'

describe('the app:// protocol', () => {
  let root: string
  let renderer: string
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'massline-app-'))
    renderer = join(root, 'renderer')
    await mkdir(join(renderer, 'assets'), { recursive: true })
    await writeFile(join(renderer, 'index.html'), '<!doctype html>')
    await writeFile(join(renderer, 'assets', 'app.js'), 'export {}')
    await writeFile(join(root, 'secret.txt'), 'keys')
    await writeFile(join(root, 'renderer-evil.txt'), 'keys')
  })

  it('names files of the renderer folder only', () => {
    expect(appFileFor('app://massline/', renderer)).toBe(join(renderer, 'index.html'))
    expect(appFileFor('app://massline/assets/app.js?v=1#x', renderer)).toBe(join(renderer, 'assets', 'app.js'))
    for (const url of [
      'app://massline/../secret.txt',
      'app://massline/%2e%2e/secret.txt',
      'app://massline/..%2Fsecret.txt',
      'app://massline/..%5Csecret.txt',
      'app://massline/%2e%2e%2frenderer-evil.txt',
      'app://massline//etc/passwd',
      'app://massline/%00',
      'app://massline/%E0%A4%A',
      'app://other/index.html',
      'file:///etc/passwd',
      'not a url',
    ]) {
      const file = appFileFor(url, renderer)
      expect(file === undefined || file.startsWith(join(renderer, '/')), `${url} → ${file}`).toBe(true)
    }
  })

  it('answers with the file and its type and our policy, or 404 for anything else', async () => {
    const ok = await appResponse({ url: 'app://massline/assets/app.js', method: 'GET' }, renderer, "default-src 'none'")
    expect([ok.status, ok.headers.get('content-type'), ok.headers.get('content-security-policy'), await ok.text()]).toEqual([200, 'text/javascript; charset=utf-8', "default-src 'none'", 'export {}'])
    for (const [url, method] of [['app://massline/missing.js', 'GET'], ['app://massline/%2e%2e/secret.txt', 'GET'], ['app://massline/index.html', 'POST']] as const) {
      const answer = await appResponse({ url, method }, renderer, '')
      expect(answer.status).toBe(404)
      expect(await answer.text()).not.toBe('keys')
    }
  })
})
