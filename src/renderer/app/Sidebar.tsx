import { Moon } from 'lucide-react'
import type { NotebookSummary } from '../../shared/contract'
import type { NotebookSession } from '../session/NotebookSession'
import { useStore } from './useStore'
import { NotebookSwitcher } from './NotebookSwitcher'
import { LockButtons } from '../lock/LockButtons'
import { VIEW_INFO, VIEWS, type View } from './views'

interface Props {
  view: View
  onView: (view: View) => void
  session: NotebookSession
  notebooks: NotebookSummary[]
  onSwitch: (notebook: NotebookSummary) => void
  onCreate: (name: string) => Promise<void>
  onRename: (name: string) => Promise<void>
  onToggleTheme: () => void
  newNotebookRequest: number
}

export function Sidebar(props: Props) {
  const contacts = useStore(props.session.contacts)
  const isMac = navigator.platform.toLowerCase().includes('mac')
  return (
    <aside className="sidebar">
      <div className="brand">
        <span className="brand-mark" aria-hidden>M</span>Massline
      </div>
      <NotebookSwitcher
        current={props.session.summary}
        notebooks={props.notebooks}
        onSwitch={props.onSwitch}
        onCreate={props.onCreate}
        onRename={props.onRename}
        createRequest={props.newNotebookRequest}
      />
      <nav className="nav" aria-label="Sections">
        {VIEWS.map((view) => {
          const { title, icon: Icon } = VIEW_INFO[view]
          return (
            <button key={view} aria-current={props.view === view ? 'page' : undefined} onClick={() => props.onView(view)}>
              <Icon size={16} aria-hidden />
              {title}
              {view === 'contacts' && <span className="count">{contacts.filter((c) => !c.mergedInto).length.toLocaleString()}</span>}
            </button>
          )
        })}
      </nav>
      <div className="sidebar-footer">
        <LockButtons bridge={props.session.bridge} />
        <button className="btn small" onClick={props.onToggleTheme}>
          <Moon size={14} aria-hidden /> Light / dark
        </button>
        <div className="hint">
          <kbd>{isMac ? '⌘' : 'Ctrl'}</kbd> <kbd>K</kbd> for commands
        </div>
      </div>
    </aside>
  )
}
