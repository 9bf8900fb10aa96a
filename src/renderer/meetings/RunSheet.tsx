import type { Meeting } from '../../shared/meetings/meeting'
import { runPart } from '../../shared/meetings/meetingMutations'
import { formatLeft, runState } from '../../shared/meetings/runSheet'
import type { EditMeeting } from './MeetingPage'
import { useNow } from './useMobilization'

/** During the meeting: the part under way and the time left in its box, and a button to move on. */
export function RunSheet({ meeting, edit }: { meeting: Meeting; edit: EditMeeting }) {
  const now = useNow(1000)
  const state = runState(meeting, now)
  const start = (partId: string | null) => edit((d, id, t) => runPart(d, id, partId, t))
  return (
    <section aria-label="Run sheet">
      {state ? (
        <div className="run-now" data-testid="run-now">
          <div className="muted">
            Part {state.index + 1} of {meeting.agenda.length}
            {state.part.leader && ` · led by ${state.part.leader}`}
          </div>
          <h3 data-testid="run-part">{state.part.title}</h3>
          <div className={`left${state.leftMs < 0 ? ' over' : ''}`} data-testid="run-left">{formatLeft(state.leftMs)}</div>
          {state.part.notes && <p>{state.part.notes}</p>}
          <div className="stack">
            <button className="btn primary" onClick={() => start(state.next?.id ?? null)}>{state.next ? `Next: ${state.next.title}` : 'End the meeting'}</button>
            <button className="btn" onClick={() => start(null)}>Stop</button>
          </div>
        </div>
      ) : (
        <div className="stack">
          <button className="btn primary" disabled={!meeting.agenda.length} onClick={() => start(meeting.agenda[0]!.id)}>Start the meeting</button>
          <span className="muted">The run sheet shows the part under way and the time left in its box.</span>
        </div>
      )}
      <ol className="agenda">
        {meeting.agenda.map((p) => (
          <li key={p.id} className={`agenda-part${p.id === state?.part.id ? ' current' : ''}`} aria-current={p.id === state?.part.id ? 'step' : undefined}>
            <strong>{p.title}</strong>
            <span className="muted">{p.minutes} min</span>
            <span className="muted">{p.leader}</span>
            <button className="btn small" onClick={() => start(p.id)}>Start here</button>
          </li>
        ))}
      </ol>
    </section>
  )
}
