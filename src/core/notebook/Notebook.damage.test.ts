import { readdir, readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chunkFiles, copyHome, flipRange, seeded, writtenNotebook } from '../../../test/support/damage'
import { str } from '../../shared/notebook/scalar'
import { shardFor } from '../../shared/notebook/sharding'
import type { NotebookRootDoc, RecordKind } from '../../shared/notebook/schema'
import { nodeKeyVault } from '../atRest/keyWrappings'
import { exportNotebookJson, type NotebookExport } from '../export/exportNotebookJson'
import { partOf } from './damageReport'
import { Notebook } from './Notebook'

// Several seeds: a snapshot (a whole shard unreadable), an incremental (changes lost), a leaflet, the root.
// DAMAGE_SEEDS=9,10,… runs other cases.
const SEEDS = process.env.DAMAGE_SEEDS?.split(',').map(Number) ?? [1, 2, 3, 4, 5, 6, 7, 8]

interface Baseline {
  home: string
  dir: string
  export: NotebookExport
  root: NotebookRootDoc
  rootId: string
}

/** The document (shard or leaflet) each exported record lives in. */
function documentOfRecord(root: NotebookRootDoc, kind: RecordKind, id: string): string {
  return str(root.shards[kind][shardFor(id, root.shards[kind].length)]!).slice('automerge:'.length)
}

function whatIs(root: NotebookRootDoc, rootId: string, documentId: string): string {
  const part = partOf(documentId, rootId, root)
  return part.kind === 'shard' ? `${part.recordKind}-${String(part.shard).padStart(2, '0')}` : part.kind === 'leaflet' ? `leaflet-${part.leafletId}` : part.kind
}

const leafletDocument = (root: NotebookRootDoc, leafletId: string): string => str(root.leaflets[leafletId]!).slice('automerge:'.length)

describe('a random byte range flipped in a random chunk', () => {
  let base: Baseline
  beforeAll(async () => {
    const { home, dir } = await writtenNotebook()
    const nb = await Notebook.open(dir, nodeKeyVault(home, {}))
    base = { home, dir, export: await exportNotebookJson(nb), root: JSON.parse(JSON.stringify(nb.root.doc())) as NotebookRootDoc, rootId: nb.root.documentId }
    await nb.close()
  }, 120_000)
  afterAll(() => rm(base.home, { recursive: true, force: true }))

  it.each(SEEDS)('seed %i: the notebook opens, only the damaged document is reported, every other record is intact and the bytes are kept', async (seed) => {
    const random = seeded(seed)
    const { home, dir } = await copyHome(base.home, base.dir)
    const chunks = await chunkFiles(dir)
    // Ids and hashes are random: pick by what each chunk is, so a seed names the same case every run.
    const stable = (await Promise.all(chunks.map(async (c) => ({ c, at: `${whatIs(base.root, base.rootId, c.split('/')[1]!)}/${c.split('/')[2]}/${(await stat(join(dir, c))).size}` })))).sort((a, b) => a.at.localeCompare(b.at))
    const picked = stable[Math.floor(random() * stable.length)]!
    const chunk = picked.c
    const damagedBytes = await flipRange(join(dir, chunk), random)
    const documentId = chunk.split('/')[1]!
    const siblings = chunks.filter((c) => c !== chunk && c.split('/')[1] === documentId)

    const kept = async (): Promise<void> => {
      const names = await readdir(join(dir, 'quarantine'))
      const copies = await Promise.all(names.filter((n) => n.endsWith('.chunk')).map((n) => readFile(join(dir, 'quarantine', n))))
      expect(copies.some((bytes) => bytes.equals(damagedBytes))).toBe(true)
      expect(chunks.filter((c) => c !== chunk).length).toBe((await chunkFiles(dir)).filter((c) => c !== chunk).length)
      expect(await chunkFiles(dir)).not.toContain(chunk)
    }

    if (documentId === base.rootId && siblings.length === 0) {
      // The root lists every other document: without it the notebook cannot open, and says how to recover.
      await expect(Notebook.open(dir, nodeKeyVault(home, {}))).rejects.toThrow(/root document .* cannot be read: store\/.+ was damaged and moved to .*quarantine.*--repair-from/)
      await kept()
      return
    }

    const nb = await Notebook.open(dir, nodeKeyVault(home, {}))
    const after = await exportNotebookJson(nb)
    await nb.loadAll('contacts')
    await nb.loadAll('notes')
    const report = await nb.damage()
    await nb.close()
    await kept()

    // Only the damaged document is reported. It counts as recovered only when it still has every
    // change the indexes had seen (a chunk whose changes a later snapshot also held), checked below.
    expect(report.documents.map((d) => d.documentId), `${picked.at}: ${JSON.stringify(report)}`).toEqual([documentId])
    const [damaged] = report.documents
    expect(damaged!.files.map((f) => f.from)).toEqual([chunk])

    for (const kind of Object.keys(base.export.records) as RecordKind[]) {
      const now = new Map(after.records[kind].map((r) => [r.id, r]))
      const shardIds = base.export.records[kind].filter((r) => documentOfRecord(base.root, kind, r.id) === documentId).map((r) => r.id)
      for (const record of base.export.records[kind]) {
        if (documentOfRecord(base.root, kind, record.id) !== documentId || damaged!.recovered) expect(now.get(record.id), `${kind} ${record.id}`).toEqual(record)
        // A record of the damaged shard that lost anything is among those the report names.
        else if (JSON.stringify(now.get(record.id)) !== JSON.stringify(record) && (kind === 'contacts' || kind === 'notes')) {
          expect(damaged!.records.map((r) => r.id)).toContain(record.id)
        }
      }
      if (damaged!.part.kind === 'shard' && damaged!.part.recordKind === kind && (kind === 'contacts' || kind === 'notes')) {
        expect(damaged!.records.map((r) => r.id).sort()).toEqual(shardIds.sort())
      }
    }
    for (const leaflet of base.export.leaflets) {
      if (leafletDocument(base.root, leaflet.id) !== documentId) expect(after.leaflets.find((l) => l.id === leaflet.id)).toEqual(leaflet)
    }

    // The next open still knows (the damage was found and kept, not just logged).
    const again = await Notebook.open(dir, nodeKeyVault(home, {}))
    expect((await again.damage()).documents.filter((d) => !d.recovered).map((d) => d.documentId)).toEqual(damaged!.recovered ? [] : [documentId])
    await again.close()
    await rm(home, { recursive: true, force: true })
  }, 60_000)
})
