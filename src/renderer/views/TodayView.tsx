import { CalendarCheck } from 'lucide-react'
import { plural } from '../app/plural'
import { useStore } from '../app/useStore'
import type { View } from '../app/views'
import type { NotebookSession } from '../session/NotebookSession'
import { EmptyState } from './EmptyState'
import { PageHeader } from './PageHeader'

export function TodayView({ session, onView }: { session: NotebookSession; onView: (view: View) => void }) {
  const contacts = useStore(session.contacts)
  return (
    <>
      <PageHeader title="Today" />
      <div className="page-body">
        <EmptyState
          icon={CalendarCheck}
          title="Nobody is due for a call today"
          actions={
            <button className="btn primary" onClick={() => onView('contacts')}>
              {contacts.length ? 'Open contacts' : 'Add your first contact'}
            </button>
          }
        >
          Every conversation that goes well yields a contact, and contacts are called back. People you promised to call, and
          people you have not talked to in too long, will line up here each day.
          {contacts.length > 0 && ` This notebook holds ${plural(contacts.length, 'contact')}.`}
        </EmptyState>
      </div>
    </>
  )
}
