import { useCallback, useEffect, useState } from 'react'
import type { InterruptedImport, StorageStatus } from '../../shared/writesContract'
import type { NotebookSession } from '../session/NotebookSession'

const count = (n: number) => n.toLocaleString()
const finished = (batch: InterruptedImport, n: number) => (batch.kind === 'bundle' ? `Finished: the rest of ${batch.fileName} is merged (${count(n)} documents), nothing twice.` : `Finished: ${count(n)} more contacts, none twice.`)

/** What stopped half-way in this notebook: a disk that takes no writes, an import cut short. Each with what to do. */
export function WritesBanner({ session }: { session: NotebookSession }) {
  const { bridge, id: notebookId } = session
  const [storage, setStorage] = useState<StorageStatus>({ pending: 0 })
  const [interrupted, setInterrupted] = useState<InterruptedImport[]>([])
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState('')

  const refresh = useCallback(async () => {
    const health = await bridge.writesHealth({ notebookId })
    setStorage(health.storage)
    setInterrupted(health.interrupted)
  }, [bridge, notebookId])

  useEffect(() => {
    void refresh()
    return bridge.on('storageChanged', ({ notebookId: id, ...state }) => id === notebookId && setStorage(state))
  }, [bridge, notebookId, refresh])

  const act = async (run: () => Promise<string>) => {
    setBusy(true)
    try {
      setMessage(await run())
      await refresh()
    } catch (error) {
      setMessage((error as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      {storage.noRoom && (
        <div className="banner writes-banner" role="alert" data-testid="no-room">
          <span>
            {storage.noRoom}: this notebook is read-only for now. Your changes are kept and will be saved once there is room
            {storage.pending ? ` (${count(storage.pending)} waiting)` : ''}. You can still read and export everything.
          </span>
          <button className="btn" disabled={busy} onClick={() => void act(async () => ((await bridge.retryWrites({ notebookId })).noRoom ? 'Still no room: free some space, then try again.' : 'Saved.'))}>
            Try again
          </button>
        </div>
      )}
      {interrupted.map((batch) => (
        <div key={batch.id} className="banner writes-banner" role="alert" data-testid="interrupted-import">
          <span>
            {batch.kind === 'generate' ? 'Generating sample records' : `An import of ${batch.fileName}`} stopped after {count(batch.landed)} of {count(batch.total)} {batch.kind === 'bundle' ? 'documents' : 'rows'}.
          </span>
          <button className="btn" disabled={busy} onClick={() => void act(async () => finished(batch, (await bridge.finishImport({ notebookId, importId: batch.id })).imported))}>
            Finish it
          </button>
          {batch.kind === 'contacts' && (
            <button className="btn" disabled={busy} onClick={() => void act(async () => `Undone: removed ${count((await bridge.undoImport({ notebookId, importId: batch.id })).contacts)} contacts.`)}>
              Undo it
            </button>
          )}
        </div>
      ))}
      {message && (
        <div className="writes-note" role="status">
          {message} <button className="btn subtle" onClick={() => setMessage('')}>Dismiss</button>
        </div>
      )}
    </>
  )
}
