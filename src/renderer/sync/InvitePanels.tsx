import { useEffect, useState, type FormEvent } from 'react'
import type { NotebookSummary } from '../../shared/contract'
import type { InviteView, SyncPanelState } from '../../shared/syncContract'
import type { NotebookSession } from '../session/NotebookSession'
import { JoinRequests } from './JoinRequests'

const EXPIRIES = [
  { minutes: 15, label: '15 minutes' },
  { minutes: 60, label: '1 hour' },
  { minutes: 24 * 60, label: '24 hours' },
]

/**
 * A one-time invite: a code and a QR image; the notebook's key never travels in it. A device
 * that uses it waits for this user to confirm it, comparing the digits both screens show.
 */
export function InvitePanel({ session, state }: { session: NotebookSession; state: SyncPanelState | undefined }) {
  const enabled = state?.enabled === true
  const [created, setInvite] = useState<InviteView>()
  // once used (or expired, or cancelled) the code is no longer worth showing
  const invite = created && state && state.openInvites > 0 ? created : undefined
  const [minutes, setMinutes] = useState(15)
  const [error, setError] = useState<string>()
  const create = async () => {
    setError(undefined)
    try {
      setInvite(await session.bridge.createInvite({ notebookId: session.id, expiresInMinutes: minutes }))
    } catch (e) {
      setError((e as Error).message)
    }
  }
  const cancel = async () => {
    session.sync.set(await session.bridge.cancelInvites({ notebookId: session.id }))
    setInvite(undefined)
  }
  return (
    <section className="card" aria-label="Invite a comrade">
      <h2>Invite a comrade</h2>
      <p className="muted">
        The invite works once, while this computer is online with sync on. When a device uses it, you confirm it here after checking
        that its screen shows the same six digits: a photo of the code is not enough to get in.
      </p>
      {state && <JoinRequests session={session} requests={state.joinRequests} />}
      {invite ? (
        <div className="invite">
          <img alt="Invite QR code" width={180} height={180} src={`data:image/svg+xml;utf8,${encodeURIComponent(invite.qrSvg)}`} />
          <div className="grow">
            <label className="muted" htmlFor="invite-code">Invite code</label>
            <textarea id="invite-code" className="textarea code" readOnly value={invite.code} data-testid="invite-code" />
            <p className="muted">Expires {new Date(invite.expiresAt).toLocaleString()}.</p>
            <button className="btn small" onClick={() => void cancel()}>Cancel open invites</button>
          </div>
        </div>
      ) : (
        <div className="card-row">
          <label className="muted">
            Valid for{' '}
            <select className="input" value={minutes} onChange={(e) => setMinutes(Number(e.target.value))} aria-label="Invite valid for">
              {EXPIRIES.map((x) => (
                <option key={x.minutes} value={x.minutes}>{x.label}</option>
              ))}
            </select>
          </label>
          <button className="btn primary" disabled={!enabled} onClick={create}>
            Create an invite
          </button>
        </div>
      )}
      {!enabled && !invite && <p className="muted">Turn sync on to invite someone.</p>}
      {error && <p className="error-text" role="alert">{error}</p>}
    </section>
  )
}

/** Joining someone else's notebook from their invite code; shows the digits to compare. */
export function JoinPanel({ session, onJoined }: { session: NotebookSession; onJoined: (notebook: NotebookSummary) => void }) {
  const [code, setCode] = useState('')
  const [deviceName, setDeviceName] = useState('')
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false })
  const [sas, setSas] = useState<string | null>(null)
  useEffect(() => {
    if (!state.busy) return setSas(null)
    const timer = setInterval(() => void session.bridge.joinProgress({}).then((p) => setSas(p.sas)), 500)
    return () => clearInterval(timer)
  }, [state.busy, session])
  const join = async (event: FormEvent) => {
    event.preventDefault()
    setState({ busy: true })
    try {
      onJoined(await session.bridge.joinNotebook({ code: code.trim(), deviceName: deviceName.trim() }))
    } catch (e) {
      setState({ busy: false, error: (e as Error).message })
    }
  }
  return (
    <section className="card" aria-label="Join a notebook">
      <h2>Join a comrade’s notebook</h2>
      <form className="stack" onSubmit={join}>
        <input className="input" aria-label="Invite code" placeholder="Paste the invite code" value={code} onChange={(e) => setCode(e.target.value)} />
        <input className="input" aria-label="Name of this device" placeholder="Name of this device, e.g. Dana’s laptop" value={deviceName} onChange={(e) => setDeviceName(e.target.value)} />
        <button className="btn" type="submit" disabled={state.busy || !code.trim() || !deviceName.trim()}>
          {state.busy ? (sas ? 'Waiting for the inviter to confirm…' : 'Looking for the inviting device…') : 'Join'}
        </button>
      </form>
      {sas && (
        <p className="sas-box" data-testid="join-sas">
          Your comrade’s screen must show <strong className="sas">{sas}</strong>. Tell them the digits; they confirm on their device.
        </p>
      )}
      {state.error && <p className="error-text" role="alert">{state.error}</p>}
    </section>
  )
}
