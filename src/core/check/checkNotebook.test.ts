import { createHash } from 'node:crypto'
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCaptured } from '../../../test/support/cli'
import { chunkFiles, copyHome, flipRange, seeded, writtenNotebook } from '../../../test/support/damage'
import type { DamageReport } from '../../shared/damageContract'
import { str } from '../../shared/notebook/scalar'
import { labelOf } from '../atRest/EncryptedStorageAdapter'
import { nodeKeyVault } from '../atRest/keyWrappings'
import { seal } from '../atRest/seal'
import { exportNotebookJson, type NotebookExport } from '../export/exportNotebookJson'
import { Notebook } from '../notebook/Notebook'
import { readNotebookMeta } from '../notebook/notebookFiles'
import { exportBundle } from '../sync/bundle'
import type { CheckResult } from './checkNotebook'

const cheap = { opslimit: 1, memlimit: 8 * 1024 * 1024 }

async function fingerprint(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))
  return Object.fromEntries(await Promise.all(files.map(async (f) => [f, createHash('sha256').update(await readFile(f)).digest('hex')])))
}

const lacking = (report: DamageReport): string[] => report.documents.filter((d) => !d.recovered).map((d) => d.label)

describe('massline check', () => {
  let base: { home: string; dir: string; bundle: string; export: NotebookExport; contactShard: string; rootId: string }
  beforeAll(async () => {
    const { home, dir } = await writtenNotebook()
    const nb = await Notebook.open(dir, nodeKeyVault(home, {}))
    const bundle = join(home, 'backup.massline-bundle')
    await writeFile(bundle, await exportBundle(nb, { passphrase: 'correct horse' }, cheap))
    await writeFile(join(home, 'passphrase'), 'correct horse\n')
    base = { home, dir, bundle, export: await exportNotebookJson(nb), contactShard: str(nb.root.doc().shards.contacts[5]!).slice('automerge:'.length), rootId: nb.root.documentId }
    await nb.close()
  }, 120_000)
  afterAll(() => rm(base.home, { recursive: true, force: true }))

  const check = async (home: string, dir: string, ...more: string[]): Promise<{ code: number; result: CheckResult; err: string }> => {
    const { code, out, err } = await runCaptured(['check', '--home', home, '--notebook', dir, '--json', ...more])
    return { code, result: JSON.parse(out.split('\n').at(-1)!) as CheckResult, err }
  }

  it('passes an intact notebook, exit 0', async () => {
    const { code, result } = await check(base.home, base.dir)
    expect(result.problems).toEqual([])
    expect(result.damage.documents).toEqual([])
    expect(result.files).toBeGreaterThan(100)
    expect(code).toBe(0)
  })

  it('names a damaged chunk and the contacts its shard holds, exit 1, and changes nothing', async () => {
    const { home, dir } = await copyHome(base.home, base.dir)
    const chunk = (await chunkFiles(dir)).find((c) => c.includes(base.contactShard))!
    await flipRange(join(dir, chunk), seeded(11))
    const before = await fingerprint(home)
    const { code, result } = await check(home, dir)
    expect(code).toBe(1)
    expect(lacking(result.damage)).toEqual(['contacts shard 5'])
    const [damaged] = result.damage.documents
    expect(damaged!.files.map((f) => [f.from, f.kept])).toEqual([[chunk, null]])
    const inShard = base.export.records.contacts.filter((c) => (damaged!.records.map((r) => r.id) as string[]).includes(c.id))
    expect(inShard.length).toBeGreaterThan(3)
    expect(damaged!.records.map((r) => r.name).sort()).toEqual(inShard.map((c) => String((c as { name?: unknown }).name ?? '')).sort())
    expect(await fingerprint(home)).toEqual(before)
    // For people: the shard and its contacts by name.
    const human = await runCaptured(['check', '--home', home, '--notebook', dir])
    expect(human.out).toMatch(/contacts shard 5 .*record\(s\) may lack changes/)
    expect(human.out).toContain(damaged!.records[0]!.name)
  })

  it('names a chunk that opens with the key yet is not Automerge (a faulty build wrote it)', async () => {
    const { home, dir } = await copyHome(base.home, base.dir)
    const chunk = (await chunkFiles(dir)).find((c) => c.includes(base.contactShard))!
    const key = (await nodeKeyVault(home, {}).load((await readNotebookMeta(dir))!.id))!
    const storageKey = chunk.split('/').slice(1)
    await writeFile(join(dir, chunk), seal(key, new TextEncoder().encode('not a change at all'), labelOf(storageKey)))
    const { code, result } = await check(home, dir)
    expect(code).toBe(1)
    expect(lacking(result.damage)).toEqual(['contacts shard 5'])
    expect(result.damage.documents[0]!.files.map((f) => [f.from, f.reason])).toEqual([[chunk, expect.stringMatching(/does not load as Automerge/)]])
  })

  it('names a damaged list index as rebuilt, and the notebook still opens with every contact', async () => {
    const { home, dir } = await copyHome(base.home, base.dir)
    await flipRange(join(dir, 'index', 'contacts.json'), seeded(3))
    const { code, result } = await check(home, dir)
    expect(code).toBe(1)
    expect(result.problems.map((p) => [p.file, p.affects])).toEqual([['index/contacts.json', expect.stringMatching(/rebuilt .* nothing is lost/)]])
    const nb = await Notebook.open(dir, nodeKeyVault(home, {}))
    expect((await nb.rows('contacts')).length).toBe(base.export.records.contacts.length)
    await nb.close()
    expect((await check(home, dir)).code).toBe(0)
  })

  it('repairs a damaged contact shard and a damaged root from a bundle: every record is back', async () => {
    const { home, dir } = await copyHome(base.home, base.dir)
    const chunks = await chunkFiles(dir)
    for (const id of [base.contactShard, base.rootId]) for (const chunk of chunks.filter((c) => c.includes(id))) await flipRange(join(dir, chunk), seeded(5))
    await expect(Notebook.open(dir, nodeKeyVault(home, {}))).rejects.toThrow(/root document .* cannot be read/)
    const { code, result, err } = await check(home, dir, '--repair-from', base.bundle, '--passphrase-file', join(home, 'passphrase'))
    expect(err).toBe('')
    expect(lacking(result.damage)).toEqual([])
    expect(code).toBe(0)
    const nb = await Notebook.open(dir, nodeKeyVault(home, {}))
    const after = await exportNotebookJson(nb)
    expect(after.records).toEqual(base.export.records)
    expect(lacking(await nb.damage())).toEqual([])
    await nb.close()
    expect((await readdir(join(dir, 'quarantine'))).filter((n) => n.endsWith('.chunk')).length).toBeGreaterThan(1)
  })

  it('refuses a bundle of another notebook, changing nothing', async () => {
    const { home, dir } = await copyHome(base.home, base.dir)
    const other = await Notebook.create(join(home, 'other'), 'Other', nodeKeyVault(home, {}))
    await writeFile(join(home, 'other.bundle'), await exportBundle(other, { passphrase: 'correct horse' }, cheap))
    await other.close()
    const before = await fingerprint(dir)
    const { code, err } = await runCaptured(['check', '--home', home, '--notebook', dir, '--repair-from', join(home, 'other.bundle'), '--passphrase-file', join(home, 'passphrase')])
    expect(code).toBe(1)
    expect(err).toMatch(/holds the notebook "Other", not this one; nothing was changed/)
    expect(await fingerprint(dir)).toEqual(before)
    expect((await readNotebookMeta(dir))?.id).toBeTruthy()
  })
})
