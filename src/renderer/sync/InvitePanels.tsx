import { useState, type FormEvent } from 'react'
import type { NotebookSummary } from '../../shared/contract'
import type { InviteView } from '../../shared/syncContract'
import type { NotebookSession } from '../session/NotebookSession'

/** A one-time invite: a code and a QR image; the notebook's long-term key never travels in it. */
export function InvitePanel({ session, enabled }: { session: NotebookSession; enabled: boolean }) {
  const [invite, setInvite] = useState<InviteView>()
  const [error, setError] = useState<string>()
  const create = async () => {
    setError(undefined)
    try {
      setInvite(await session.bridge.createInvite({ notebookId: session.id }))
    } catch (e) {
      setError((e as Error).message)
    }
  }
  return (
    <section className="card" aria-label="Invite a comrade">
      <h2>Invite a comrade</h2>
      <p className="muted">
        The invite works once, for 24 hours, while this computer is online with sync on. Give it in person: whoever holds it can join
        this notebook.
      </p>
      {invite ? (
        <div className="invite">
          <img alt="Invite QR code" width={180} height={180} src={`data:image/svg+xml;utf8,${encodeURIComponent(invite.qrSvg)}`} />
          <div className="grow">
            <label className="muted" htmlFor="invite-code">Invite code</label>
            <textarea id="invite-code" className="textarea code" readOnly value={invite.code} data-testid="invite-code" />
            <p className="muted">Expires {new Date(invite.expiresAt).toLocaleString()}.</p>
          </div>
        </div>
      ) : (
        <button className="btn primary" disabled={!enabled} onClick={create}>
          Create an invite
        </button>
      )}
      {!enabled && !invite && <p className="muted">Turn sync on to invite someone.</p>}
      {error && <p className="error-text" role="alert">{error}</p>}
    </section>
  )
}

/** Joining someone else's notebook from their invite code. */
export function JoinPanel({ session, onJoined }: { session: NotebookSession; onJoined: (notebook: NotebookSummary) => void }) {
  const [code, setCode] = useState('')
  const [deviceName, setDeviceName] = useState('')
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false })
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
          {state.busy ? 'Looking for the inviting device…' : 'Join'}
        </button>
      </form>
      {state.error && <p className="error-text" role="alert">{state.error}</p>}
    </section>
  )
}
