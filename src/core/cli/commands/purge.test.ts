import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCaptured } from '../../../../test/support/cli'

describe('massline purge', () => {
  it('removes a contact, a note and a quote from history, says what it did as JSON, and refuses an unknown id', async () => {
    const home = await mkdtemp(join(tmpdir(), 'massline-purge-'))
    const dir = join(home, 'nb')
    const cli = (...args: string[]) => runCaptured([...args, '--notebook', dir, '--home', home])
    expect((await cli('generate', '--contacts', '30', '--notes', '12', '--leaflets', '1', '--seed', '3')).code).toBe(0)
    const exported = async () => JSON.parse((await cli('export', '--format', 'json')).out)
    const before = await exported()
    const maria = before.records.contacts.find((c: { name: string }) => c.name.includes(' '))
    const note = before.records.notes[0]
    const quoted = before.records.notes.find((n: { id: string; quotes: object }) => n.id !== note.id && Object.keys(n.quotes).length)
    const quoteId = Object.keys(quoted.quotes)[0]!

    const purged = await cli('purge', 'contact', maria.id, '--json')
    expect(purged.code).toBe(0)
    expect(JSON.parse(purged.out)).toMatchObject({ kind: 'contact', id: maria.id, rotated: false, limits: expect.stringMatching(/never syncs again/) })
    expect((await cli('purge', 'note', note.id, '--json')).code).toBe(0)
    expect((await cli('purge', 'quote', quoteId, '--json')).code).toBe(0)

    const after = JSON.stringify(await exported())
    expect(after).not.toContain(maria.name)
    expect(after).not.toContain(maria.id)
    expect(after).not.toContain(`"${note.id}"`)
    expect(after).not.toContain(quoteId)

    const unknown = await cli('purge', 'contact', 'no-such-id')
    expect(unknown).toMatchObject({ code: 1, err: expect.stringMatching(/No contact no-such-id in this notebook/) })
  }, 120_000)
})
