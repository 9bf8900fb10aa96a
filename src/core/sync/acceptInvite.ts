import type { AutomergeUrl } from '@automerge/automerge-repo'
import NoiseSecretStream from '@hyperswarm/secret-stream'
import type { KeyHandover } from '../../shared/sync/frameSchemas'
import { mergeRoster } from '../../shared/sync/roster'
import { notebookPaths, readNotebookMeta, sealName, writeNotebookMeta } from '../notebook/notebookFiles'
import { EncryptedStorageAdapter } from '../atRest/EncryptedStorageAdapter'
import { keyFor, type KeyVault } from '../atRest/KeyVault'
import { SealedFiles } from '../atRest/SealedFiles'
import { FileStorageAdapter } from '../storage/FileStorageAdapter'
import type { Authenticated } from './authenticate'
import { gatedSource } from './gate'
import { claimInvite } from './handover'
import { decodeInviteCode } from './inviteCode'
import { receiveSnapshots, storeSnapshots } from './snapshots'
import { newSyncConfig, readSyncConfig, writeSyncConfig, type SyncConfig } from './syncConfig'
import { openTransports, type TransportOptions } from './transports'

export interface AcceptOptions extends TransportOptions {
  /** An empty (or missing) directory that becomes the notebook. */
  dir: string
  deviceName: string
  /** Where the joined notebook's storage key is kept. */
  keys: KeyVault
  /** How long to look for the inviter's device (it must be online with sync on). */
  timeoutMs?: number
  log?: (line: string) => void
}

/**
 * Joins a notebook from an invite code: finds the inviter by the pairing key, proves it,
 * receives the notebook secret, then copies every document of the notebook from the members.
 */
export async function acceptInvite(
  code: string,
  options: AcceptOptions,
): Promise<{ notebookId: string; name: string }> {
  const pairingKey = decodeInviteCode(code)
  if (await readNotebookMeta(options.dir)) throw new Error(`${options.dir} already holds a notebook`)
  const config = newSyncConfig(options.deviceName)
  const keyPair = NoiseSecretStream.keyPair(Buffer.from(config.deviceSeed, 'hex'))
  const handover = await withDeadline(
    options.timeoutMs ?? 60_000,
    'Could not reach the inviting device',
    (signal) =>
      new Promise<KeyHandover>((resolve, reject) => {
        const transports = openTransports(keyPair, new Set(), options)
        const source = gatedSource(transports.sources, {
          keys: () => [{ mode: 'invite', key: pairingKey }],
          banned: new Set(),
          onSideChannel: (connection: Authenticated) =>
            void claimInvite(connection, options.deviceName).then(resolve, (error) =>
              options.log?.(`claim failed: ${error.message}`),
            ),
          ...(options.log ? { log: options.log } : {}),
        })
        signal.finally(() => void source.stop())
        void Promise.resolve(source.start(() => {})).then(() => transports.setKeys([pairingKey]), reject)
      }),
  )
  const joined: SyncConfig = {
    ...config,
    secret: handover.secret,
    epoch: handover.epoch,
    ...mergeRoster({ roster: [], removed: [] }, handover),
  }
  const key = await keyFor(options.keys, handover.notebook.id)
  await writeSyncConfig(new SealedFiles(key, options.dir), joined)
  options.log?.('invite: received the notebook key')
  await cloneNotebook(options.dir, handover.notebook.rootUrl as AutomergeUrl, key, joined, options)
  await writeNotebookMeta(options.dir, {
    format: 1,
    id: handover.notebook.id,
    rootUrl: handover.notebook.rootUrl,
    sealedName: sealName(key, handover.notebook.name),
    createdAt: Date.now(),
    sealed: true,
  })
  return { notebookId: handover.notebook.id, name: handover.notebook.name }
}

/**
 * Copies every document of a notebook (root, shards, leaflets) from the first member reached
 * into the directory's store, as whole-document snapshots, so `Notebook.open` works offline
 * afterwards and later syncs start from equal heads. Exported for the benchmark.
 */
export async function cloneNotebook(
  dir: string,
  rootUrl: AutomergeUrl,
  key: Uint8Array,
  config?: SyncConfig,
  options: TransportOptions & { timeoutMs?: number; log?: (line: string) => void } = {},
): Promise<void> {
  const sync = config ?? (await readSyncConfig(new SealedFiles(key, dir)))
  if (!sync) throw new Error(`${dir} has no sync.json`)
  const keyPair = NoiseSecretStream.keyPair(Buffer.from(sync.deviceSeed, 'hex'))
  const secret = Buffer.from(sync.secret, 'hex')
  const transports = openTransports(keyPair, new Set(), options)
  const started = Date.now()
  const step = (what: string) => options.log?.(`clone: ${what} after ${Date.now() - started} ms`)
  const documents = await withDeadline(
    options.timeoutMs ?? 120_000,
    'Could not copy the notebook from the other members',
    (done) =>
      new Promise<Map<AutomergeUrl, Uint8Array>>((resolve, reject) => {
        let copying = false
        const source = gatedSource(transports.sources, {
          keys: () => [{ mode: 'member', key: secret }],
          banned: new Set(),
          onSideChannel: (c) => c.channel.close('copying'),
        })
        void done.finally(() => source.stop())
        void Promise.resolve(
          source.start((connection) => {
            if (copying) return connection.channel.close('already copying')
            copying = true
            step('first member connected')
            receiveSnapshots(connection).then(resolve, (error: Error) => {
              copying = false // try the next member that connects
              options.log?.(`clone: ${error.message}`)
            })
          }),
        ).then(() => transports.setKeys([secret]), reject)
      }),
  )
  step(`received ${documents.size} documents`)
  await storeSnapshots(new EncryptedStorageAdapter(new FileStorageAdapter(notebookPaths(dir).store), key), rootUrl, documents)
  step('stored')
}

async function withDeadline<T>(ms: number, message: string, work: (done: Promise<void>) => Promise<T>): Promise<T> {
  let finish!: () => void
  const done = new Promise<void>((resolve) => (finish = resolve))
  let timer: NodeJS.Timeout | undefined
  try {
    return await Promise.race([
      work(done),
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms))),
    ])
  } finally {
    clearTimeout(timer)
    finish()
  }
}
