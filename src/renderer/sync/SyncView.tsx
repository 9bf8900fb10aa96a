import { RefreshCw } from 'lucide-react'
import { useState } from 'react'
import type { NotebookSummary } from '../../shared/contract'
import { useStore } from '../app/useStore'
import type { NotebookSession } from '../session/NotebookSession'
import { PageHeader } from '../views/PageHeader'
import { BundlePanel } from './BundlePanel'
import { InvitePanel, JoinPanel } from './InvitePanels'
import { MembersPanel } from './MembersPanel'
import { MembershipLogPanel } from './MembershipLogPanel'
import { PurgeHistoryPanel } from './PurgeHistoryPanel'

/** Sync for the open notebook: off by default, members, invites, the membership log, purges from history, and the encrypted file. */
export function SyncView({ session, onJoined }: { session: NotebookSession; onJoined: (notebook: NotebookSummary) => void }) {
  const state = useStore(session.sync)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const enabled = state?.enabled === true

  const toggle = async () => {
    setBusy(true)
    setError(undefined)
    try {
      session.sync.set(await session.bridge.setSyncEnabled({ notebookId: session.id, enabled: !enabled }))
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <PageHeader title="Sync" />
      <div className="page-body scroll">
        <div className="cards">
          <section className="card" aria-label="Sync this notebook">
            <div className="card-row">
              <RefreshCw size={20} aria-hidden className={enabled ? 'accent' : 'muted'} />
              <div className="grow">
                <h2>{enabled ? 'Syncing with your comrades' : 'Sync is off'}</h2>
                <p className="muted">
                  {enabled
                    ? 'Peer to peer and encrypted, over the internet and the local network, with no company’s server in between. Only devices holding this notebook’s key can connect.'
                    : 'This notebook lives only on this computer. Nothing leaves it, and no connection is opened, until you turn sync on.'}
                </p>
              </div>
              <button className={`btn ${enabled ? '' : 'primary'}`} role="switch" aria-checked={enabled} disabled={busy || !state} onClick={toggle}>
                {enabled ? 'Turn sync off' : 'Turn sync on'}
              </button>
            </div>
            {enabled && state && (
              <dl className="stats">
                <div><dt>Connected devices</dt><dd data-testid="sync-peers">{state.peers.length ? state.peers.map((p) => p.name).join(', ') : 'none right now'}</dd></div>
                <div><dt>Last sync</dt><dd>{state.lastSyncAt ? new Date(state.lastSyncAt).toLocaleString() : 'not yet'}</dd></div>
                <div><dt>Documents to send</dt><dd>{state.documentsPending}</dd></div>
              </dl>
            )}
            {[...(state?.errors ?? []), ...(error ? [error] : [])].map((e) => (
              <p key={e} className="error-text" role="alert">{e}</p>
            ))}
          </section>
          <InvitePanel session={session} state={state ?? undefined} />
          {state && <MembersPanel session={session} state={state} />}
          {state && <MembershipLogPanel history={state.history} />}
          <PurgeHistoryPanel session={session} />
          <JoinPanel session={session} onJoined={onJoined} />
          <BundlePanel session={session} />
        </div>
      </div>
    </>
  )
}
