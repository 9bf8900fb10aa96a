import { useState, type FormEvent } from 'react'
import type { Bridge } from '../../shared/bridge/bridgeClient'
import { MIN_LOCK_PASSPHRASE } from '../../shared/lockContract'
import { useLock } from './lockContext'

const IDLE_CHOICES: [number, string][] = [
  [0, 'Never'],
  [60, 'After 1 minute'],
  [300, 'After 5 minutes'],
  [900, 'After 15 minutes'],
  [1800, 'After 30 minutes'],
  [3600, 'After 1 hour'],
]

/** The app lock's settings for this device: the unlock passphrase and the idle time. */
export function LockSettingsDialog({ bridge, onClose }: { bridge: Bridge; onClose: () => void }) {
  const { settings, setSettings } = useLock()
  const [current, setCurrent] = useState('')
  const [passphrase, setPassphrase] = useState('')
  const [repeat, setRepeat] = useState('')
  const [message, setMessage] = useState<{ error: boolean; text: string }>()
  const [idle, setIdle] = useState(String(settings?.idleSeconds ?? 0))
  if (!settings) return null
  const choices = IDLE_CHOICES.some(([s]) => s === settings.idleSeconds) ? IDLE_CHOICES : [...IDLE_CHOICES, [settings.idleSeconds, `After ${settings.idleSeconds} seconds`] as [number, string]]
  const run = async (act: () => Promise<void>, done: string) => {
    setMessage(undefined)
    try {
      await act()
      setMessage({ error: false, text: done })
    } catch (e) {
      setMessage({ error: true, text: (e as Error).message })
    }
  }
  const savePassphrase = (event: FormEvent) => {
    event.preventDefault()
    if (passphrase !== repeat) return setMessage({ error: true, text: 'The two passphrases differ' })
    void run(async () => {
      setSettings(await bridge.setLockPassphrase({ passphrase, ...(settings.hasPassphrase ? { current } : {}) }))
      setCurrent('')
      setPassphrase('')
      setRepeat('')
    }, 'Unlock passphrase saved')
  }
  const saveIdle = (value: string) => {
    setIdle(value)
    void run(async () => setSettings(await bridge.setLockIdle({ idleSeconds: Number(value) })), 'Idle lock saved')
  }
  return (
    <div className="lock-settings card" role="dialog" aria-label="App lock">
      <h2>App lock</h2>
      <p className="muted">
        Locking hides everything in this window until you unlock it. Sync and the command line keep running. The passphrase is kept on this device only, as an Argon2id hash.
        {settings.osUnlock ? ' This device can also unlock with Touch ID.' : ''}
      </p>
      <form onSubmit={savePassphrase} className="lock-settings-form">
        {settings.hasPassphrase && (
          <label>
            Current passphrase
            <input className="input" type="password" value={current} onChange={(e) => setCurrent(e.target.value)} />
          </label>
        )}
        <label>
          {settings.hasPassphrase ? 'New unlock passphrase' : 'Unlock passphrase'}
          <input className="input" type="password" minLength={MIN_LOCK_PASSPHRASE} value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
        </label>
        <label>
          Repeat it
          <input className="input" type="password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />
        </label>
        <button className="btn primary" type="submit" disabled={!passphrase}>
          {settings.hasPassphrase ? 'Change passphrase' : 'Set passphrase'}
        </button>
      </form>
      <label>
        Lock when idle
        <select className="select" aria-label="Lock when idle" value={idle} disabled={!settings.hasPassphrase && !settings.osUnlock} onChange={(e) => saveIdle(e.target.value)}>
          {choices.map(([seconds, label]) => (
            <option key={seconds} value={seconds}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {message && (
        <p className={message.error ? 'error-text' : 'muted'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <button className="btn" onClick={onClose}>
        Close
      </button>
    </div>
  )
}
