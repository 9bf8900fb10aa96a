import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { NotebookCatalog } from '../../src/core/app/NotebookCatalog'
import { nodeKeyVault } from '../../src/core/atRest/keyWrappings'
import { generateNotebook } from '../../src/core/generate/generateNotebook'
import { newContactDoc } from '../../src/shared/contacts/contact'

/** A small seeded random source (mulberry32): the same seed flips the same bytes. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * A generated notebook (contacts, notes, places, leaflets) whose contact shards also hold
 * incremental chunks (a second import after the first), closed; written once per test file.
 */
export async function writtenNotebook(): Promise<{ home: string; dir: string }> {
  const home = await mkdtemp(join(tmpdir(), 'massline-damage-'))
  const nb = await new NotebookCatalog(home, nodeKeyVault(home, {})).create('Elm Street Tenants')
  await generateNotebook(nb, { contacts: 240, notes: 60, leaflets: 3, seed: 7 })
  await nb.putRecords('contacts', Array.from({ length: 64 }, (_, i) => newContactDoc(`late-${i}`, { name: `Late Comer ${i}` }, Date.now())))
  await nb.close()
  return { home, dir: nb.dir }
}

/** A copy of a data directory (keys and notebook), so each case damages its own. */
export async function copyHome(home: string, dir: string): Promise<{ home: string; dir: string }> {
  const copy = await mkdtemp(join(tmpdir(), 'massline-damage-copy-'))
  await cp(home, copy, { recursive: true })
  return { home: copy, dir: join(copy, relative(home, dir)) }
}

/** Every document chunk in a notebook's store (snapshots and incrementals), relative to the notebook. */
export async function chunkFiles(dir: string): Promise<string[]> {
  const entries = await readdir(join(dir, 'store'), { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile() && /[\\/](snapshot|incremental)$/.test(e.parentPath))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort()
}

/** Flips a random byte range (1 to 64 bytes) of a file; returns the damaged bytes. */
export async function flipRange(path: string, random: () => number): Promise<Buffer> {
  const bytes = await readFile(path)
  const length = 1 + Math.floor(random() * Math.min(64, bytes.length))
  const start = Math.floor(random() * (bytes.length - length + 1))
  for (let i = start; i < start + length; i++) bytes[i] = bytes[i]! ^ (1 + Math.floor(random() * 255))
  await writeFile(path, bytes)
  return bytes
}
