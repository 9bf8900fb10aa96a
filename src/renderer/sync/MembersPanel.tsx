import { useState } from 'react'
import type { SyncMember, SyncPanelState } from '../../shared/syncContract'
import type { NotebookSession } from '../session/NotebookSession'

/** The devices that leave with this one: those it added, and those they added. */
function leavingWith(member: SyncMember, members: SyncMember[]): SyncMember[] {
  const gone = new Set([member.deviceKey])
  for (let grew = true; grew; ) {
    grew = false
    for (const m of members) {
      if (!gone.has(m.deviceKey) && m.addedByKey && gone.has(m.addedByKey)) {
        gone.add(m.deviceKey)
        grew = true
      }
    }
  }
  return members.filter((m) => m !== member && gone.has(m.deviceKey))
}

const seen = (member: SyncMember) =>
  member.thisDevice ? 'this computer' : member.connected ? 'connected now' : member.lastSeen ? `last seen ${new Date(member.lastSeen).toLocaleString()}` : 'not seen yet'

/** The member devices; removing one rotates the notebook's key. */
export function MembersPanel({ session, state }: { session: NotebookSession; state: SyncPanelState }) {
  const [confirming, setConfirming] = useState<SyncMember>()
  const [error, setError] = useState<string>()

  const remove = async (member: SyncMember) => {
    try {
      session.sync.set(await session.bridge.removeMember({ notebookId: session.id, deviceKey: member.deviceKey }))
      setConfirming(undefined)
    } catch (e) {
      setError((e as Error).message)
    }
  }

  return (
    <section className="card" aria-label="Members">
      <h2>Member devices</h2>
      <ul className="members">
        {state.members.map((member) => (
          <li key={member.deviceKey}>
            <span className={`dot ${member.connected || member.thisDevice ? 'on' : ''}`} aria-hidden />
            <span className="grow">
              <strong>{member.name}</strong> <span className="muted">· {seen(member)}</span>
              {member.addedBy && <span className="muted"> · added by {member.addedBy}</span>}
            </span>
            {!member.thisDevice && (
              <button className="btn small" onClick={() => setConfirming(member)}>
                Remove…
              </button>
            )}
          </li>
        ))}
      </ul>
      {confirming && (
        <div className="confirm" role="alertdialog" aria-label={`Remove ${confirming.name}`}>
          <p>
            <strong>Remove “{confirming.name}”?</strong> Massline gives this notebook a new key and hands it to every other member.
            The removed device <strong>keeps everything it already has</strong>: removal stops it from receiving anything new, it
            cannot take back what was shared.
          </p>
          {leavingWith(confirming, state.members).length > 0 && (
            <p>
              It added {leavingWith(confirming, state.members).map((m) => `“${m.name}”`).join(', ')}: they are removed with it. Invite them
              again if they should stay.
            </p>
          )}
          <button className="btn primary" onClick={() => void remove(confirming)}>Remove and change the key</button>
          <button className="btn" onClick={() => setConfirming(undefined)}>Cancel</button>
        </div>
      )}
      {error && <p className="error-text" role="alert">{error}</p>}
    </section>
  )
}
