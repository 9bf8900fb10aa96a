import { CalendarCheck, FileText, Flag, Megaphone, NotebookPen, RefreshCw, Users, type LucideIcon } from 'lucide-react'

export const VIEWS = ['today', 'contacts', 'notes', 'campaigns', 'meetings', 'leaflets', 'sync'] as const
export type View = (typeof VIEWS)[number]

export const VIEW_INFO: Record<View, { title: string; icon: LucideIcon; key: string }> = {
  today: { title: 'Today', icon: CalendarCheck, key: '1' },
  contacts: { title: 'Contacts', icon: Users, key: '2' },
  notes: { title: 'Notes', icon: NotebookPen, key: '3' },
  campaigns: { title: 'Campaigns', icon: Flag, key: '4' },
  meetings: { title: 'Meetings', icon: FileText, key: '5' },
  leaflets: { title: 'Leaflets', icon: Megaphone, key: '6' },
  sync: { title: 'Sync', icon: RefreshCw, key: '7' },
}

/** The view named in the URL hash (#contacts), so a reload or a link lands in the same place. */
export function viewFromHash(hash: string): View {
  const name = hash.replace(/^#\/?/, '')
  return (VIEWS as readonly string[]).includes(name) ? (name as View) : 'today'
}
