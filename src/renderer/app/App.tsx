import { lazy, Suspense, useCallback, useEffect, useState } from 'react'
import type { AppCommand, AppSettings, NotebookSummary } from '../../shared/contract'
import { ContactsView } from '../contacts/ContactsView'
import type { Platform } from '../platform/Platform'
import { NotebookSession } from '../session/NotebookSession'
import { PaletteSearch } from '../search/PaletteSearch'
import { PurgeNotices } from '../purge/PurgeNotices'
import { TodayView } from '../today/TodayView'
import { CommandPalette, type PaletteCommand } from './CommandPalette'
import { DamageBanner } from './DamageBanner'
import { Sidebar } from './Sidebar'
import { StatusBar } from './StatusBar'
import { WritesBanner } from './WritesBanner'
import { applyTheme, nextTheme } from './theme'
import { hashFor, routeFromHash, VIEW_INFO, VIEWS, type Go, type Route } from './views'

// Views other than the first screens load on first visit, so starting the app parses less code
// (the editor, the print preview and sync come with their views).
const CampaignsView = lazy(() => import('../campaigns/CampaignsView').then((m) => ({ default: m.CampaignsView })))
const LeafletsView = lazy(() => import('../leaflets/LeafletsView').then((m) => ({ default: m.LeafletsView })))
const MatrixView = lazy(() => import('../matrix/MatrixView').then((m) => ({ default: m.MatrixView })))
const NotesView = lazy(() => import('../notes/NotesView').then((m) => ({ default: m.NotesView })))
const PlacesView = lazy(() => import('../places/PlacesView').then((m) => ({ default: m.PlacesView })))
const SearchView = lazy(() => import('../search/SearchView').then((m) => ({ default: m.SearchView })))
const MeetingsView = lazy(() => import('../meetings/MeetingsView').then((m) => ({ default: m.MeetingsView })))
const TasksView = lazy(() => import('../tasks/TasksView').then((m) => ({ default: m.TasksView })))
const ActionsView = lazy(() => import('../actions/ActionsView').then((m) => ({ default: m.ActionsView })))
const TeamsView = lazy(() => import('../teams/TeamsView').then((m) => ({ default: m.TeamsView })))
const TimeView = lazy(() => import('../time/TimeView').then((m) => ({ default: m.TimeView })))
const SyncView = lazy(() => import('../sync/SyncView').then((m) => ({ default: m.SyncView })))

interface Props {
  platform: Platform
  settings: AppSettings
  notebooks: NotebookSummary[]
  session: NotebookSession
  disconnected: boolean
}

export function App(props: Props) {
  const { bridge } = props.platform
  const [session, setSession] = useState(props.session)
  const [notebooks, setNotebooks] = useState(props.notebooks)
  const [settings, setSettings] = useState(props.settings)
  const [route, setRoute] = useState<Route>(() => routeFromHash(location.hash))
  const { view, param } = route
  const [paletteOpen, setPaletteOpen] = useState(false)
  const [creating, setCreating] = useState(0)

  useEffect(() => bridge.on('notebooksChanged', setNotebooks), [bridge])
  // Documents (Automerge, sync) start once the first screen is on the glass: effects run
  // after the commit, and the timeout lets the browser paint it first.
  useEffect(() => {
    const timer = setTimeout(() => session.startDocuments())
    return () => clearTimeout(timer)
  }, [session])
  const [newNotebookRequest, setNewNotebookRequest] = useState(0)
  // Moving between records is history (Back returns to the list); the hash keeps reloads in place.
  const go: Go = useCallback((next, nextParam = '') => {
    history.pushState(null, '', hashFor(next, nextParam))
    setRoute({ view: next, param: nextParam })
  }, [])
  useEffect(() => {
    const onPop = () => setRoute(routeFromHash(location.hash))
    window.addEventListener('popstate', onPop)
    return () => window.removeEventListener('popstate', onPop)
  }, [])

  const switchTo = useCallback(
    async (summary: NotebookSummary) => {
      if (summary.id === session.id) return
      const next = await NotebookSession.open(props.platform, summary)
      await bridge.openNotebook({ notebookId: summary.id })
      session.close()
      setSession(next)
    },
    [bridge, props.platform, session],
  )

  const toggleTheme = useCallback(async () => {
    const theme = nextTheme(settings.theme)
    applyTheme(theme)
    setSettings(await bridge.updateSettings({ theme }))
  }, [bridge, settings.theme])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey
      if (mod && event.key.toLowerCase() === 'k') {
        event.preventDefault()
        setPaletteOpen((open) => !open)
      } else if (mod && !event.shiftKey && !event.altKey && /^[0-9]$/.test(event.key)) {
        const target = VIEWS.find((v) => VIEW_INFO[v].key === event.key)
        if (target) {
          event.preventDefault()
          go(target)
        }
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [go])

  // The native menu's actions (Electron only).
  useEffect(
    () =>
      bridge.on('appCommand', ({ command }: { command: AppCommand }) => {
        if (command === 'newNotebook') setNewNotebookRequest((n) => n + 1)
        else if (command === 'exportNotebook') void bridge.exportNotebook({ notebookId: session.id, format: 'json' })
        else if (command === 'toggleDarkTheme') void toggleTheme()
        else setPaletteOpen(true)
      }),
    [bridge, session.id, toggleTheme],
  )

  const commands: PaletteCommand[] = [
    ...VIEWS.map((v) => ({ id: `go-${v}`, group: 'Go to', label: VIEW_INFO[v].title, icon: VIEW_INFO[v].icon, run: () => go(v) })),
    {
      id: 'new-contact',
      group: 'Actions',
      label: 'New contact',
      run: () => {
        go('contacts')
        setCreating((n) => n + 1)
      },
    },
    { id: 'new-note', group: 'Actions', label: 'Type up conversations (fast entry)', run: () => go('notes', 'new') },
    { id: 'new-place', group: 'Actions', label: 'New place', run: () => go('places', 'new') },
    { id: 'quotes', group: 'Go to', label: 'Quotes', run: () => go('notes', 'quotes') },
    { id: 'problems', group: 'Go to', label: 'Problems', run: () => go('notes', 'problems') },
    { id: 'theme', group: 'Actions', label: 'Switch light / dark theme', run: () => void toggleTheme() },
    {
      id: 'export',
      group: 'Actions',
      label: 'Export notebook as JSON',
      run: () => void bridge.exportNotebook({ notebookId: session.id, format: 'json' }),
    },
    ...notebooks
      .filter((n) => n.id !== session.id)
      .map((n) => ({ id: `nb-${n.id}`, group: 'Switch notebook', label: n.name, run: () => void switchTo(n) })),
  ]

  const Info = VIEW_INFO[view]
  const viewProps = { session, param, go }
  return (
    <div className="shell">
      <Sidebar
        view={view}
        onView={go}
        session={session}
        notebooks={notebooks}
        onSwitch={switchTo}
        onCreate={async (name) => switchTo(await bridge.createNotebook({ name }))}
        onRename={async (name) => {
          await bridge.renameNotebook({ notebookId: session.id, name })
        }}
        onToggleTheme={toggleTheme}
        newNotebookRequest={newNotebookRequest}
      />
      <main className="main" aria-label={Info.title}>
        {props.disconnected && <div className="banner" role="alert">Lost the connection to the Massline core. Your last saved work is safe; reload to reconnect.</div>}
        <WritesBanner key={session.id} session={session} />
        <PurgeNotices key={session.id} session={session} />
        <DamageBanner session={session} onSync={() => go('sync')} />
        <Suspense fallback={<div className="page-body" aria-busy="true" />}>
          {view === 'today' && <TodayView session={session} onView={go} param={param} />}
          {view === 'contacts' && <ContactsView key={session.id} session={session} createRequest={creating} param={param} />}
          {view === 'notes' && <NotesView key={session.id} {...viewProps} />}
          {view === 'places' && <PlacesView key={session.id} {...viewProps} />}
          {view === 'matrix' && <MatrixView key={session.id} {...viewProps} />}
          {view === 'campaigns' && <CampaignsView key={session.id} {...viewProps} />}
          {view === 'leaflets' && <LeafletsView key={session.id} {...viewProps} />}
          {view === 'search' && <SearchView key={session.id} {...viewProps} />}
          {view === 'sync' && <SyncView key={session.id} session={session} onJoined={(n) => void switchTo(n)} />}
          {view === 'meetings' && <MeetingsView key={session.id} {...viewProps} />}
          {view === 'tasks' && <TasksView key={session.id} {...viewProps} />}
          {view === 'actions' && <ActionsView key={session.id} {...viewProps} />}
          {view === 'teams' && <TeamsView key={session.id} {...viewProps} />}
          {view === 'time' && <TimeView key={session.id} {...viewProps} />}
        </Suspense>
      </main>
      <StatusBar session={session} />
      {paletteOpen && (
        <CommandPalette
          commands={commands}
          onClose={() => setPaletteOpen(false)}
          results={(query) => <PaletteSearch session={session} query={query} go={go} onDone={() => setPaletteOpen(false)} />}
        />
      )}
    </div>
  )
}
