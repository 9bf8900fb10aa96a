import { $getSelection, $isRangeSelection } from 'lexical'
import { Quote } from 'lucide-react'
import * as A from '@automerge/automerge'
import type { DocHandleChangePayload } from '@automerge/automerge-repo'
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react'
import { newId } from '../../shared/ids'
import { str } from '../../shared/notebook/scalar'
import { addQuote, type NoteShard, type StoredNote } from '../../shared/notes/noteMutations'
import { anchorQuote, anchorsForOldQuotes, requotes, setQuoteAnchors, setQuoteTexts } from '../../shared/notes/quoteAnchors'
import { RichTextEditor, type RichTextApi } from '../richtext/RichTextEditor'
import { MentionMenu, type MentionSources } from './MentionMenu'
import type { NoteEdit, NoteHandle } from './noteActions'
import { QuotesPanel } from './QuotesPanel'
import type { NotebookSession } from '../session/NotebookSession'

const isMarkKey = (e: KeyboardEvent) => (e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key === "'"

/** The conversation in the person's words: `@` mentions a contact, `#` a problem; selected words become a quote. */
export function NoteBody({ session, handle, note, edit, mentions, toolbar }: { session: NotebookSession; handle: NoteHandle; note: StoredNote; edit: NoteEdit; mentions: MentionSources; toolbar: boolean }) {
  const [api, setApi] = useState<RichTextApi>()
  const [error, setError] = useState('')
  const [justMarked, setJustMarked] = useState('')
  const path = useMemo(() => ['records', note.id, 'body'], [note.id])

  // Quotes marked before anchors existed get them when their note is opened, where their words
  // are found once; and a quote left stale (its words edited where no one had it open) is repaired.
  useEffect(() => {
    const found = anchorsForOldQuotes(handle.doc(), note.id)
    if (found.length) session.change(handle, (d) => setQuoteAnchors(d, note.id, found))
    const texts = requotes(handle.doc(), note.id)
    if (texts.length) session.change(handle, (d) => setQuoteTexts(d, note.id, texts))
  }, [session, handle, note.id])

  // Words edited inside a quote change the quote: after each edit of the body made here (not
  // one arriving from another device, which rewrites its own), the quotes whose words now read
  // differently are rewritten.
  useEffect(() => {
    const onChange = ({ doc, patches, patchInfo }: DocHandleChangePayload<NoteShard>) => {
      if (!patches.some((p) => p.path[1] === note.id && p.path[2] === 'body')) return
      const mine = A.getActorId(doc)
      if (!A.getChanges(patchInfo.before, patchInfo.after).some((change) => A.decodeChange(change).actor === mine)) return
      const texts = requotes(doc, note.id)
      if (texts.length) queueMicrotask(() => session.change(handle, (d) => setQuoteTexts(d, note.id, texts)))
    }
    handle.on('change', onChange)
    return () => void handle.off('change', onChange)
  }, [session, handle, note.id])

  const markQuote = () => {
    if (!api) return
    const at = api.binding.selectionIndices()
    const anchors = at && anchorQuote(handle.doc(), note.id, Math.min(at.anchor, at.focus), Math.max(at.anchor, at.focus))
    let text = ''
    api.editor.update(() => {
      const selection = $getSelection()
      if (!$isRangeSelection(selection) || selection.isCollapsed()) return
      text = selection.getTextContent().trim()
      if (text && !selection.hasFormat('highlight')) selection.formatText('highlight')
    })
    if (!text) return setError('Select the words to quote first')
    const people = note.contactIds ?? []
    const quoteId = newId()
    edit((d, now) => addQuote(d, note.id, quoteId, { text, contactId: people.length === 1 ? str(people[0]) : '', use: 'anonymous', anchors }, now))
    setError('')
    setJustMarked(quoteId)
  }

  return (
    <div className="note-body" onKeyDownCapture={(e) => isMarkKey(e) && (e.preventDefault(), e.stopPropagation(), markQuote())}>
      <div className="note-body-head">
        <span className="note-label">What was said</span>
        <span className="muted hint-text">@ a person · # a problem · select words and Ctrl+' to mark a quote</span>
        <span className="spacer" />
        <button type="button" className="btn compact" tabIndex={-1} title="Mark the selected words as a quote (Ctrl+')" onMouseDown={(e) => e.preventDefault()} onClick={markQuote}>
          <Quote size={14} aria-hidden /> Mark as quote
        </button>
      </div>
      <RichTextEditor handle={handle} path={path} placeholder="Conversation" toolbar={toolbar} onReady={setApi} />
      {error && <span className="error-text" role="alert">{error}</span>}
      {api && <MentionMenu editor={api.editor} sources={mentions} />}
      <QuotesPanel session={session} note={note} edit={edit} focusId={justMarked} />
    </div>
  )
}
