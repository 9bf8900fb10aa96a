import { rm } from 'node:fs/promises'
import { NotebookCatalog } from '../src/core/app/NotebookCatalog'
import { RecordIndex } from '../src/core/index/RecordIndex'
import { Notebook } from '../src/core/notebook/Notebook'
import { notebookPaths } from '../src/core/notebook/notebookFiles'
import { buildMatrix, type MatrixFilter } from '../src/shared/notes/matrix'
import { noteRow } from '../src/shared/notes/noteRow'
import { DEFAULT_SHARD_COUNTS } from '../src/shared/notebook/schema'
import { shardFor } from '../src/shared/notebook/sharding'
import { termResolver } from '../src/shared/notebook/terms'
import type { BenchOptions } from './index'
import { percentile, type Report } from './report'
import { referenceHome, REFERENCE } from './support/benchNotebook'
import { nodeKeyVault } from '../src/core/atRest/keyWrappings'

const DAY = 86_400_000

/** The investigation matrix over the reference notebook's notes, and the note index it reads. */
export async function run(report: Report, options: BenchOptions): Promise<void> {
  const reference = options.quick ? { ...REFERENCE, contacts: 1000, notes: 500, leaflets: 20 } : REFERENCE
  const home = await referenceHome(reference)
  const [entry] = await new NotebookCatalog(home, nodeKeyVault(home)).list()
  const dir = entry!.dir

  const notebook = await Notebook.open(dir, nodeKeyVault(home))
  const rows = await notebook.rows('notes')
  const resolve = termResolver(notebook.root.doc())
  const newest = Math.max(...rows.map((r) => r.date))
  const campaignId = rows[0]?.campaignIds[0] ?? ''
  const placeId = rows[0]?.placeId ?? ''
  const filters: MatrixFilter[] = [{}, { campaignId }, { placeId }, { from: newest - 30 * DAY, to: newest }, { campaignId, from: newest - 60 * DAY }]
  const samples: number[] = []
  let cells = 0
  for (let run = 0; run < 20; run++) {
    for (const filter of filters) {
      const started = performance.now()
      const matrix = buildMatrix(rows, resolve, filter)
      samples.push(performance.now() - started)
      if (run === 0 && filter === filters[0]) cells = matrix.cells.size
    }
  }
  const note = `${rows.length} notes, ${cells} cells unfiltered; ${samples.length} runs over ${filters.length} filters`
  report({ figure: 'matrix-5k-notes-p50', value: Number(percentile(samples, 50).toFixed(1)), unit: 'ms', note })
  report({ figure: 'matrix-5k-notes-p95', value: Number(percentile(samples, 95).toFixed(1)), unit: 'ms', target: 100, note })
  await notebook.close()

  const loads: number[] = []
  let fromDisk = true
  for (let run = 0; run < 5; run++) {
    const started = performance.now()
    const shards = DEFAULT_SHARD_COUNTS.notes
    const index = RecordIndex.open(notebookPaths(dir).index('notes'), notebook.files, 'notes', shards, noteRow as never, (id) => shardFor(id, shards))
    fromDisk &&= await index.load()
    index.rows()
    loads.push(performance.now() - started)
  }
  report({ figure: 'note-index-cold-load', value: Math.round(percentile(loads, 50)), unit: 'ms', note: `${reference.notes} note rows from index/notes.json${fromDisk ? '' : ' (NOT on disk: measured an empty index)'}, median of 5` })

  await rm(home, { recursive: true, force: true })
}
