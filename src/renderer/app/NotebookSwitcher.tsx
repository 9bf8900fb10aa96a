import { BookOpen, Check, ChevronsUpDown, Pencil, Plus } from 'lucide-react'
import { useEffect, useState, type FormEvent } from 'react'
import type { NotebookSummary } from '../../shared/contract'

interface Props {
  current: NotebookSummary
  notebooks: NotebookSummary[]
  onSwitch: (notebook: NotebookSummary) => void
  onCreate: (name: string) => Promise<void>
  onRename: (name: string) => Promise<void>
  /** Bumped by the File › New notebook menu item. */
  createRequest: number
}

type Mode = 'closed' | 'menu' | 'create' | 'rename'

/** Shows the open notebook; creates, renames and switches notebooks. */
export function NotebookSwitcher(props: Props) {
  const [mode, setMode] = useState<Mode>('closed')
  const [name, setName] = useState('')
  const [error, setError] = useState<string>()
  const current = props.notebooks.find((n) => n.id === props.current.id) ?? props.current
  useEffect(() => {
    if (props.createRequest > 0) open('create')
  }, [props.createRequest])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    try {
      await (mode === 'create' ? props.onCreate(name) : props.onRename(name))
      setMode('closed')
      setError(undefined)
    } catch (e) {
      setError((e as Error).message)
    }
  }

  const open = (next: Mode, initial = '') => {
    setName(initial)
    setError(undefined)
    setMode(next)
  }

  return (
    <div className="switcher">
      <button aria-haspopup="menu" aria-expanded={mode !== 'closed'} onClick={() => open(mode === 'closed' ? 'menu' : 'closed')}>
        <BookOpen size={15} aria-hidden />
        <span className="label" data-testid="notebook-name">{current.name}</span>
        <ChevronsUpDown size={14} aria-hidden />
      </button>
      {mode !== 'closed' && (
        <div className="menu" role="menu" onKeyDown={(e) => e.key === 'Escape' && setMode('closed')}>
          {mode === 'menu' ? (
            <>
              {props.notebooks.map((n) => (
                <button key={n.id} role="menuitem" onClick={() => (setMode('closed'), props.onSwitch(n))}>
                  {n.id === current.id ? <Check size={14} aria-hidden /> : <span style={{ width: 14 }} />}
                  {n.name}
                </button>
              ))}
              <hr />
              <button role="menuitem" onClick={() => open('create')}>
                <Plus size={14} aria-hidden /> New notebook…
              </button>
              <button role="menuitem" onClick={() => open('rename', current.name)}>
                <Pencil size={14} aria-hidden /> Rename “{current.name}”…
              </button>
            </>
          ) : (
            <form onSubmit={submit}>
              <input
                className="input"
                autoFocus
                aria-label={mode === 'create' ? 'New notebook name' : 'Notebook name'}
                placeholder={mode === 'create' ? 'e.g. Maple Court tenants' : ''}
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
              <button className="btn primary" type="submit" disabled={!name.trim()}>
                {mode === 'create' ? 'Create' : 'Rename'}
              </button>
            </form>
          )}
          {error && <div className="error-text" style={{ padding: '0 8px 6px' }}>{error}</div>}
        </div>
      )}
    </div>
  )
}
