import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { newContactDoc } from '../../shared/contacts/contact'
import { newPlaceDoc } from '../../shared/places/placeMutations'
import { placeIdFor } from '../../shared/places/placeId'
import { peopleCsv } from '../../../test/support/peopleCsv'
import { nodeKeyVault } from '../atRest/keyWrappings'
import { allContactDocs, allRecords } from '../contacts/readAll'
import { commitImport } from '../import/importContacts'
import { Notebook } from '../notebook/Notebook'
import { batchRecordId } from './batchRecordId'
import { ImportJournal } from './ImportJournal'
import { undoImport } from './undoImport'

describe('undoImport', () => {
  it('takes back exactly the batch: its contacts and the places only it used, nobody else', async () => {
    const home = await mkdtemp(join(tmpdir(), 'massline-undo-'))
    const nb = await Notebook.create(join(home, 'nb'), 'Undo', nodeKeyVault(home, {}))
    const oak = placeIdFor('1 Oak Avenue')!
    await nb.putRecords('places', [newPlaceDoc(oak, { kind: 'building', name: '', address: '1 Oak Avenue' }, 1)])
    await nb.putRecords('contacts', [newContactDoc('before', { name: 'Here before', placeId: oak }, 1)])
    const { importId, imported, places } = await commitImport(nb, { fileName: 'people.csv', text: peopleCsv(0, 60) })
    expect({ imported, places }).toEqual({ imported: 60, places: 19 })
    const later = await commitImport(nb, { fileName: 'later.csv', text: peopleCsv(100, 3) })

    expect(await undoImport(nb, importId)).toEqual({ contacts: 60, places: 17 })
    // Left: the contact from before, the later import, the building from before, and the two buildings of the first import the later one also uses.
    expect((await allContactDocs(nb)).map((c) => c.id).sort()).toEqual(['before', ...idsOf(later.importId, [2, 3, 4])].sort())
    expect(await allRecords(nb, 'places')).toHaveLength(3)
    expect((await new ImportJournal(nb).get(importId)).state).toBe('undone')
    await expect(undoImport(nb, importId)).rejects.toThrow(/already undone/)
    await nb.close()
  })
})

/** The ids a batch gave its rows (a CSV's rows are numbered from 2, under the header). */
const idsOf = (importId: string, rows: number[]) => rows.map((row) => batchRecordId(importId, row))
