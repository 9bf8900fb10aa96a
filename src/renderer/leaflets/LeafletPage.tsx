import * as A from '@automerge/automerge'
import { ArrowLeft, Printer } from 'lucide-react'
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { consentProblems, listCitations, recordCitation, type Citation } from '../../shared/leaflets/citations'
import { LEAFLET_LAYOUTS, patchLeaflet, readLeaflet, type LeafletLayout, type LeafletDoc, type LeafletPatch, type LeafletTextField } from '../../shared/leaflets/leaflet'
import { isBilingual, LAYOUT_INFO } from '../../shared/leaflets/layouts'
import { quotesInLeaflet } from '../../shared/leaflets/quotesInLeaflet'
import { listVersions, nameVersion, restoreVersion, type LeafletVersion } from '../../shared/leaflets/versions'
import type { ViewProps } from '../app/views'
import { useDoc } from '../contacts/useDoc'
import { useNotes } from '../notes/useNoteRows'
import { RichTextEditor, type RichTextApi } from '../richtext/RichTextEditor'
import { PageHeader } from '../views/PageHeader'
import { ConsentWarnings } from './ConsentWarnings'
import { insertBlock, selectedText } from './editorActions'
import { GatheredPanel } from './GatheredPanel'
import { CopiesInput, StatusSelect } from './LeafletFields'
import { QuoteLinks } from './QuoteLinks'
import { SlogansPanel } from './SlogansPanel'
import { useCampaigns, useLeafletHandle, usePlaceInfo } from './useLeaflets'
import { VersionPreview } from './VersionPreview'
import { VersionsPanel } from './VersionsPanel'

const TABS = [
  ['gathered', 'Gathered'],
  ['slogans', 'Slogans & demands'],
  ['versions', 'Versions'],
] as const
type Tab = (typeof TABS)[number][0]

/** One leaflet: its fields, the collaborative text (two languages when bilingual) and the gathered material beside it. */
export function LeafletPage({ session, param: id, go }: ViewProps) {
  const handle = useLeafletHandle(session, id)
  const doc = useDoc(handle ?? undefined) as A.Doc<LeafletDoc> | undefined
  const campaigns = useCampaigns(session)
  const places = usePlaceInfo(session)
  const rows = useNotes(session).rows
  const [apis, setApis] = useState<Partial<Record<LeafletTextField, RichTextApi>>>({})
  const [active, setActive] = useState<LeafletTextField>('body')
  const [tab, setTab] = useState<Tab>('gathered')
  const [shown, setShown] = useState<{ version: LeafletVersion; compare: boolean } | null>(null)
  const [error, setError] = useState('')
  const [title, setTitle] = useState<string>()

  // Typing in the editors is a change like any other: the status bar says "saved" once the core has it.
  useEffect(() => {
    if (!handle) return
    const offs = Object.values(apis).map((api) =>
      api.editor.registerUpdateListener(({ tags, dirtyElements, dirtyLeaves }) => {
        if (!tags.has('collaboration') && (dirtyElements.size > 0 || dirtyLeaves.size > 0)) session.saves.track(handle)
      }),
    )
    return () => offs.forEach((off) => off())
  }, [apis, handle, session])

  const inLeaflet = useMemo(() => (doc ? quotesInLeaflet(doc) : new Set<string>()), [doc])
  const quoteOf = useMemo(() => {
    const byNote = new Map(rows.map((r) => [r.id, r]))
    return (noteId: string, quoteId: string) => byNote.get(noteId)?.quotes.find((q) => q.id === quoteId)
  }, [rows])

  if (handle === null) return <Missing go={go} />
  if (!handle || !doc) return <PageHeader title="Leaflet" />
  const leaflet = readLeaflet(doc)
  const campaign = campaigns.find((c) => c.id === leaflet.campaignId)
  const bilingual = isBilingual(leaflet.layout)
  const fields: LeafletTextField[] = bilingual ? ['body', 'bodyB'] : ['body']
  const editor = apis[bilingual ? active : 'body'] ?? apis.body
  const problems = rows.length ? consentProblems(listCitations(doc), inLeaflet, quoteOf) : []

  const patch = (p: LeafletPatch) => {
    try {
      session.change(handle, (d) => patchLeaflet(d, p, Date.now()))
      setError('')
    } catch (e) {
      setError((e as Error).message)
    }
  }
  const insertQuote = (text: string, citation: Citation) => {
    if (!editor) return
    editor.insertGatheredQuote({ noteId: citation.noteId, quoteId: citation.quoteId, text })
    session.change(handle, (d) => recordCitation(d, citation))
  }
  const nameNow = (name: string, heads = A.getHeads(handle.doc())): string | null => {
    try {
      session.change(handle, (d) => void nameVersion(d, name, heads, Date.now()))
      return null
    } catch (e) {
      return (e as Error).message
    }
  }
  const restore = (v: LeafletVersion) => {
    nameNow(`Before restoring “${v.name}”`)
    session.change(handle, restoreVersion(handle.doc(), v.heads, Date.now()))
    setShown(null)
  }

  return (
    <>
      <PageHeader title="Leaflet">
        <button type="button" className="btn compact" onClick={() => go('leaflets')} aria-label="All leaflets">
          <ArrowLeft size={14} aria-hidden /> Leaflets
        </button>
        <button type="button" className="btn primary compact" onClick={() => go('leaflets', `${id}/print`)}>
          <Printer size={14} aria-hidden /> Print and export
        </button>
      </PageHeader>
      <div className="leaflet-head">
        <input
          className="input leaflet-title-input"
          aria-label="Leaflet title"
          value={title ?? leaflet.title}
          onChange={(e) => setTitle(e.target.value)}
          onBlur={() => (title !== undefined && title !== leaflet.title ? patch({ title }) : undefined, setTitle(undefined))}
          onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
        />
        <div className="leaflet-meta">
          <select className="select compact" aria-label="Campaign" value={leaflet.campaignId} onChange={(e) => patch({ campaignId: e.target.value })}>
            <option value="">No campaign</option>
            {campaigns.filter((c) => !c.archived || c.id === leaflet.campaignId).map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
          <StatusSelect value={leaflet.status} onChange={(status) => patch({ status })} />
          <label className="inline-label">
            copies out <CopiesInput label="Copies distributed" value={leaflet.copiesDistributed} onCommit={(copiesDistributed) => patch({ copiesDistributed })} />
          </label>
          <select className="select compact" aria-label="Layout" value={leaflet.layout} onChange={(e) => patch({ layout: e.target.value as LeafletLayout })}>
            {LEAFLET_LAYOUTS.map((l) => <option key={l} value={l}>{LAYOUT_INFO[l].label}</option>)}
          </select>
        </div>
        {error && <p className="error-text" role="alert">{error}</p>}
      </div>
      <div className="page-body leaflet-page">
        <div className="leaflet-main">
          <ConsentWarnings problems={problems} quoteOf={quoteOf} places={places} rows={rows} apis={apis} go={go} onCiteChange={(fn) => session.change(handle, fn)} />
          {shown && <VersionPreview doc={doc} version={shown.version} compare={shown.compare} fields={fields} onClose={() => setShown(null)} onRestore={() => restore(shown.version)} />}
          <div className={`leaflet-sheet${bilingual ? ' two' : ''}`} hidden={shown !== null}>
            {fields.map((field) => (
              <LeafletEditor key={field} field={field} api={shown ? undefined : apis[field]} onFocus={() => setActive(field)} onOpen={(noteId) => go('notes', noteId)}>
                {bilingual && (
                  <label className="inline-label">
                    Language
                    <input className="input compact lang-input" aria-label={field === 'body' ? 'First language' : 'Second language'} placeholder={field === 'body' ? 'e.g. en' : 'e.g. es'} value={field === 'body' ? leaflet.langA : leaflet.langB} onChange={(e) => patch(field === 'body' ? { langA: e.target.value } : { langB: e.target.value })} />
                  </label>
                )}
                <RichTextEditor handle={handle} path={[field]} placeholder={field === 'body' ? 'Leaflet text' : 'Text in the second language'} onReady={(api) => setApis((a) => ({ ...a, [field]: api }))} />
              </LeafletEditor>
            ))}
          </div>
        </div>
        <aside className="leaflet-side" aria-label="Gathered material and library">
          <div className="leaflet-tabs" role="tablist">
            {TABS.map(([key, label]) => (
              <button key={key} type="button" role="tab" aria-selected={tab === key} className={tab === key ? 'active' : ''} onClick={() => setTab(key)}>
                {label}
              </button>
            ))}
          </div>
          <div className="leaflet-tab-body">
            {tab === 'gathered' && <GatheredPanel session={session} go={go} campaigns={campaigns} places={places} campaignId={leaflet.campaignId} cited={inLeaflet} onQuote={insertQuote} onFact={(text) => editor && insertBlock(editor.editor, { kind: 'paragraph' }, text)} />}
            {tab === 'slogans' && <SlogansPanel session={session} campaign={campaign} selection={() => (editor ? selectedText(editor.editor) : '')} onInsert={(text) => editor && insertBlock(editor.editor, { kind: 'heading', level: 2 }, text)} />}
            {tab === 'versions' && <VersionsPanel versions={listVersions(doc)} onName={(name) => nameNow(name)} onView={(version) => setShown({ version, compare: false })} onCompare={(version) => setShown({ version, compare: true })} onRestore={restore} />}
          </div>
        </aside>
      </div>
    </>
  )
}

/** One text field's box, with an "open conversation" button beside each quote in it. */
function LeafletEditor({ field, api, onFocus, onOpen, children }: { field: LeafletTextField; api: RichTextApi | undefined; onFocus: () => void; onOpen: (noteId: string) => void; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null)
  return (
    <div className="leaflet-editor" ref={box} onFocus={onFocus} data-testid={`leaflet-${field}`}>
      {children}
      {api && <QuoteLinks editor={api.editor} container={box} onOpen={onOpen} />}
    </div>
  )
}

function Missing({ go }: Pick<ViewProps, 'go'>) {
  return (
    <>
      <PageHeader title="Leaflet not found" />
      <div className="page-body">
        <div className="empty">
          <p>This notebook has no such leaflet. It may have been made on a device that has not synced yet.</p>
          <button type="button" className="btn" onClick={() => go('leaflets')}>All leaflets</button>
        </div>
      </div>
    </>
  )
}
