import { rm } from 'node:fs/promises'
import { NotebookCatalog } from '../src/core/app/NotebookCatalog'
import { nodeKeyVault } from '../src/core/atRest/keyWrappings'
import { dashboardOf, prefillOf } from '../src/core/campaigns/campaignFigures'
import { Notebook } from '../src/core/notebook/Notebook'
import type { BenchOptions } from './index'
import { percentile, type Report } from './report'
import { referenceHome, REFERENCE } from './support/benchNotebook'

const RUNS = 30

/** The campaign dashboard's figures and a sum-up's pre-fill, from the core's indexes of the reference notebook. */
export async function run(report: Report, options: BenchOptions): Promise<void> {
  const reference = options.quick ? { ...REFERENCE, contacts: 1000, notes: 500, leaflets: 20 } : REFERENCE
  const home = await referenceHome(reference)
  const [entry] = await new NotebookCatalog(home, nodeKeyVault(home)).list()
  const notebook = await Notebook.open(entry!.dir, nodeKeyVault(home))
  const notes = await notebook.rows('notes')
  await notebook.rows('contacts')
  // The campaign with the most conversations: the heaviest dashboard.
  const tally = new Map<string, number>()
  for (const note of notes) for (const id of note.campaignIds) tally.set(id, (tally.get(id) ?? 0) + 1)
  const [campaignId, conversations] = [...tally.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0]
  await dashboardOf(notebook, campaignId) // warm: shards and leaflet documents found once

  const measure = async (work: () => Promise<unknown>) => {
    const samples: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now()
      await work()
      samples.push(performance.now() - started)
    }
    return samples
  }
  const dashboard = await measure(() => dashboardOf(notebook, campaignId))
  const prefill = await measure(() => prefillOf(notebook, campaignId))
  const note = `${reference.contacts} contacts, ${notes.length} notes; campaign with ${conversations} conversations; ${RUNS} runs`
  report({ figure: 'campaign-dashboard-data-p95', value: Number(percentile(dashboard, 95).toFixed(1)), unit: 'ms', target: 50, note })
  report({ figure: 'sumup-prefill-p95', value: Number(percentile(prefill, 95).toFixed(1)), unit: 'ms', target: 200, note })
  await notebook.close()
  await rm(home, { recursive: true, force: true })
}
