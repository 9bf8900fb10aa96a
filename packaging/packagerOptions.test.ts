import { FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { electronBinary, FUSES, packagerOptions } from './packagerOptions'

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
/** A stand-in Electron binary: the fuse wire after its sentinel, with Electron's defaults. */
const ELECTRON_DEFAULTS = '10110001' // RunAsNode, NodeOptions, inspect and file:// privileges on
const fakeElectron = () => Buffer.concat([Buffer.from('ELF…code…'), Buffer.from(SENTINEL), Buffer.from([1, 8]), Buffer.from(ELECTRON_DEFAULTS), Buffer.from('…more code')])

describe('packaging', () => {
  it('turns off running as Node, NODE_OPTIONS and --inspect, and turns on cookie encryption and the asar checks', () => {
    expect(FUSES).toMatchObject({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    })
  })

  it('packs the app into an asar archive, which the fuses then require', () => {
    expect(packagerOptions('/repo')).toMatchObject({ dir: '/repo', asar: true, prune: true })
  })

  it('ships the built app, its fonts and package.json, never the sources, tests or notebooks', () => {
    const ignore = packagerOptions('/repo').ignore as (path: string) => boolean
    for (const kept of ['/out', '/out/main/index.js', '/out/renderer/index.html', '/out/preload/index.cjs', '/resources/fonts/x.woff2', '/package.json', '/node_modules/ws/index.js']) expect(ignore(kept), kept).toBe(false)
    for (const dropped of ['/src/main/index.ts', '/test/e2e/a.test.ts', '/out/node/massline.mjs', '/.bench-cache/ref', '/test-results/x.png', '/dist/old', '/package-lock.json', '/.git/config']) expect(ignore(dropped), dropped).toBe(true)
  })

  it('flips the fuses in the binary each build produces', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'massline-package-'))
    await writeFile(electronBinary(dir, 'linux'), fakeElectron())
    const [hook] = packagerOptions('/repo').afterComplete!
    await new Promise<void>((resolve, reject) => hook!(dir, '45.0.0', 'linux', 'x64', (error) => (error ? reject(error) : resolve())))
    const wire = await getCurrentFuseWire(electronBinary(dir, 'linux'))
    const on = (fuse: FuseV1Options) => String.fromCharCode(wire[fuse] as number)
    expect([FuseV1Options.RunAsNode, FuseV1Options.EnableNodeOptionsEnvironmentVariable, FuseV1Options.EnableNodeCliInspectArguments, FuseV1Options.GrantFileProtocolExtraPrivileges].map(on)).toEqual(['0', '0', '0', '0'])
    expect([FuseV1Options.EnableCookieEncryption, FuseV1Options.OnlyLoadAppFromAsar, FuseV1Options.EnableEmbeddedAsarIntegrityValidation].map(on)).toEqual(['1', '1', '1'])
  })

  it('finds the binary of each platform', () => {
    expect([electronBinary('/b', 'linux'), electronBinary('/b', 'win32'), electronBinary('/b', 'darwin')]).toEqual(['/b/massline', '/b/Massline.exe', '/b/Massline.app'])
  })
})
