import { cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { NotebookCatalog } from '../../src/core/app/NotebookCatalog'
import { generateNotebook, type GenerateOptions } from '../../src/core/generate/generateNotebook'
import { nodeKeyVault } from '../../src/core/atRest/keyWrappings'

/** The reference notebook: 10,000 contacts, 5,000 notes of ~800 characters, 200 leaflets. */
export const REFERENCE: Omit<GenerateOptions, 'onProgress'> = { contacts: 10_000, notes: 5_000, leaflets: 200, seed: 42 }

const CACHE = resolve('.bench-cache')
// Bump when the document layout, the index format or the generator changes, so a stale cache is rebuilt (9: sealed at rest;
// 10: contact rows hold level history; 11: index format 4, and the generator's relationships, timed interactions, meetings,
// actions and teams; 12: the generator's candidates, judgements, tide history, sum-ups and level movement).
const LAYOUT_VERSION = 12

/**
 * A data directory holding the reference notebook, generated once and cached between runs;
 * each caller gets a fresh copy so a benchmark that writes never changes the next one's input.
 */
export async function referenceHome(options = REFERENCE): Promise<string> {
  const key = `v${LAYOUT_VERSION}-${options.contacts}c-${options.notes}n-${options.leaflets}l-s${options.seed}`
  const cached = join(CACHE, key)
  if (!(await readFile(join(cached, 'complete.json'), 'utf8').catch(() => undefined))) await build(key, cached, options)
  const copy = await mkdtemp(join(tmpdir(), 'massline-bench-'))
  await cp(join(cached, 'home'), copy, { recursive: true })
  return copy
}

/**
 * Generates into a private folder and renames it into place when complete, so two benchmark
 * runs starting at once never write into (or delete) each other's notebook.
 */
async function build(key: string, cached: string, options: typeof REFERENCE): Promise<void> {
  await mkdir(CACHE, { recursive: true })
  // A folder without its marker is what an interrupted run left behind.
  await rm(cached, { recursive: true, force: true })
  const building = await mkdtemp(join(CACHE, `${key}.building-`))
  process.stderr.write(`Generating the reference notebook (${key}), cached in ${cached}…\n`)
  const notebook = await new NotebookCatalog(join(building, 'home'), nodeKeyVault(join(building, 'home'))).create('Reference notebook')
  await generateNotebook(notebook, options)
  await notebook.close()
  await writeFile(join(building, 'complete.json'), JSON.stringify({ key, at: new Date().toISOString() }))
  // Another run that finished first already put an identical notebook in place: keep that one.
  await rename(building, cached).catch(() => rm(building, { recursive: true, force: true }))
}
