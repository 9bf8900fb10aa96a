import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { nodeKeyVault } from '../../src/core/atRest/keyWrappings'
import { allContactDocs, allRecords } from '../../src/core/contacts/readAll'
import { Notebook } from '../../src/core/notebook/Notebook'
import type { PlaceDoc } from '../../src/shared/places/place'
import { str } from '../../src/shared/notebook/scalar'
import { peopleCsv } from '../support/peopleCsv'

const CLI = resolve(import.meta.dirname, '../../out/node/massline.mjs')

function run(args: string[]): Promise<number | null> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'inherit'] })
  return new Promise((done) => child.on('exit', (code) => done(code)))
}

describe('two processes writing one notebook', () => {
  it('keep every record and make each building once', async () => {
    expect(existsSync(CLI), 'build first: npm run build:node').toBe(true)
    const home = await mkdtemp(join(tmpdir(), 'massline-two-'))
    const keys = nodeKeyVault(home, {})
    const dir = join(home, 'nb')
    await (await Notebook.create(dir, 'Two writers', keys)).close()
    // Different people in the same 20 buildings, imported at the same time.
    await writeFile(join(home, 'a.csv'), peopleCsv(0, 600))
    await writeFile(join(home, 'b.csv'), peopleCsv(600, 600))
    const codes = await Promise.all(['a.csv', 'b.csv'].map((f) => run(['import', 'contacts', join(home, f), '--notebook', dir, '--home', home])))
    expect(codes).toEqual([0, 0])

    const nb = await Notebook.open(dir, keys)
    expect(new Set((await allContactDocs(nb)).map((c) => c.id)).size).toBe(1200)
    const places = await allRecords<PlaceDoc>(nb, 'places')
    expect(places.map((p) => str(p.address)).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `${i + 1} Oak Avenue`).sort())
    await nb.close()
  }, 180_000)
})
