import { existsSync } from 'node:fs'
import { cp, mkdtemp, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { nodeKeyVault } from '../../src/core/atRest/keyWrappings'
import { allContactDocs, allRecords } from '../../src/core/contacts/readAll'
import { commitImport } from '../../src/core/import/importContacts'
import { ImportJournal } from '../../src/core/imports/ImportJournal'
import { finishImport } from '../../src/core/imports/finishImport'
import { exportNotebookJson } from '../../src/core/export/exportNotebookJson'
import { generateNotebook } from '../../src/core/generate/generateNotebook'
import { exportBundle } from '../../src/core/sync/bundle'
import { Notebook } from '../../src/core/notebook/Notebook'
import { runCaptured } from '../support/cli'
import { CLI, importAndKill, runAndKill } from '../support/killImport'
import { peopleCsv } from '../support/peopleCsv'

const ROWS = 3000

describe('kill -9 during an import', () => {
  it('leaves an import the next open reports and can finish, with no duplicates; importing the file again adds no one', async () => {
    expect(existsSync(CLI), 'build first: npm run build:node').toBe(true)
    const home = await mkdtemp(join(tmpdir(), 'massline-kill-'))
    const keys = nodeKeyVault(home, {})
    const dir = join(home, 'nb')
    await (await Notebook.create(dir, 'Killed', keys)).close()
    const file = join(home, 'contacts.csv')
    await writeFile(file, peopleCsv(0, ROWS))
    const delay = Math.floor(Math.random() * 2500)
    await importAndKill(file, dir, home, delay)

    // The next open (CLI) says what stopped and how to finish it.
    const listed = await runCaptured(['imports', 'list', '--notebook', dir, '--home', home, '--json'])
    const [batch] = JSON.parse(listed.out) as { id: string; state: string }[]
    expect(batch, `killed after ${delay} ms`).toBeDefined()
    if (batch!.state === 'interrupted') expect(listed.err).toMatch(/An import of contacts\.csv stopped after [\d,]+ of 3,000 rows: finish it \(massline imports finish .+\) or undo it/)
    else expect(batch!.state).toBe('done') // the kill came after the last row

    const nb = await Notebook.open(dir, keys)
    const landed = (await allContactDocs(nb)).length
    expect(landed).toBeLessThanOrEqual(ROWS)
    for (const interrupted of await new ImportJournal(nb).interrupted()) await finishImport(nb, interrupted.id)
    const ids = (await allContactDocs(nb)).map((c) => c.id)
    expect(ids.length, `killed after ${delay} ms with ${landed} landed`).toBe(ROWS)
    expect(new Set(ids).size).toBe(ROWS)
    expect(await allRecords(nb, 'places')).toHaveLength(20)

    // The same file again: every row matches someone already here and is skipped.
    const again = await commitImport(nb, { fileName: 'contacts.csv', text: peopleCsv(0, ROWS) }, { skipDuplicates: true })
    expect(again).toMatchObject({ imported: 0, skipped: ROWS })
    expect((await allContactDocs(nb)).length).toBe(ROWS)
    await nb.close()
  }, 180_000)

  it('of a bundle leaves a merge the next open reports and can finish: the second device ends with every record once', async () => {
    const home = await mkdtemp(join(tmpdir(), 'massline-kill-bundle-'))
    const keys = nodeKeyVault(home, {})
    const [dirA, dirB] = [join(home, 'a'), join(home, 'b')]
    await (await Notebook.create(dirA, 'Killed bundle', keys)).close()
    await cp(dirA, dirB, { recursive: true }) // a second device of the same notebook, before anything was written
    const a = await Notebook.open(dirA, keys)
    await generateNotebook(a, { contacts: 600, notes: 200, leaflets: 6, seed: 3 })
    const bundle = join(home, 'backup.massline-bundle')
    await writeFile(bundle, await exportBundle(a, { passphrase: 'correct horse' }, { opslimit: 1, memlimit: 8 * 1024 * 1024 }))
    await writeFile(join(home, 'passphrase'), 'correct horse\n')
    const expected = await exportNotebookJson(a)
    await a.close()

    const delay = Math.floor(Math.random() * 1500)
    await runAndKill(['bundle', 'import', bundle, '--passphrase-file', join(home, 'passphrase')], dirB, home, delay)
    const listed = await runCaptured(['imports', 'list', '--notebook', dirB, '--home', home, '--json'])
    const [batch] = JSON.parse(listed.out) as { id: string; state: string; kind: string }[]
    expect(batch, `killed after ${delay} ms`).toMatchObject({ kind: 'bundle' })
    if (batch!.state === 'interrupted') expect(listed.err).toMatch(/An import of backup\.massline-bundle stopped after [\d,]+ of [\d,]+ documents: finish it \(massline imports finish .+\)/)
    else expect(batch!.state).toBe('done')

    const finished = await runCaptured(['imports', 'finish', batch!.id, '--notebook', dirB, '--home', home])
    if (batch!.state === 'interrupted') expect(finished.out).toMatch(/Finished merging the bundle/)
    const b = await Notebook.open(dirB, keys)
    const after = await exportNotebookJson(b)
    expect(after.records, `killed after ${delay} ms`).toEqual(expected.records)
    expect(new Set(after.records.contacts.map((c) => c.id)).size).toBe(600)
    await expect(finishImport(b, batch!.id)).rejects.toThrow(/already done/)
    await b.close()
    // The decrypted documents kept to finish the merge are gone once it is done.
    expect((await readdir(join(dirB, 'imports'))).filter((f) => f.endsWith('.source'))).toEqual([])
  }, 180_000)
})
