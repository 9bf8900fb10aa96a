import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as A from '@automerge/automerge'
import type { DocHandle, DocumentId } from '@automerge/automerge-repo'
import { newContactDoc, type ContactDoc } from '../../../src/shared/contacts/contact'
import { str } from '../../../src/shared/notebook/scalar'
import { Notebook } from '../../../src/core/notebook/Notebook'
import { acceptInvite } from '../../../src/core/sync/acceptInvite'
import { NotebookSync, type SyncOptions } from '../../../src/core/sync/NotebookSync'
import type { MemoryHub } from './memoryHub'
import { nodeKeyVault } from '../../../src/core/atRest/keyWrappings'

/** The test devices' data directory: their notebooks' storage keys are kept in it. */
export const testHome = await mkdtemp(join(tmpdir(), 'massline-sync-home-'))
export const keys = nodeKeyVault(testHome)

export interface Device {
  name: string
  dir: string
  notebook: Notebook
  sync: NotebookSync
  log: string[]
}

const dirs: string[] = []
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'massline-sync-'))
  dirs.push(dir)
  return dir
}
export async function removeTempDirs(): Promise<void> {
  await new Promise((r) => setTimeout(r, 1_000)) // automerge-repo saves sync states on a throttle after shutdown
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
}

export const viaHub = (hub: MemoryHub, name: string): Partial<SyncOptions> => ({
  internet: false,
  lan: false,
  extra: (keyPair) => [hub.streams(name, keyPair)],
})

export async function openDevice(name: string, dir: string, transport: Partial<SyncOptions>): Promise<Device> {
  const log: string[] = []
  const notebook = await Notebook.open(dir, keys)
  const sync = await NotebookSync.open(notebook, {
    deviceName: name,
    authTimeoutMs: 3_000,
    keepAliveMs: 200,
    idleTimeoutMs: 1_000,
    log: (l) => {
      log.push(l)
      if (process.env.SYNC_TRACE) console.error(`${Date.now() % 100000} ${name}: ${l}`)
    },
    ...transport,
  })
  await sync.enable()
  return { name, dir, notebook, sync, log }
}

/** The first device of a new notebook, with sync on. */
export async function founder(name: string, transport: Partial<SyncOptions>): Promise<Device> {
  const dir = await tempDir()
  await (await Notebook.create(dir, 'Tenant union', keys)).close()
  return openDevice(name, dir, transport)
}

/**
 * The inviter's user confirming a join request whose short authentication string matches the
 * one the joining device shows (as a person compares both screens).
 */
export function confirmWhenShown(inviter: Pick<Device, 'sync'>): { onSas: (sas: string) => void } {
  return {
    onSas: (sas) => {
      const confirm = () => {
        const request = inviter.sync.joinRequests().find((r) => r.sas === sas)
        if (!request) return false
        inviter.sync.confirmJoin(request.id)
        return true
      }
      if (confirm()) return
      const onRequest = () => confirm() && inviter.sync.off('join-request', onRequest)
      inviter.sync.on('join-request', onRequest)
    },
  }
}

/** A device joining through a fresh invite from `inviter`, confirmed there. */
export async function joiner(inviter: Device, name: string, transport: Partial<SyncOptions>): Promise<Device> {
  const invite = await inviter.sync.createInvite()
  const dir = await tempDir()
  await acceptInvite(invite.code, {
    dir,
    deviceName: name,
    keys,
    timeoutMs: 20_000,
    ...confirmWhenShown(inviter),
    log: (l) => process.env.SYNC_TRACE && console.error(`${Date.now() % 100000} ${name} joining: ${l}`),
    ...transport,
  })
  return openDevice(name, dir, transport)
}

export async function closeDevice(device: Device): Promise<void> {
  await device.sync.disable()
  await device.notebook.close()
}

export async function addContact(device: Device, id: string, name: string): Promise<void> {
  await device.notebook.putRecords('contacts', [newContactDoc(id, { name }, Date.now())])
}

export async function contactName(device: Device, id: string): Promise<string | undefined> {
  const shard = await device.notebook.shardOf<ContactDoc>('contacts', id)
  const record = shard.doc().records[id]
  return record && str(record.name)
}

export async function until(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 15_000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 25))
  }
}

export async function headsOf(device: Device, id: DocumentId): Promise<string> {
  const handle: DocHandle<unknown> = await device.notebook.repo.find(id)
  return JSON.stringify(A.getHeads(handle.doc() as A.Doc<unknown>).sort())
}
