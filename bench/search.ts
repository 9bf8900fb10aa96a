import { monitorEventLoopDelay } from 'node:perf_hooks'
import { rm, stat } from 'node:fs/promises'
import { NotebookCatalog } from '../src/core/app/NotebookCatalog'
import { Notebook } from '../src/core/notebook/Notebook'
import { notebookPaths } from '../src/core/notebook/notebookFiles'
import { NotebookSearch } from '../src/core/search/NotebookSearch'
import type { BenchOptions } from './index'
import { percentile, type Report } from './report'
import { REFERENCE, referenceHome } from './support/benchNotebook'
import { nodeKeyVault } from '../src/core/atRest/keyWrappings'

/** What people type: 1–3 letter starts (as-you-type), whole words, names, phone ends, a typo, two words. */
const QUERIES = ['m', 'he', 'ren', 'mould', 'heat', 'landlord', 'repairs', 'rosa', 'nguyen', 'garcía', 'garcia', '5550', 'tenant', 'boilr', 'no heat', 'rent str', 'cockroaches', 'meeting sunday', 'wa', 'li']

export async function run(report: Report, options: BenchOptions): Promise<void> {
  const home = await referenceHome(options.quick ? { ...REFERENCE, contacts: 2000, notes: 1000, leaflets: 40 } : REFERENCE)
  const dir = (await new NotebookCatalog(home, nodeKeyVault(home)).list())[0]!.dir
  const file = notebookPaths(dir).index('search')
  await rm(file, { force: true })

  let nb = await Notebook.open(dir, nodeKeyVault(home))
  let started = performance.now()
  let search = await NotebookSearch.open(nb)
  await search.loadAll()
  const build = performance.now() - started
  const loaded = await queryTimes(search)
  await search.close()
  const titlesSize = (await stat(file)).size
  const textSize = (await stat(file.replace(/\.json$/, '-text.json'))).size
  report({ figure: 'search-index-build', value: Math.round(build), unit: 'ms', note: `one-time, ${search.index.size} documents, loading every shard and leaflet` })
  report({ figure: 'search-index-file', value: Number(((titlesSize + textSize) / 1e6).toFixed(1)), unit: 'MB', note: `names and titles ${(titlesSize / 1e6).toFixed(1)} MB (loaded first) + full text ${(textSize / 1e6).toFixed(1)} MB` })
  await nb.close()

  // Warm start: from opening the saved index (the notebook itself already open) until a search answers, before any shard loads.
  nb = await Notebook.open(dir, nodeKeyVault(home))
  started = performance.now()
  search = await NotebookSearch.open(nb)
  const first = await search.search({ query: 'rosa', limit: 50 })
  const warm = performance.now() - started
  report({ figure: 'search-warm-start', value: Math.round(warm), unit: 'ms', target: 300, note: `open the saved index and answer “rosa” (${search.fromDisk ? 'from disk' : 'REBUILT'}; ${first.titlesOnly ? 'names and titles only, the full text still loading' : 'full text'}; ${first.hits.length} hits)` })
  // How long the core's event loop (in Electron, the main process) is held at once while the full text loads.
  const stalls = monitorEventLoopDelay({ resolution: 5 })
  stalls.enable()
  await search.index.loadText()
  const doneAt = performance.now()
  await new Promise((resolve) => setTimeout(resolve, 20)) // a stall is recorded when the loop next turns
  stalls.disable()
  report({ figure: 'search-full-text-ready', value: Math.round(doneAt - started), unit: 'ms', note: 'from opening until the full-text index is loaded too (searches answer from titles meanwhile)' })
  report({ figure: 'search-full-text-longest-stall', value: Math.round(stalls.max / 1e6), unit: 'ms', note: 'longest event-loop delay while the full text loads (the file is parsed in one go; the index is rebuilt in batches that yield)' })

  const { times, hits } = await queryTimes(search)
  report({ figure: 'search-query-p95', value: Number(percentile(times, 95).toFixed(1)), unit: 'ms', target: 30, note: `${times.length} searches of ${QUERIES.length} queries (1–3 letter prefixes included), full text, top 50 with snippets cut from the list rows (no shard loaded yet); ${Math.round(hits / times.length)} hits on average` })
  const worst = QUERIES.map((q, i) => [q, Math.max(...times.filter((_, j) => j % QUERIES.length === i))] as const).sort((a, b) => b[1] - a[1])[0]!
  report({ figure: 'search-query-worst', value: Number(worst[1].toFixed(1)), unit: 'ms', note: `“${worst[0]}”` })
  report({ figure: 'search-query-p95-loaded', value: Number(percentile(loaded.times, 95).toFixed(1)), unit: 'ms', target: 30, note: 'the same searches with every shard loaded (snippets cut from the records themselves), measured right after the one-time build while the store is still writing' })
  await search.close()
  await nb.close()
  await rm(home, { recursive: true, force: true })
}

/** Five rounds of the queries, each the top 50 with snippets. */
async function queryTimes(search: NotebookSearch): Promise<{ times: number[]; hits: number }> {
  const times: number[] = []
  let hits = 0
  for (let round = 0; round < 5; round++) {
    for (const query of QUERIES) {
      const t = performance.now()
      hits += (await search.search({ query, limit: 50 })).hits.length
      times.push(performance.now() - t)
    }
  }
  return { times, hits }
}
