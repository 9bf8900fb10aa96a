import * as A from '@automerge/automerge'
import type { ReactNode } from 'react'
import { modelFromDoc } from '../../shared/richtext/model'
import type { MarkName } from '../../shared/richtext/schema'

const WRAP: [MarkName, (n: ReactNode, k: number) => ReactNode][] = [
  ['strong', (n, k) => <strong key={k}>{n}</strong>],
  ['em', (n, k) => <em key={k}>{n}</em>],
  ['underline', (n, k) => <u key={k}>{n}</u>],
  ['strike', (n, k) => <s key={k}>{n}</s>],
  ['highlight', (n, k) => <mark key={k}>{n}</mark>],
]

/** A rich-text field of a past version, read-only (blocks and the common marks). */
export function SpansView({ doc, field }: { doc: A.Doc<unknown>; field: string }) {
  if (typeof (doc as Record<string, unknown>)[field] !== 'string') return null
  return (
    <div className="ml-richtext-content spans-view">
      {modelFromDoc(doc, [field]).map((b, i) => {
        const content = b.runs.map((r, k) => WRAP.reduce<ReactNode>((n, [mark, wrap]) => (r.marks[mark] ? wrap(n, k) : n), r.text))
        const { kind } = b.spec
        if (kind === 'heading') return b.spec.level === 1 ? <h1 key={i}>{content}</h1> : b.spec.level === 2 ? <h2 key={i}>{content}</h2> : <h3 key={i}>{content}</h3>
        if (kind === 'hr') return <hr key={i} />
        if (kind === 'blockquote' || kind === 'gathered-quote') return <blockquote key={i} className={kind === 'gathered-quote' ? 'ml-gathered-quote' : 'ml-blockquote'}>{content}</blockquote>
        if (kind === 'bullet' || kind === 'number' || kind === 'check') return <p key={i} className="spans-item" style={{ marginLeft: `${1.2 + (b.spec.indent ?? 0)}em` }}>{kind === 'number' ? '· ' : '• '}{content}</p>
        return <p key={i}>{content}</p>
      })}
    </div>
  )
}
