import { spawnSync } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { missingChromium } from './requireChromium'

const check = (env: Record<string, string>) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'test/support/requireChromium.ts'], { env: { ...process.env, ...env }, encoding: 'utf8' })

describe('the Chromium check before the tests that drive it', () => {
  it('stops with one line saying what to install, or that CHROMIUM_PATH can point to one', () => {
    const run = check({ CHROMIUM_PATH: '/nonexistent/chromium' })
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe(
      'No Chromium at /nonexistent/chromium: the end-to-end and PDF tests need one. Install it (apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.\n',
    )
  })

  it('refuses a file that is not executable, and a folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'massline-chromium-'))
    await writeFile(join(dir, 'chromium'), '#!/bin/sh\n', { mode: 0o644 })
    expect(missingChromium(join(dir, 'chromium'))).toMatch(/^No Chromium at .*chromium: /)
    expect(missingChromium(dir)).toMatch(/^No Chromium at /)
  })

  it('passes quietly where Chromium is', () => {
    const run = check({ CHROMIUM_PATH: process.execPath })
    expect([run.status, run.stderr]).toEqual([0, ''])
  })
})
