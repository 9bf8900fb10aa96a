import { Printer } from 'lucide-react'
import { useMemo, useRef, useState } from 'react'
import { readContact } from '../../shared/contacts/contact'
import { setConsent } from '../../shared/contacts/contactMutations'
import { isFirstTimer, logAttendance } from '../../shared/meetings/attendance'
import type { Meeting } from '../../shared/meetings/meeting'
import { signIn } from '../../shared/meetings/meetingMutations'
import { matchSignIn, type SignInEntry } from '../../shared/meetings/signInMatch'
import type { Place } from '../../shared/places/place'
import { useStore } from '../app/useStore'
import { createContact, editContacts } from '../contacts/contactActions'
import type { NotebookSession } from '../session/NotebookSession'
import type { EditMeeting } from './MeetingPage'

const EMPTY: SignInEntry = { name: '', phone: '', placeId: '', unit: '', language: '', canCall: true }

/**
 * The sign-in desk: print the paper sheet, then sign people in at the keyboard (at the door or
 * from the sheet afterwards). Enter signs in the existing contact the duplicate scorer matches,
 * or a new one; consent to calls is recorded; first-timers are flagged for the orientation.
 */
export function SignInDesk({ session, meeting, places, edit }: { session: NotebookSession; meeting: Meeting; places: Place[]; edit: EditMeeting }) {
  const rows = useStore(session.contacts)
  const [entry, setEntry] = useState<SignInEntry>({ ...EMPTY, placeId: meeting.placeId })
  const [status, setStatus] = useState('')
  const [printed, setPrinted] = useState('')
  const first = useRef<HTMLInputElement>(null)
  const candidates = useMemo(() => rows.filter((r) => !r.mergedInto).map((r) => ({ id: r.id, name: r.name, phones: r.phone ? [r.phone] : [], email: r.email, placeId: r.placeId })), [rows])
  const match = useMemo(() => (entry.name.trim() || entry.phone.trim() ? matchSignIn(entry, candidates)[0] : undefined), [entry, candidates])
  const matched = match && session.contacts.byId(match.id)

  const print = async () => {
    setPrinted('Printing…')
    try {
      const { path } = await session.bridge.exportSignIn({ notebookId: session.id, meetingId: meeting.id })
      setPrinted(path ? `Saved ${path}` : '')
    } catch (error) {
      setPrinted(`Could not print: ${(error as Error).message}`)
    }
  }

  const submit = async (asNew: boolean) => {
    if (!entry.name.trim() && !entry.phone.trim()) return setStatus('Type a name or a phone number')
    let id: string
    let firstTime: boolean
    if (matched && !asNew) {
      id = matched.id
      firstTime = isFirstTimer((await session.contactShard(id)).doc().records[id], 'meeting', meeting.id)
      if (!entry.canCall) await editContacts(session, [id], (shard, cid, now) => setConsent(shard, cid, { ...readContact(shard.records[cid]!).consent, call: false }, now))
    } else {
      id = await createContact(session, { name: entry.name, phones: entry.phone.trim() ? [entry.phone] : [], placeId: entry.placeId, unit: entry.unit, languages: entry.language ? [entry.language] : [], consent: { call: entry.canCall }, whereMet: meeting.title })
      firstTime = true
    }
    edit((d, mid, now) => signIn(d, mid, id, { at: now, firstTime }, now))
    await editContacts(session, [id], (shard, cid, now) => logAttendance(shard, cid, { gathering: 'meeting', id: meeting.id, at: meeting.date, campaignId: meeting.campaignId }, now))
    const name = session.contacts.byId(id)?.name ?? entry.name
    setStatus(`Signed in ${name}${matched && !asNew ? ` (matched: ${match!.reasons.join(', ')})` : ' (new contact)'}${firstTime ? ', first time: to the orientation' : ''}`)
    setEntry({ ...EMPTY, placeId: entry.placeId })
    first.current?.focus()
  }

  const set = (field: keyof SignInEntry) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setEntry({ ...entry, [field]: field === 'canCall' ? (e.target as HTMLInputElement).checked : e.target.value })
  return (
    <section aria-label="Sign-in">
      <div className="stack">
        <button className="btn" onClick={() => void print()}><Printer size={14} aria-hidden /> Print the sign-in sheet</button>
        <span className="muted" data-testid="signin-print-status">{printed}</span>
      </div>
      <h3>Sign people in</h3>
      <form className="signin-form" aria-label="Sign in" onSubmit={(e) => (e.preventDefault(), void submit(false))}>
        <input ref={first} autoFocus className="input" aria-label="Name" placeholder="Name" value={entry.name} onChange={set('name')} />
        <input className="input" aria-label="Phone" placeholder="Phone" value={entry.phone} onChange={set('phone')} />
        <select className="select" aria-label="Building" value={entry.placeId} onChange={set('placeId')}>
          <option value="">Building…</option>
          {places.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
        <input className="input" aria-label="Unit" placeholder="Unit" value={entry.unit} onChange={set('unit')} />
        <input className="input" aria-label="Language" placeholder="Language" value={entry.language} onChange={set('language')} />
        <label className="inline-label"><input type="checkbox" aria-label="Can we call you?" checked={entry.canCall} onChange={set('canCall')} /> Can we call?</label>
        <button className="btn primary" type="submit">Sign in</button>
      </form>
      <p className="signin-match muted" data-testid="signin-match">
        {matched ? (
          <>
            Enter signs in <strong>{matched.name}</strong> ({match!.reasons.join(', ')}).{' '}
            <button className="btn small" type="button" onClick={() => void submit(true)}>No, a new person</button>
          </>
        ) : entry.name || entry.phone ? 'No match: Enter adds a new contact.' : ''}
      </p>
      <p role="status" data-testid="signin-status">{status}</p>
      <h3>Signed in ({meeting.signIns.length})</h3>
      <ul className="people-list" aria-label="Signed in">
        {meeting.signIns.map((s) => (
          <li key={s.contactId} data-testid="signed-in">
            <span className="name">{session.contacts.byId(s.contactId)?.name ?? 'Someone not in this notebook'}</span>
            {s.firstTime && <span className="pill first">First time: orientation</span>}
          </li>
        ))}
      </ul>
    </section>
  )
}
