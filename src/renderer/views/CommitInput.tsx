import { useEffect, useState, type InputHTMLAttributes } from 'react'

export type CommitInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'onBlur' | 'onKeyDown'> & {
  value: string
  onCommit: (value: string) => void
}

/**
 * A text input edited locally and written when it loses focus or on Enter, so a half-typed value
 * never trips a record's rules ("needs a name"). Records store values trimmed, so a draft that
 * differs only by surrounding spaces is not written again.
 */
export function CommitInput({ value, onCommit, className = 'input', ...input }: CommitInputProps) {
  const [draft, setDraft] = useState(value)
  useEffect(() => setDraft(value), [value])
  const commit = () => draft.trim() !== value && onCommit(draft)
  return <input {...input} className={className} value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()} />
}
