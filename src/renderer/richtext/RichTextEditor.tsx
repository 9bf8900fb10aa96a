import { LexicalComposer } from '@lexical/react/LexicalComposer'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { ContentEditable } from '@lexical/react/LexicalContentEditable'
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary'
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin'
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin'
import type * as A from '@automerge/automerge'
import { mergeRegister } from '@lexical/utils'
import { $getNearestNodeFromDOMNode, COMMAND_PRIORITY_EDITOR, REDO_COMMAND, UNDO_COMMAND, type LexicalEditor } from 'lexical'
import { useEffect, useMemo, useState, type ReactElement } from 'react'
import {
  insertGatheredQuote,
  Presence,
  registerPaste,
  RICH_TEXT_NODES,
  RichTextBinding,
  toggleChecked,
  type EphemeralChannel,
  type GatheredQuote,
  type PresenceUser,
  type RichTextSource,
} from '../../shared/richtext'
import { RemoteCarets } from './RemoteCarets'
import { RICH_TEXT_CSS } from './styles'
import { Toolbar } from './Toolbar'

/** What notes and leaflets get back once the editor is mounted. */
export interface RichTextApi {
  editor: LexicalEditor
  binding: RichTextBinding<unknown>
  /** Leaflets: insert a quote gathered from a note. */
  insertGatheredQuote(quote: GatheredQuote): void
  /** Notes: the current selection as Automerge cursors (e.g. to mark it as a quote), or null. */
  selectionCursors(): { anchor: A.Cursor; focus: A.Cursor } | null
}

export interface RichTextEditorProps {
  /** An automerge-repo DocHandle (or anything with the same doc/change/on/off, and broadcast for presence). */
  handle: RichTextSource<unknown> & Partial<EphemeralChannel>
  /** Path to the rich-text field, e.g. ['records', id, 'body'] or ['body']. */
  path: A.Prop[]
  user?: PresenceUser
  placeholder?: string
  toolbar?: boolean
  onReady?: (api: RichTextApi) => void
}

export function RichTextEditor(props: RichTextEditorProps): ReactElement {
  const key = JSON.stringify(props.path)
  const initialConfig = useMemo(
    () => ({
      namespace: `massline-richtext-${key}`,
      nodes: RICH_TEXT_NODES,
      editorState: null,
      onError: (error: Error) => console.error(error),
    }),
    [key],
  )
  return (
    <LexicalComposer key={key} initialConfig={initialConfig}>
      <style>{RICH_TEXT_CSS}</style>
      <div className="ml-richtext">
        <BindingPlugin {...props} />
      </div>
    </LexicalComposer>
  )
}

function BindingPlugin({ handle, path, user, placeholder, toolbar = true, onReady }: RichTextEditorProps): ReactElement {
  const [editor] = useLexicalComposerContext()
  const [binding, setBinding] = useState<RichTextBinding<unknown> | null>(null)
  const [presence, setPresence] = useState<Presence | null>(null)

  useEffect(() => {
    const bound = new RichTextBinding(editor, handle, path)
    const channel = handle.broadcast ? (handle as unknown as EphemeralChannel) : null
    const shared = channel && user ? new Presence(bound, channel, user) : null
    const undo = bound.undoManager
    const unregister = mergeRegister(
      editor.registerCommand(UNDO_COMMAND, () => undo.undo(), COMMAND_PRIORITY_EDITOR),
      editor.registerCommand(REDO_COMMAND, () => undo.redo(), COMMAND_PRIORITY_EDITOR),
      registerPaste(editor),
      registerCheckToggle(editor),
    )
    setBinding(bound)
    setPresence(shared)
    onReady?.({
      editor,
      binding: bound,
      insertGatheredQuote: (quote) => insertGatheredQuote(editor, quote),
      selectionCursors: () => bound.selectionCursors(),
    })
    return () => {
      unregister()
      shared?.destroy()
      bound.destroy()
    }
    // the binding lives as long as this handle and path
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, handle, JSON.stringify(path)])

  return (
    <>
      {toolbar && binding ? <Toolbar editor={editor} binding={binding} /> : null}
      <div className="ml-richtext-body">
        <RichTextPlugin
          contentEditable={<ContentEditable className="ml-richtext-content" aria-label={placeholder ?? 'Text'} />}
          placeholder={<div className="ml-richtext-placeholder">{placeholder ?? ''}</div>}
          ErrorBoundary={LexicalErrorBoundary}
        />
        <LinkPlugin />
        {binding && presence ? <RemoteCarets editor={editor} binding={binding} presence={presence} /> : null}
      </div>
    </>
  )
}

/** Clicking the box in front of a check-list item ticks it. */
function registerCheckToggle(editor: LexicalEditor): () => void {
  const onClick = (event: MouseEvent): void => {
    const item = (event.target as HTMLElement | null)?.closest?.('.ml-check')
    if (!(item instanceof HTMLElement) || event.clientX - item.getBoundingClientRect().left > 24) return
    const key = editor.getEditorState().read(() => $getNearestNodeFromDOMNode(item)?.getKey())
    if (key) toggleChecked(editor, key)
  }
  return editor.registerRootListener((root) => {
    if (!root) return
    root.addEventListener('click', onClick)
    return () => root.removeEventListener('click', onClick)
  })
}
