import { readdir } from 'node:fs/promises'
import type { Chunk } from '@automerge/automerge-repo'
import { join } from 'node:path'
import type { DamageReport } from '../../shared/damageContract'
import type { NotebookRootDoc } from '../../shared/notebook/schema'
import { shardFor } from '../../shared/notebook/sharding'
import { checkKey } from '../atRest/checkKey'
import type { KeyVault } from '../atRest/KeyVault'
import { SealedFiles } from '../atRest/SealedFiles'
import { DamageLedger, type LedgerEntry } from '../notebook/DamageLedger'
import { damageReport, partOf } from '../notebook/damageReport'
import { nameOf, notebookPaths, readNotebookMeta, type NotebookMeta } from '../notebook/notebookFiles'
import { FileStorageAdapter } from '../storage/FileStorageAdapter'
import { Quarantine } from '../storage/Quarantine'
import { readSyncConfig } from '../sync/syncConfig'
import { scanStore, type DamagedChunk } from './checkStore'

/** A file other than a store chunk that will not open, and what that means. */
export interface CheckProblem {
  file: string
  problem: string
  affects: string
}

export interface CheckResult {
  dir: string
  name: string | null
  /** How many files were checked. */
  files: number
  problems: CheckProblem[]
  /** Documents that lost changes (damaged now, or quarantined before and not recovered), and the records they hold. */
  damage: DamageReport
  ok: boolean
}

/** What a repair needs beside the result: the chunks found damaged now, and the notebook's facts. */
export interface CheckDetails {
  result: CheckResult
  meta: NotebookMeta
  key: Uint8Array
  damagedNow: DamagedChunk[]
}

const INDEXED = ['contacts', 'notes'] as const
const REBUILT = 'rebuilt from the documents when the notebook next opens (derived data: nothing is lost)'

/**
 * `massline check`: opens every file of a notebook without writing anything. Every store
 * chunk must open with the notebook's key and load as Automerge; notebook.json, sync.json,
 * the list and search indexes and the damage ledger must open and parse. Reports what is
 * damaged and which documents and records it affects.
 */
export async function checkNotebook(dir: string, keys: KeyVault): Promise<CheckDetails> {
  const meta = await readNotebookMeta(dir).catch((error: Error) => {
    throw new Error(`${error.message}. It holds the notebook's id and the address of its root document: restore it from a backup, or ask a member for an invite and join again (nothing else was changed)`)
  })
  if (!meta) throw new Error(`${dir} is not a Massline notebook (no notebook.json)`)
  const key = await keys.load(meta.id)
  if (!key) throw new Error(`No storage key for notebook ${meta.id} on this device: its data in ${dir} cannot be read without it`)
  const paths = notebookPaths(dir)
  const rootId = meta.rootUrl.slice('automerge:'.length)
  await checkKey(paths.store, rootId, key, meta.sealedName)
  const files = new SealedFiles(key, dir)
  const problems: CheckProblem[] = []
  const sealedFile = async <T>(path: string, read: () => Promise<T>, affects: string): Promise<T | undefined> => {
    try {
      return await read()
    } catch (error) {
      problems.push({ file: files.labelOf(path), problem: (error as Error).message.replace(/ \(integrity check failed; nothing was changed\)/, ' (integrity check failed)'), affects })
      return undefined
    }
  }

  const indexes = Object.fromEntries(
    await Promise.all(INDEXED.map(async (kind) => [kind, await sealedFile(paths.index(kind), () => readIndex(files, paths.index(kind)), `the ${kind} list: ${REBUILT}`)] as const)),
  )
  const sideFiles = await sideFilesOf(dir)
  for (const path of sideFiles.filter((p) => !INDEXED.some((kind) => p === paths.index(kind)))) {
    await sealedFile(path, async () => JSON.parse((await files.readText(path)) ?? '{}') as unknown, `search: ${REBUILT}`)
  }
  await sealedFile(join(dir, 'sync.json'), () => readSyncConfig(files), "sync: this device's sync identity and the notebook's secret. Sync cannot start; ask a member for a new invite and join again")
  await sealedFile(DamageLedger.path(dir), () => files.readText(DamageLedger.path(dir)), 'what was known about damaged documents (the quarantine still lists them)')
  const ledger = await DamageLedger.open(files)

  const store = new FileStorageAdapter(paths.store)
  const root = loadRoot(await store.loadRange([rootId]), key, rootId)
  const shardOf = (documentId: string): { kind: (typeof INDEXED)[number]; shard: number } | undefined => {
    const part = partOf(documentId, rootId, root)
    return part.kind === 'shard' && (INDEXED as readonly string[]).includes(part.recordKind) ? { kind: part.recordKind as (typeof INDEXED)[number], shard: part.shard } : undefined
  }
  const indexed = (documentId: string): LedgerEntry | undefined => {
    const at = shardOf(documentId)
    const index = at && indexes[at.kind]
    if (!at || !index) return undefined
    const rows = index.rows.filter((row) => shardFor(row.id, index.shardCount) === at.shard)
    return { records: rows.map((row) => ({ id: row.id, name: row.name ?? row.preview?.slice(0, 40) ?? '' })), expectedHeads: index.heads[at.shard] ?? null }
  }
  const indexedHeads = (documentId: string): string[] | null | undefined => {
    const at = shardOf(documentId)
    return at && indexes[at.kind]?.heads[at.shard]
  }
  const scan = scanStore(await store.loadRange([]), key, rootId, (id) => ledger.entry(id)?.expectedHeads ?? indexedHeads(id))
  const now = Date.now()
  const found = scan.damaged.map(({ storageKey, from, reason, sealed }) => ({ storageKey, from, kept: null, at: now, reason, bytes: sealed.byteLength }))
  const listed = root ? [rootId, ...Object.values(root.shards ?? {}).flat(), ...Object.values(root.leaflets ?? {})].map((u) => String(u).replace('automerge:', '')) : [rootId]
  const damagedIds = new Set([...found, ...(await new Quarantine(dir).list())].map((e) => e.storageKey[0]!))
  for (const id of listed) {
    if (!scan.documents.has(id) && !damagedIds.has(id)) problems.push({ file: `store/${id}`, problem: 'no data is stored for this document', affects: `${partOf(id, rootId, root).kind === 'root' ? 'the root' : id}: fetch it from a peer (massline peer) or merge a bundle` })
  }
  const damage = damageReport({
    entries: [...(await new Quarantine(dir).list()), ...found],
    ledger: (id) => ledger.entry(id) ?? indexed(id),
    rootId,
    root,
    stateOf: (id) => scan.documents.get(id) ?? (damagedIds.has(id) ? { heads: [], missingDeps: 0, has: () => false } : undefined),
  })
  const chunkCount = scan.chunks + 1 + sideFiles.length
  const name = meta.sealedName ? safeName(meta.sealedName, key, dir) : (meta.name ?? null)
  const result: CheckResult = { dir, name, files: chunkCount, problems, damage, ok: problems.length === 0 && damage.documents.every((d) => d.recovered) }
  return { result, meta, key, damagedNow: scan.damaged }
}

interface SavedIndex {
  shardCount: number
  heads: (string[] | null)[]
  rows: { id: string; name?: string; preview?: string }[]
}

async function readIndex(files: SealedFiles, path: string): Promise<SavedIndex | undefined> {
  const text = await files.readText(path)
  return text === undefined ? undefined : (JSON.parse(text) as SavedIndex)
}

/** The sealed side files: list and search indexes, sync.json (the ledger is read on its own). */
async function sideFilesOf(dir: string): Promise<string[]> {
  const names = await readdir(join(dir, 'index')).catch(() => [] as string[])
  return names.filter((n) => !n.endsWith('.tmp')).map((n) => join(dir, 'index', n))
}

/** The root as its readable chunks give it (first, to know which document is which). */
function loadRoot(chunks: Chunk[], key: Uint8Array, rootId: string): NotebookRootDoc | undefined {
  const root = scanStore(chunks, key, rootId, () => null).root as NotebookRootDoc | undefined
  return root?.shards ? root : undefined
}

function safeName(sealedName: string, key: Uint8Array, dir: string): string | null {
  try {
    return nameOf(sealedName, key, dir)
  } catch {
    return null
  }
}
