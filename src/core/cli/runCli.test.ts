import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { runCaptured } from '../../../test/support/cli'

let home: string
const cli = (...args: string[]) => runCaptured([...args, '--home', home])

describe('massline CLI', () => {
  beforeEach(async () => {
    home = await mkdtemp(join(tmpdir(), 'massline-cli-'))
  })

  it('lists the default notebook on a fresh data directory, as JSON with --json', async () => {
    const { code, out } = await cli('notebooks', 'list', '--json')
    expect(code).toBe(0)
    expect(JSON.parse(out)).toEqual([expect.objectContaining({ name: 'My notebook' })])
  })

  it('creates a notebook beside the existing ones', async () => {
    await cli('notebooks', 'list')
    expect((await cli('notebooks', 'create', 'Warehouse committee')).out).toMatch(/Created “Warehouse committee”/)
    const names = JSON.parse((await cli('notebooks', 'list', '--json')).out).map((n: { name: string }) => n.name)
    expect(names).toEqual(['My notebook', 'Warehouse committee'])
  })

  it('generates a seeded notebook in a new folder and exports it as JSON', async () => {
    const dir = join(home, 'generated')
    const generated = await cli('generate', '--contacts', '40', '--notes', '10', '--leaflets', '2', '--notebook', dir, '--json')
    expect(generated.code).toBe(0)
    expect(JSON.parse(generated.out)).toMatchObject({ contacts: 40, notes: 10, leaflets: 2 })
    const out = join(home, 'export.json')
    expect((await cli('export', '--format', 'json', '--notebook', dir, '--out', out)).code).toBe(0)
    const exported = JSON.parse(await readFile(out, 'utf8'))
    expect(exported.records.contacts).toHaveLength(40)
    expect(exported.records.notes[0].quotes).toBeTypeOf('object')
    expect(exported.leaflets).toHaveLength(2)
    expect(typeof exported.records.contacts[0].name).toBe('string')
  })

  it('gives the same notebook for the same seed', async () => {
    await cli('generate', '--contacts', '5', '--notes', '0', '--leaflets', '0', '--seed', '7', '--notebook', join(home, 'a'))
    await cli('generate', '--contacts', '5', '--notes', '0', '--leaflets', '0', '--seed', '7', '--notebook', join(home, 'b'))
    const names = async (dir: string) => {
      const { out } = await cli('export', '--format', 'json', '--notebook', join(home, dir))
      return JSON.parse(out).records.contacts.map((c: { name: string }) => c.name).sort()
    }
    expect(await names('a')).toEqual(await names('b'))
  })

  it('answers an unknown command with usage and exit code 2', async () => {
    const { code, err } = await cli('frobnicate')
    expect(code).toBe(2)
    expect(err).toMatch(/Unknown command: frobnicate/)
    expect(err).toMatch(/Usage: massline COMMAND/)
  })

  it('answers bad arguments with the command’s usage and exit code 2', async () => {
    expect(await cli('generate', '--contacts', 'many')).toMatchObject({ code: 2, err: expect.stringMatching(/--contacts takes a whole number/) })
    expect(await cli('notebooks', 'list', '--colour')).toMatchObject({ code: 2, err: expect.stringMatching(/Usage: massline notebooks list/) })
    expect(await cli('export')).toMatchObject({ code: 2, err: expect.stringMatching(/--format json/) })
  })

  it('fails with exit code 1 and one line when the notebook cannot be opened', async () => {
    const { code, err } = await cli('export', '--format', 'json', '--notebook', join(home, 'nowhere'))
    expect(code).toBe(1)
    expect(err.split('\n')).toHaveLength(1)
    expect(err).toMatch(/is not a Massline notebook/)
  })
})
