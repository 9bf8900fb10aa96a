import { useState } from 'react'
import type { Campaign } from '../../shared/campaigns/campaign'
import type { Meeting, MeetingDoc } from '../../shared/meetings/meeting'
import type { Place } from '../../shared/places/place'
import { formatWhen } from '../notes/dates'
import { editRecord, type RecordMutation } from '../places/editRecord'
import type { NotebookSession } from '../session/NotebookSession'
import { AgendaEditor } from './AgendaEditor'
import { CloseOut } from './CloseOut'
import { RunSheet } from './RunSheet'
import { SignInDesk } from './SignInDesk'

const TABS = [['agenda', 'Agenda'], ['run', 'Run sheet'], ['signin', 'Sign-in'], ['close', 'Close-out']] as const
type Tab = (typeof TABS)[number][0]

export type EditMeeting = (mutate: RecordMutation<MeetingDoc>) => void

/** One meeting: its agenda, the run sheet while it runs, the sign-in desk, and the close-out where everyone gets a task. */
export function MeetingPage({ session, meeting, campaigns, places }: { session: NotebookSession; meeting: Meeting; campaigns: Campaign[]; places: Place[] }) {
  const [tab, setTab] = useState<Tab>('agenda')
  const [error, setError] = useState('')
  const edit: EditMeeting = (mutate) => void editRecord<MeetingDoc>(session, 'meetings', meeting.id, mutate).then((failed) => setError(failed ?? ''))
  const campaign = campaigns.find((c) => c.id === meeting.campaignId)
  const place = places.find((p) => p.id === meeting.placeId)
  return (
    <>
      <h2 data-testid="meeting-title">{meeting.title}</h2>
      <p className="muted">
        {formatWhen(meeting.date)}
        {place && ` · ${place.name}`}
        {campaign && ` · ${campaign.name}`} · facilitated by {meeting.facilitators.join(', ') || 'nobody yet'}
      </p>
      {error && <p className="error-text" role="alert">{error}</p>}
      <div className="tabs" role="tablist" aria-label="Meeting">
        {TABS.map(([id, label]) => (
          <button key={id} role="tab" aria-selected={tab === id} onClick={() => setTab(id)}>
            {label}
          </button>
        ))}
      </div>
      {tab === 'agenda' && <AgendaEditor session={session} meeting={meeting} edit={edit} />}
      {tab === 'run' && <RunSheet meeting={meeting} edit={edit} />}
      {tab === 'signin' && <SignInDesk session={session} meeting={meeting} places={places} edit={edit} />}
      {tab === 'close' && <CloseOut session={session} meeting={meeting} />}
    </>
  )
}
