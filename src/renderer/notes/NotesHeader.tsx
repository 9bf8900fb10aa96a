import { NotebookPen, Plus, Quote, Tags } from 'lucide-react'
import type { ReactNode } from 'react'
import type { Go } from '../app/views'
import { PageHeader } from '../views/PageHeader'

const SECTIONS = [
  { param: '', label: 'Conversations', icon: NotebookPen },
  { param: 'quotes', label: 'Quotes', icon: Quote },
  { param: 'problems', label: 'Problems', icon: Tags },
] as const

/** The notes header: its sections, and fast entry. */
export function NotesHeader({ title, param, go, children }: { title: string; param: string; go: Go; children?: ReactNode }) {
  return (
    <PageHeader title={title}>
      {children}
      <nav className="notes-tabs" aria-label="Notes sections">
        {SECTIONS.map(({ param: p, label, icon: Icon }) => (
          <button key={label} className={`btn${param === p ? ' active' : ''}`} aria-current={param === p ? 'page' : undefined} onClick={() => go('notes', p)}>
            <Icon size={15} aria-hidden /> {label}
          </button>
        ))}
      </nav>
      <button className="btn primary" onClick={() => go('notes', 'new')} title="Type up conversations one after another">
        <Plus size={15} aria-hidden /> Fast entry
      </button>
    </PageHeader>
  )
}
