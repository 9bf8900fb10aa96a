import { mkdtemp, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nodeKeyVault } from '../../src/core/atRest/keyWrappings'
import { allContactDocs } from '../../src/core/contacts/readAll'
import { exportContacts } from '../../src/core/export/exportContacts'
import { commitImport } from '../../src/core/import/importContacts'
import { ImportJournal } from '../../src/core/imports/ImportJournal'
import { finishImport } from '../../src/core/imports/finishImport'
import { Notebook } from '../../src/core/notebook/Notebook'
import { isNoRoom, NoRoomError } from '../../src/core/storage/noRoom'
import { runCaptured } from '../support/cli'
import { peopleCsv } from '../support/peopleCsv'
import { faults, refusal, refuseNext } from './faultyDisk'

// Every file the core writes goes through writeFileAtomic: the store's chunks, the sealed
// side files (indexes, journal), notebook.json. Here it refuses writes at random.
vi.mock('../../src/core/fs/writeFileAtomic', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/core/fs/writeFileAtomic')>()
  return {
    writeFileAtomic: async (path: string, data: Uint8Array | string, mode?: number) => {
      if (refuseNext()) throw refusal(path)
      return real.writeFileAtomic(path, data, mode)
    },
  }
})

async function filesUnder(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).map(String)
}

afterEach(() => Object.assign(faults, { rate: 0, code: 'ENOSPC', refused: 0 }))

describe('a full disk', () => {
  it('at random writes: no uncaught exception, one clear error, nothing lost, exports still work, writing resumes', async () => {
    const home = await mkdtemp(join(tmpdir(), 'massline-full-'))
    const keys = nodeKeyVault(home, {})
    const dir = join(home, 'nb')
    const nb = await Notebook.create(dir, 'Full disk', keys)
    faults.seed = Number(process.env.FAULT_SEED ?? Date.now() % 100_000)
    faults.rate = 0.25
    const failures: unknown[] = []
    let acknowledged = 0
    for (let part = 0; part < 4; part++) {
      try {
        acknowledged += (await commitImport(nb, { fileName: `part${part}.csv`, text: peopleCsv(part * 150, 150) })).imported
      } catch (error) {
        failures.push(error)
      }
    }
    // With a quarter of the writes refused, some part failed, and each failure says why in a sentence.
    expect(faults.refused, `seed ${faults.seed}`).toBeGreaterThan(0)
    for (const error of failures) expect(error instanceof NoRoomError || isNoRoom(error), String(error)).toBe(true)

    // Nothing can be written now, and every contact can still be read and exported: all of
    // them from the open notebook, and at least every acknowledged one from the disk, by a
    // read-only command that opens it afresh.
    faults.rate = 1
    const inMemory = new Set((await allContactDocs(nb)).map((c) => c.id))
    expect((await exportContacts(nb, 'csv')).count).toBe(inMemory.size)
    const exported = await runCaptured(['export', 'contacts', '--notebook', dir, '--home', home])
    expect(exported.err).not.toMatch(/ENOSPC|at .*\.ts/)
    expect(exported.code).toBe(0)
    expect(exported.out.split('\n').length - 1).toBeGreaterThanOrEqual(acknowledged)
    await new Promise((resolve) => setTimeout(resolve, 1500)) // the repo's automatic save fires, and must not throw

    // Room again: what was held is written, in order; the interrupted imports can be finished.
    faults.rate = 0
    expect(await nb.store.retry()).toBe(true)
    expect(nb.store.state).toEqual({ pending: 0 })
    for (const batch of await new ImportJournal(nb).list()) if (batch.state === 'running') await finishImport(nb, batch.id)
    await nb.close()

    const again = await Notebook.open(dir, keys)
    const stored = (await allContactDocs(again)).map((c) => c.id)
    for (const id of inMemory) expect(stored).toContain(id)
    expect(new Set(stored).size).toBe(stored.length)
    expect(stored.length).toBeLessThanOrEqual(600)
    // Every part landed once: parts whose journal entry was written are finished; a part refused
    // before its journal entry wrote nothing, and importing it again adds it.
    for (let part = 0; part < 4; part++) await commitImport(again, { fileName: `part${part}.csv`, text: peopleCsv(part * 150, 150) }, { skipDuplicates: true })
    expect((await allContactDocs(again)).length).toBe(600)
    await again.close()
    expect((await filesUnder(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('read-only commands write nothing at all, so they work on a full disk or a read-only folder', async () => {
    const home = await mkdtemp(join(tmpdir(), 'massline-ro-'))
    const dir = join(home, 'nb')
    const nb = await Notebook.create(dir, 'Read only', nodeKeyVault(home, {}))
    await commitImport(nb, { fileName: 'people.csv', text: peopleCsv(0, 40) })
    await nb.close()
    faults.code = 'EROFS'
    faults.rate = 1
    for (const args of [['export', 'contacts'], ['export', '--format', 'json'], ['leaflets', 'list'], ['imports', 'list', '--json']]) {
      const result = await runCaptured([...args, '--notebook', dir, '--home', home])
      expect(result.err, args.join(' ')).toBe('')
      expect(result.code, args.join(' ')).toBe(0)
    }
    expect(faults.refused).toBe(0)
  })
})
