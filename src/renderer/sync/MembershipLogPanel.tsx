import type { SyncLogEntry } from '../../shared/syncContract'

const describe = (e: SyncLogEntry): string => {
  switch (e.kind) {
    case 'founded':
      return `${e.by} made the notebook`
    case 'carried-over':
      return `${e.by} carried over the member list from an older version`
    case 'added':
      return `${e.by} added ${e.target ?? 'a device'}`
    case 'removed':
      return `${e.by} removed ${e.target ?? 'a device'}${e.cascade?.length ? `, and with it ${e.cascade.join(', ')} (added by it)` : ''}; the key changed`
    case 'rotated':
      return `${e.by} changed the notebook key`
    case 'renamed':
      return `${e.by} renamed itself`
  }
}

/** The signed membership log: who added or removed whom, and when. Every member sees the same. */
export function MembershipLogPanel({ history }: { history: SyncLogEntry[] }) {
  return (
    <section className="card" aria-label="Membership log">
      <h2>Membership log</h2>
      <p className="muted">Every change of members is signed by the device that made it and checked by every other member.</p>
      <ol className="membership-log">
        {history.map((e, i) => (
          <li key={`${e.at}-${i}`}>
            <time className="muted" dateTime={new Date(e.at).toISOString()}>{new Date(e.at).toLocaleString()}</time> {describe(e)}
          </li>
        ))}
      </ol>
    </section>
  )
}
