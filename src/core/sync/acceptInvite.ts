import type { AutomergeUrl } from '@automerge/automerge-repo'
import NoiseSecretStream from '@hyperswarm/secret-stream'
import { notebookPaths, readNotebookMeta, sealName, writeNotebookMeta } from '../notebook/notebookFiles'
import { EncryptedStorageAdapter } from '../atRest/EncryptedStorageAdapter'
import { keyFor, type KeyVault } from '../atRest/KeyVault'
import { SealedFiles } from '../atRest/SealedFiles'
import { FileStorageAdapter } from '../storage/FileStorageAdapter'
import type { Authenticated } from './authenticate'
import { gatedSource } from './gate'
import { claimInvite, type Grant } from './handover'
import { decodeInviteCode } from './inviteCode'
import { exchangeLog } from './logExchange'
import { MembershipLog } from './membership/MembershipLog'
import { receiveSnapshots, storeSnapshots } from './snapshots'
import { newDeviceSeed, readSyncConfig, writeSyncConfig, type SyncConfig } from './syncConfig'
import { openTransports, type TransportOptions } from './transports'

export interface AcceptOptions extends TransportOptions {
  /** An empty (or missing) directory that becomes the notebook. */
  dir: string
  deviceName: string
  /** Where the joined notebook's storage key is kept. */
  keys: KeyVault
  /** How long to look for the inviter's device and wait for its user to confirm us. */
  timeoutMs?: number
  /** The short authentication string to show: the inviter confirms only if its screen shows the same. */
  onSas?: (sas: string) => void
  log?: (line: string) => void
}

/**
 * Joins a notebook from an invite code: finds the inviter by the pairing key, proves it,
 * shows the short authentication string and waits for the inviter's confirmation, checks the
 * notebook comes from the device the code names, then copies every document from the members.
 */
export async function acceptInvite(
  code: string,
  options: AcceptOptions,
): Promise<{ notebookId: string; name: string }> {
  const { pairingKey, inviterKey } = decodeInviteCode(code)
  if (await readNotebookMeta(options.dir)) throw new Error(`${options.dir} already holds a notebook`)
  const deviceSeed = newDeviceSeed()
  const keyPair = NoiseSecretStream.keyPair(Buffer.from(deviceSeed, 'hex'))
  const timeoutMs = options.timeoutMs ?? 15 * 60_000
  const grant = await withDeadline(
    timeoutMs,
    'Could not reach the inviting device, or it did not confirm this device in time',
    (signal) =>
      new Promise<Grant>((resolve, reject) => {
        const transports = openTransports(keyPair, new Set(), options)
        const source = gatedSource(transports.sources, {
          keys: () => [{ mode: 'invite', key: pairingKey }],
          banned: new Set(),
          onSideChannel: (connection: Authenticated) => {
            // only the device the code names may hand us a notebook
            if (connection.remoteKey !== inviterKey) return connection.channel.close('not the inviting device')
            void claimInvite(connection, options.deviceName, (sas) => options.onSas?.(sas), timeoutMs).then(
              resolve,
              (error: Error) => options.log?.(`claim failed: ${error.message}`),
            )
          },
          ...(options.log ? { log: options.log } : {}),
        })
        signal.finally(() => void source.stop())
        void Promise.resolve(source.start(() => {})).then(() => transports.setKeys([pairingKey]), reject)
      }),
  )
  const joined = checkGrant(grant, keyPair.publicKey.toString('hex'), inviterKey, deviceSeed, options.deviceName)
  const { notebook } = grant.handover
  const key = await keyFor(options.keys, notebook.id)
  await writeSyncConfig(new SealedFiles(key, options.dir), joined)
  options.log?.('invite: received the notebook key')
  await cloneNotebook(options.dir, notebook.rootUrl as AutomergeUrl, key, joined, options)
  await writeNotebookMeta(options.dir, {
    format: 1,
    id: notebook.id,
    rootUrl: notebook.rootUrl,
    sealedName: sealName(key, notebook.name),
    createdAt: Date.now(),
    sealed: true,
  })
  return { notebookId: notebook.id, name: notebook.name }
}

/**
 * The invitee's checks: the log verifies, ties to the notebook handed over, and has the
 * inviter's own signed add of this device. Anything else is not the inviter's notebook.
 */
function checkGrant(grant: Grant, self: string, inviterKey: string, deviceSeed: string, deviceName: string): SyncConfig {
  const { handover, ops } = grant
  const log = new MembershipLog(
    { notebookId: handover.notebook.id, rootUrl: handover.notebook.rootUrl, genesis: handover.genesis },
    ops,
  )
  const me = log.state.members.get(self)
  if (!log.isMember(inviterKey) || me?.addedBy !== inviterKey) {
    throw new Error('The notebook did not come from the device that invited you: nothing was joined')
  }
  return {
    format: 2,
    deviceSeed,
    deviceName,
    genesis: handover.genesis,
    log: log.ops(),
    secrets: [{ keyId: handover.keyId, secret: handover.secret }],
    invites: [],
  }
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
  const found = config ?? (await readSyncConfig(new SealedFiles(key, dir)))
  if (!found || found.format !== 2) throw new Error(`${dir} has no sync.json of this version`)
  const sync = found
  const keyPair = NoiseSecretStream.keyPair(Buffer.from(sync.deviceSeed, 'hex'))
  const secret = Buffer.from(sync.secrets[0]!.secret, 'hex')
  const party = { ops: () => sync.log, isMember: () => true, merge: () => {} }
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
          // the member checks our add in our log before it serves us
          exchange: (connection) => exchangeLog(connection, party),
          ...(options.log ? { log: options.log } : {}),
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
