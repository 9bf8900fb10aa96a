import { FingerprintPattern, Lock } from 'lucide-react'
import { useState, type FormEvent } from 'react'
import type { Bridge } from '../../shared/bridge/bridgeClient'

/** All a locked window shows: no notebook name, no data. */
export function LockScreen({ bridge, osUnlock, hasPassphrase, onUnlocked }: { bridge: Bridge; osUnlock: boolean; hasPassphrase: boolean; onUnlocked: () => void }) {
  const [passphrase, setPassphrase] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const attempt = async (unlock: () => Promise<boolean>) => {
    setBusy(true)
    setError(undefined)
    try {
      if (await unlock()) onUnlocked()
      else setError('The system did not confirm it was you: Massline stays locked')
    } catch (e) {
      setError((e as Error).message)
      setPassphrase('')
    } finally {
      setBusy(false)
    }
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    void attempt(async () => (await bridge.unlock({ passphrase })).unlocked)
  }
  return (
    <main className="lock-screen" aria-label="Massline is locked">
      <Lock size={40} aria-hidden />
      <h1>Massline is locked</h1>
      <p className="muted">Sync and the notebooks keep running in the background.</p>
      {hasPassphrase && (
        <form onSubmit={submit} className="lock-form">
          <input className="input" type="password" aria-label="Unlock passphrase" placeholder="Passphrase" autoFocus value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
          <button className="btn primary" type="submit" disabled={busy || !passphrase}>
            Unlock
          </button>
        </form>
      )}
      {osUnlock && (
        <button className="btn" disabled={busy} onClick={() => void attempt(async () => (await bridge.unlockWithOs({})).unlocked)}>
          <FingerprintPattern size={16} aria-hidden /> Unlock with Touch ID
        </button>
      )}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </main>
  )
}
