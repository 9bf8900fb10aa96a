import { CalendarCheck, Clock, FileText, Flame, ListChecks, Network, Flag, Grid3x3, Building2, Megaphone, NotebookPen, RefreshCw, Search, Users, type LucideIcon } from 'lucide-react'
import type { NotebookSession } from '../session/NotebookSession'

export const VIEWS = ['today', 'contacts', 'notes', 'places', 'matrix', 'campaigns', 'meetings', 'tasks', 'actions', 'teams', 'time', 'leaflets', 'search', 'sync'] as const
export type View = (typeof VIEWS)[number]

export const VIEW_INFO: Record<View, { title: string; icon: LucideIcon; key: string }> = {
  today: { title: 'Today', icon: CalendarCheck, key: '1' },
  contacts: { title: 'Contacts', icon: Users, key: '2' },
  notes: { title: 'Notes', icon: NotebookPen, key: '3' },
  places: { title: 'Places', icon: Building2, key: '4' },
  matrix: { title: 'Matrix', icon: Grid3x3, key: '5' },
  campaigns: { title: 'Campaigns', icon: Flag, key: '6' },
  meetings: { title: 'Meetings', icon: FileText, key: '7' },
  // The mobilization screens have no digit left: the command palette (Ctrl+K) reaches them.
  tasks: { title: 'Tasks', icon: ListChecks, key: '' },
  actions: { title: 'Actions', icon: Flame, key: '' },
  teams: { title: 'Teams', icon: Network, key: '' },
  time: { title: 'Our time', icon: Clock, key: '' },
  leaflets: { title: 'Leaflets', icon: Megaphone, key: '8' },
  search: { title: 'Search', icon: Search, key: '9' },
  sync: { title: 'Sync', icon: RefreshCw, key: '0' },
}

/** Where the window is: a view and, for some, what it shows (`#notes/<id>`, `#places/<id>`). */
export interface Route {
  view: View
  /** The rest of the hash after the view, e.g. a record id or `new`; '' when none. */
  param: string
}

/** Moves to a view (and optionally a record in it); it becomes the URL hash, so reloads and links land there. */
export type Go = (view: View, param?: string) => void

/** What every view component receives. */
export interface ViewProps {
  session: NotebookSession
  param: string
  go: Go
}

export function routeFromHash(hash: string): Route {
  const [name = '', ...rest] = hash.replace(/^#\/?/, '').split('/')
  const view = (VIEWS as readonly string[]).includes(name) ? (name as View) : 'today'
  return { view, param: view === name ? decodeURIComponent(rest.join('/')) : '' }
}

export function hashFor(view: View, param = ''): string {
  return param ? `#${view}/${encodeURIComponent(param)}` : `#${view}`
}
