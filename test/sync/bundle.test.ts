import { cp, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as A from '@automerge/automerge'
import { afterAll, describe, expect, it } from 'vitest'
import { newContactDoc, type ContactDoc } from '../../src/shared/contacts/contact'
import { scalar, str } from '../../src/shared/notebook/scalar'
import { Notebook } from '../../src/core/notebook/Notebook'
import { importBundle } from '../../src/core/imports/bundleBatch'
import { exportBundle } from '../../src/core/sync/bundle'
import { keys, removeTempDirs, tempDir } from './helpers/devices'

const cheap = { opslimit: 1, memlimit: 8 * 1024 * 1024 } // tests only; the default is Argon2id "moderate"

async function names(notebook: Notebook, ids: string[]): Promise<Array<string | undefined>> {
  return Promise.all(
    ids.map(async (id) => {
      const record = (await notebook.shardOf<ContactDoc>('contacts', id)).doc().records[id]
      return record && str(record.name)
    }),
  )
}

async function allHeads(notebook: Notebook): Promise<string> {
  const handles = await Promise.all(Object.values(notebook.repo.handles))
  return JSON.stringify(handles.filter((h) => h.isReady()).map((h) => [h.documentId, A.getHeads(h.doc())]))
}

describe('encrypted bundles', () => {
  afterAll(removeTempDirs)

  it('round-trip by merging, and refuse a wrong key or a damaged file without changing anything', async () => {
    const dirA = await tempDir()
    const dirB = await tempDir()
    await (await Notebook.create(dirA, 'Workplace committee', keys)).close()
    await cp(dirA, dirB, { recursive: true })
    const a = await Notebook.open(dirA, keys)
    const b = await Notebook.open(dirB, keys)
    await a.putRecords('contacts', [newContactDoc('from-a', { name: 'Met at the gate' }, 1)])
    await b.putRecords('contacts', [newContactDoc('from-b', { name: 'Met at the canteen' }, 2)])
    const leaflet = a.repo.create({ text: 'Strike notice' })
    a.root.change((d) => (d.leaflets.notice = scalar(leaflet.url)))

    const bundle = await exportBundle(a, { passphrase: 'correct horse' }, cheap)
    expect(Buffer.from(bundle).includes(Buffer.from('Met at the gate'))).toBe(false)
    const before = await allHeads(b)

    const refusals: Array<[Uint8Array, RegExp]> = [
      [bundle, /Wrong passphrase/],
      [
        Buffer.concat([Buffer.from(bundle.subarray(0, 200)), Buffer.from([bundle[200]! ^ 1]), bundle.subarray(201)]),
        /damaged or was altered/,
      ],
      [bundle.subarray(0, bundle.byteLength - 40), /damaged or was altered/],
      [bundle.subarray(0, 30), /truncated/],
      [Buffer.from('PK\u0003\u0004 a zip file'), /not a Massline notebook bundle/],
    ]
    for (const [bytes, error] of refusals) {
      const passphrase = bytes === bundle ? 'wrong horse' : 'correct horse'
      await expect(importBundle(b, bytes, { passphrase })).rejects.toThrow(error)
      expect(await allHeads(b)).toBe(before)
    }
    await expect(importBundle(b, bundle, { notebookSecret: Buffer.alloc(32) })).rejects.toThrow(
      /passphrase, not the notebook key/,
    )

    const result = await importBundle(b, bundle, { passphrase: 'correct horse' })
    expect(result.added).toBe(1)
    expect(await names(b, ['from-a', 'from-b'])).toEqual(['Met at the gate', 'Met at the canteen'])
    expect((await b.repo.find<{ text: string }>(leaflet.url)).doc().text).toBe('Strike notice')
    // importing again changes nothing; importing the other way merges too
    await importBundle(b, bundle, { passphrase: 'correct horse' })
    const back = await exportBundle(b, { notebookSecret: Buffer.alloc(32, 7) })
    await expect(importBundle(a, back, { notebookSecret: Buffer.alloc(32, 8) })).rejects.toThrow(/another notebook key/)
    await importBundle(a, back, { notebookSecret: Buffer.alloc(32, 7) })
    expect(await names(a, ['from-a', 'from-b'])).toEqual(['Met at the gate', 'Met at the canteen'])

    const otherDir = await tempDir()
    const other = await Notebook.create(otherDir, 'Another notebook', keys)
    await expect(importBundle(other, bundle, { passphrase: 'correct horse' })).rejects.toThrow(/holds the notebook/)
    await Promise.all([a.close(), b.close(), other.close()])
    await writeFile(join(otherDir, 'x.bundle'), bundle)
    expect((await readFile(join(otherDir, 'x.bundle'))).subarray(0, 8).toString()).toBe('MLBUNDLE')
  })
})
