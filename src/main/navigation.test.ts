import { describe, expect, it } from 'vitest'
import { canOpenExternally, isAppUrl, mayNavigate } from './navigation'

const built = 'app://massline/index.html'
const dev = 'http://localhost:5173/'

describe('navigation rules', () => {
  it('accepts the app page itself, with any hash or query', () => {
    expect(isAppUrl(built, built)).toBe(true)
    expect(isAppUrl(`${built}#/contacts`, built)).toBe(true)
    expect(isAppUrl(`${dev}contacts?x=1`, dev)).toBe(true)
  })

  it('refuses other files, origins and schemes', () => {
    for (const url of [
      'file:///etc/passwd',
      'file:///opt/Massline/resources/app.asar/out/renderer/index.html',
      'app://massline/other.html',
      'app://evil/index.html',
      'app://massline.evil/index.html',
      'app:massline/index.html',
      'https://example.org/',
      'http://localhost:5174/',
      'http://127.0.0.1:5173/',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'not a url',
      '',
    ]) {
      expect(mayNavigate(url, built)).toBe(false)
      if (!url.startsWith('http://localhost:5173')) expect(mayNavigate(url, dev)).toBe(false)
    }
    expect(mayNavigate('https://localhost:5173/', dev)).toBe(false)
  })

  it('opens only http(s) links externally', () => {
    expect(canOpenExternally('https://example.org/a?b#c')).toBe(true)
    expect(canOpenExternally('http://example.org/')).toBe(true)
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      'ms-msdt:/id',
      'mailto:a@b.c',
      'https://user:pw@example.org/',
      'nonsense',
    ]) {
      expect(canOpenExternally(url)).toBe(false)
    }
  })
})
