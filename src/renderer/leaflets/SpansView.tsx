import * as A from '@automerge/automerge'
import type { ReactNode } from 'react'
import { markerToSpec, type BlockSpec } from '../../shared/richtext/schema'

type Block = { spec: BlockSpec; runs: { text: string; marks: Record<string, unknown> }[] }

function blocksOf(doc: A.Doc<unknown>, field: string): Block[] {
  const blocks: Block[] = []
  for (const span of A.spans(doc, [field])) {
    if (span.type === 'block') blocks.push({ spec: markerToSpec(span.value as Record<string, unknown>), runs: [] })
    else {
      if (blocks.length === 0) blocks.push({ spec: { kind: 'paragraph' }, runs: [] })
      blocks[blocks.length - 1]!.runs.push({ text: span.value, marks: (span.marks ?? {}) as Record<string, unknown> })
    }
  }
  return blocks
}

const WRAP: [string, (n: ReactNode, k: number) => ReactNode][] = [
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
      {blocksOf(doc, field).map((b, i) => {
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
