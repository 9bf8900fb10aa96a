import type { NetworkAdapterInterface } from '@automerge/automerge-repo'
import type { Bridge } from '../../shared/bridge/bridgeClient'

/** Where the renderer runs: inside Electron, or in a browser against the loopback host. */
export interface Platform {
  kind: 'electron' | 'host'
  bridge: Bridge
  /** A network adapter that joins this window to one notebook's repo in the core. */
  syncAdapter(notebookId: string): Promise<NetworkAdapterInterface>
}
