import { useState } from 'react'
import type { SyncJoinRequest } from '../../shared/syncContract'
import type { NotebookSession } from '../session/NotebookSession'

/** Devices that used one of our invites and wait to be let in, each with its six digits. */
export function JoinRequests({ session, requests }: { session: NotebookSession; requests: SyncJoinRequest[] }) {
  const [error, setError] = useState<string>()
  if (!requests.length) return null
  const decide = async (request: SyncJoinRequest, confirm: boolean) => {
    setError(undefined)
    try {
      const args = { notebookId: session.id, requestId: request.id }
      session.sync.set(await (confirm ? session.bridge.confirmJoin(args) : session.bridge.rejectJoin(args)))
    } catch (e) {
      setError((e as Error).message)
    }
  }
  return (
    <div className="join-requests">
      {requests.map((request) => (
        <div key={request.id} className="confirm" role="alertdialog" aria-label={`${request.deviceName} wants to join`}>
          <p>
            <strong>“{request.deviceName}” wants to join this notebook.</strong> Let it in only if its screen shows the same digits:
          </p>
          <p className="sas" data-testid="request-sas">{request.sas}</p>
          <p className="muted">If the digits differ, or you do not know this device, refuse: someone else may have the code.</p>
          <button className="btn primary" onClick={() => void decide(request, true)}>The digits match: let it in</button>
          <button className="btn" onClick={() => void decide(request, false)}>Refuse</button>
        </div>
      ))}
      {error && <p className="error-text" role="alert">{error}</p>}
    </div>
  )
}
