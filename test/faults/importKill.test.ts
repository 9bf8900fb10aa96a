import { existsSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { nodeKeyVault } from '../../src/core/atRest/keyWrappings'
import { allContactDocs, allRecords } from '../../src/core/contacts/readAll'
import { commitImport } from '../../src/core/import/importContacts'
import { ImportJournal } from '../../src/core/imports/ImportJournal'
import { finishImport } from '../../src/core/imports/finishImport'
import { Notebook } from '../../src/core/notebook/Notebook'
import { runCaptured } from '../support/cli'
import { CLI, importAndKill } from '../support/killImport'
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
})
