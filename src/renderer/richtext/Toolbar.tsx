import { $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link'
import { $getSelection, $isRangeSelection, FORMAT_TEXT_COMMAND, type LexicalEditor, type TextFormatType } from 'lexical'
import { useEffect, useState, type ReactElement } from 'react'
import {
  $selectedBlocks,
  indentBlocks,
  insertHorizontalRule,
  setBlockType,
  toggleList,
  type BlockSpec,
  type RichTextBinding,
} from '../../shared/richtext'

const BLOCK_CHOICES: { label: string; spec: BlockSpec }[] = [
  { label: 'Paragraph', spec: { kind: 'paragraph' } },
  { label: 'Heading 1', spec: { kind: 'heading', level: 1 } },
  { label: 'Heading 2', spec: { kind: 'heading', level: 2 } },
  { label: 'Heading 3', spec: { kind: 'heading', level: 3 } },
  { label: 'Quote', spec: { kind: 'blockquote' } },
]

const MARKS: { format: TextFormatType; label: string; title: string }[] = [
  { format: 'bold', label: 'B', title: 'Bold (Ctrl+B)' },
  { format: 'italic', label: 'I', title: 'Italic (Ctrl+I)' },
  { format: 'underline', label: 'U', title: 'Underline (Ctrl+U)' },
  { format: 'strikethrough', label: 'S', title: 'Strikethrough' },
  { format: 'code', label: '</>', title: 'Code' },
  { format: 'highlight', label: 'H', title: 'Highlight' },
]

interface ToolbarState {
  block: string
  formats: Set<TextFormatType>
  link: boolean
}

const choiceOf = (spec: BlockSpec | undefined): string =>
  String(BLOCK_CHOICES.findIndex((c) => c.spec.kind === spec?.kind && (c.spec.level ?? 0) === (spec?.level ?? 0)))

export function Toolbar({ editor, binding }: { editor: LexicalEditor; binding: RichTextBinding<unknown> }): ReactElement {
  const [state, setState] = useState<ToolbarState>({ block: '0', formats: new Set(), link: false })
  const [history, setHistory] = useState({ undo: false, redo: false })

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        editorState.read(() => {
          const selection = $getSelection()
          if (!$isRangeSelection(selection)) return
          const formats = new Set(MARKS.map((m) => m.format).filter((f) => selection.hasFormat(f)))
          const link = selection.getNodes().some((n) => $isLinkNode(n) || $isLinkNode(n.getParent()))
          setState({ block: choiceOf($selectedBlocks()[0]?.getSpec()), formats, link })
        })
        setHistory({ undo: binding.undoManager.canUndo(), redo: binding.undoManager.canRedo() })
      }),
    [editor, binding],
  )

  const button = (label: string, title: string, onClick: () => void, active = false, disabled = false): ReactElement => (
    <button type="button" key={title} title={title} aria-label={title} aria-pressed={active} disabled={disabled} className={active ? 'active' : ''} onMouseDown={(e) => e.preventDefault()} onClick={onClick}>
      {label}
    </button>
  )

  return (
    <div className="ml-richtext-toolbar" role="toolbar" aria-label="Formatting">
      {button('↶', 'Undo (Ctrl+Z)', () => binding.undoManager.undo(), false, !history.undo)}
      {button('↷', 'Redo (Ctrl+Shift+Z)', () => binding.undoManager.redo(), false, !history.redo)}
      <select aria-label="Block type" value={state.block} onChange={(e) => setBlockType(editor, BLOCK_CHOICES[Number(e.target.value)]!.spec)}>
        {state.block === '-1' ? <option value="-1">—</option> : null}
        {BLOCK_CHOICES.map((c, i) => (
          <option key={c.label} value={i}>
            {c.label}
          </option>
        ))}
      </select>
      {MARKS.map((m) => button(m.label, m.title, () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, m.format), state.formats.has(m.format)))}
      {button('🔗', 'Link', () => {
        if (state.link) editor.dispatchCommand(TOGGLE_LINK_COMMAND, null)
        else {
          const href = window.prompt('Link address')
          if (href) editor.dispatchCommand(TOGGLE_LINK_COMMAND, href)
        }
      }, state.link)}
      {button('•', 'Bulleted list', () => toggleList(editor, 'bullet'))}
      {button('1.', 'Numbered list', () => toggleList(editor, 'number'))}
      {button('☑', 'Check list', () => toggleList(editor, 'check'))}
      {button('⇤', 'Outdent', () => indentBlocks(editor, -1))}
      {button('⇥', 'Indent', () => indentBlocks(editor, 1))}
      {button('❝', 'Quote', () => setBlockType(editor, (s) => (s.kind === 'blockquote' ? { kind: 'paragraph' } : { kind: 'blockquote' })))}
      {button('―', 'Horizontal rule', () => insertHorizontalRule(editor))}
    </div>
  )
}
