import { useId, useMemo, useState, type KeyboardEvent } from 'react'
import { mentionChoices, type MentionChoice } from '../../shared/notes/mentions'

export interface TypeaheadProps {
  label: string
  placeholder?: string
  items: readonly MentionChoice[]
  /** Ids already chosen: left out of the suggestions. */
  exclude?: readonly string[]
  onPick: (item: MentionChoice) => void
  /** Offered when nothing matches exactly: "New problem “rats”". */
  create?: { label: (text: string) => string; run: (text: string) => void }
  /** Backspace in the empty box: takes off the last chosen item. */
  onBackspace?: () => void
}

/** A text box with suggestions: arrows move, Enter picks (or creates), Escape clears; Tab moves on. */
export function Typeahead({ label, placeholder, items, exclude = [], onPick, create, onBackspace }: TypeaheadProps) {
  const id = useId()
  const [text, setText] = useState('')
  const [active, setActive] = useState(0)
  const [focused, setFocused] = useState(false)
  const options = useMemo(() => {
    if (!text.trim()) return []
    const found = (mentionChoices(text, items) ?? []).filter((i) => !exclude.includes(i.id))
    const exact = items.some((i) => i.name.toLocaleLowerCase() === text.trim().toLocaleLowerCase())
    return create && !exact ? [...found, { id: '', name: create.label(text.trim()) }] : found
  }, [text, items, exclude, create])
  const choose = (index: number) => {
    const option = options[index]
    if (!option) return
    if (option.id) onPick(option)
    else create?.run(text.trim())
    setText('')
    setActive(0)
  }
  const open = focused && options.length > 0
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      setActive((a) => (options.length ? (a + (e.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length : 0))
    } else if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && open) {
      e.preventDefault()
      choose(Math.min(active, options.length - 1))
    } else if (e.key === 'Backspace' && !text) {
      onBackspace?.()
    } else if (e.key === 'Escape' && text) {
      e.stopPropagation()
      setText('')
    }
  }
  return (
    <span className="typeahead">
      <input
        className="input compact"
        aria-label={label}
        placeholder={placeholder}
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-activedescendant={open ? `${id}-${Math.min(active, options.length - 1)}` : undefined}
        value={text}
        onChange={(e) => (setText(e.target.value), setActive(0))}
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
      />
      {open && (
        <ul className="menu typeahead-menu" role="listbox" id={`${id}-list`} aria-label={`${label} suggestions`}>
          {options.map((o, i) => (
            <li key={o.id || 'new'} id={`${id}-${i}`} role="option" aria-selected={i === Math.min(active, options.length - 1)} className={o.id ? '' : 'create'} onMouseDown={(e) => (e.preventDefault(), choose(i))}>
              {o.name}
            </li>
          ))}
        </ul>
      )}
    </span>
  )
}

/** Chosen items as tags, each with a remove button. */
export function Chips({ ids, name, onRemove, testId }: { ids: readonly string[]; name: (id: string) => string; onRemove: (id: string) => void; testId?: string }) {
  return (
    <>
      {ids.map((id) => (
        <span key={id} className="tag chip" data-testid={testId}>
          {name(id)}
          <button type="button" className="link" tabIndex={-1} aria-label={`Remove ${name(id)}`} onClick={() => onRemove(id)}>×</button>
        </span>
      ))}
    </>
  )
}
