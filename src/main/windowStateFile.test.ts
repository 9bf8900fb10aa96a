import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { readWindowState, writeWindowState } from './windowStateFile'

describe('window state file', () => {
  let dir = ''
  afterEach(() => rm(dir, { recursive: true, force: true }))

  it('round-trips, and reads a missing or damaged file as no state', async () => {
    dir = await mkdtemp(join(tmpdir(), 'massline-ws-'))
    expect(await readWindowState(dir)).toBeUndefined()
    await writeWindowState(dir, { x: 5, y: 6, width: 800, height: 600, maximized: true })
    expect(await readWindowState(dir)).toEqual({ x: 5, y: 6, width: 800, height: 600, maximized: true })
    await writeFile(join(dir, 'window-state.json'), '{"width":-1')
    expect(await readWindowState(dir)).toBeUndefined()
  })
})
