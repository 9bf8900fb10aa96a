import {
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_HIGH,
  KEY_ARROW_DOWN_COMMAND,
  KEY_ARROW_UP_COMMAND,
  KEY_ENTER_COMMAND,
  KEY_ESCAPE_COMMAND,
  KEY_TAB_COMMAND,
  type LexicalEditor,
} from 'lexical'
import { mergeRegister } from '@lexical/utils'
import { useEffect, useRef, useState } from 'react'
import { mentionChoices, mentionQuery, type MentionChoice, type MentionQuery } from '../../shared/notes/mentions'

export interface MentionSources {
  people: MentionChoice[]
  problems: MentionChoice[]
  /** A contact picked with `@`: add it to the note. */
  onPerson: (id: string) => void
  /** A problem picked (or typed new, id '') with `#`: add it to the note. */
  onProblem: (id: string, name: string) => void
}

interface Open extends MentionQuery {
  x: number
  y: number
}

/** The `@` / `#` menu of a note body: typed at the caret, picked with arrows and Enter or Tab. */
export function MentionMenu({ editor, sources }: { editor: LexicalEditor; sources: MentionSources }) {
  const [open, setOpen] = useState<Open | null>(null)
  const [active, setActive] = useState(0)
  const choices = open ? choicesFor(open, sources) : null
  const state = useRef({ open, choices, active, sources })
  const pickRef = useRef<(index: number) => boolean>(() => false)
  state.current = { open, choices, active, sources }

  useEffect(() => {
    const read = () => {
      const query = editor.getEditorState().read(() => {
        const selection = $getSelection()
        if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null
        const node = selection.anchor.getNode()
        return $isTextNode(node) ? mentionQuery(node.getTextContent().slice(0, selection.anchor.offset)) : null
      })
      const rect = query && window.getSelection()?.rangeCount ? window.getSelection()!.getRangeAt(0).getBoundingClientRect() : null
      setOpen(query && rect ? { ...query, x: rect.left, y: rect.bottom } : null)
      setActive(0)
    }
    const pick = (index: number): boolean => {
      const { open: current, choices: list, sources: s } = state.current
      const choice = list?.[index]
      if (!current || !choice) return false
      editor.update(() => {
        const selection = $getSelection()
        if (!$isRangeSelection(selection)) return
        const node = selection.anchor.getNode()
        const offset = selection.anchor.offset
        if ($isTextNode(node)) node.spliceText(offset - current.length, current.length, `${choice.id ? choice.name : current.query} `, true)
      })
      // Once the text edit is committed: a document change in the middle of it would be undone by it.
      setTimeout(() => (current.trigger === '@' ? s.onPerson(choice.id) : s.onProblem(choice.id, choice.id ? choice.name : current.query)))
      setOpen(null)
      return true
    }
    pickRef.current = pick
    const whenOpen = (run: (event: KeyboardEvent | null) => boolean) => (event: KeyboardEvent | null) => {
      if (!state.current.open || !state.current.choices?.length) return false
      if (event?.ctrlKey || event?.metaKey) return false
      const handled = run(event)
      if (handled) event?.preventDefault()
      return handled
    }
    const move = (step: number) => {
      const n = state.current.choices?.length ?? 0
      setActive((a) => (a + step + n) % n)
      return true
    }
    return mergeRegister(
      editor.registerUpdateListener(({ tags }) => !tags.has('collaboration') && read()),
      editor.registerCommand(KEY_ARROW_DOWN_COMMAND, whenOpen(() => move(1)), COMMAND_PRIORITY_HIGH),
      editor.registerCommand(KEY_ARROW_UP_COMMAND, whenOpen(() => move(-1)), COMMAND_PRIORITY_HIGH),
      editor.registerCommand(KEY_ENTER_COMMAND, whenOpen(() => pick(state.current.active)), COMMAND_PRIORITY_HIGH),
      editor.registerCommand(KEY_TAB_COMMAND, whenOpen(() => pick(state.current.active)), COMMAND_PRIORITY_HIGH),
      editor.registerCommand(KEY_ESCAPE_COMMAND, whenOpen(() => (setOpen(null), true)), COMMAND_PRIORITY_HIGH),
    )
  }, [editor])

  if (!open || !choices?.length) return null
  return (
    <ul className="menu mention-menu" role="listbox" aria-label={open.trigger === '@' ? 'Mention a person' : 'Mention a problem'} style={{ left: open.x, top: open.y + 4 }}>
      {choices.map((c, i) => (
        <li key={c.id || 'new'} role="option" aria-selected={i === active} className={c.id ? '' : 'create'} onMouseDown={(e) => (e.preventDefault(), pickRef.current(i))}>
          {c.id ? c.name : `New problem “${open.query.trim()}”`}
        </li>
      ))}
    </ul>
  )
}

function choicesFor(open: MentionQuery, sources: MentionSources): MentionChoice[] | null {
  if (open.trigger === '@') return open.query ? mentionChoices(open.query, sources.people) : sources.people.slice(0, 8)
  const found = open.query ? mentionChoices(open.query, sources.problems) : sources.problems.slice(0, 8)
  if (!found || !open.query.trim()) return found
  const exact = found.some((c) => c.name.toLocaleLowerCase() === open.query.trim().toLocaleLowerCase())
  return exact || /\s/.test(open.query) ? found : [...found, { id: '', name: open.query.trim() }]
}
