import * as A from '@automerge/automerge'
import { scrubValue, type CopyRules, type Path, type Scrubber } from '../../shared/purge/scrubValue'

type Span = ReturnType<typeof A.spans>[number]

/**
 * A new Automerge document holding `old`'s current state without what `scrub` takes out, and
 * none of its history: a fresh document, not a deletion on top. Rich text (marks and block
 * markers) is copied span by span; a gathered-quote block citing a purged note or quote goes
 * with its text. Values tied to the old history (cursors, named versions) are left out through
 * `omit`, and the caller makes them again.
 */
export function rebuildDocument<T>(old: A.Doc<T>, scrub: Scrubber, omit?: CopyRules['omit']): A.Doc<T> {
  const rich: { path: Path; spans: Span[] }[] = []
  const text = (value: string, path: Path): string => {
    const spans = A.spans(old, path)
    if (!spans.some((s) => s.type === 'block' || (s.marks && Object.keys(s.marks).length))) return scrub.text(value, path)
    rich.push({ path, spans: scrubSpans(spans, (t) => scrub.text(t, path), scrub) })
    return ''
  }
  const plain = scrubValue(old as unknown, scrub, { text, ...(omit ? { omit } : {}) }) as T
  const fresh = A.from(plain as Record<string, unknown>) as A.Doc<T>
  if (!rich.length) return fresh
  return A.change(fresh, (doc) => {
    for (const { path, spans } of rich) A.updateSpans(doc as A.Doc<unknown>, path, spans)
  })
}

export function scrubSpans(spans: Span[], redact: (text: string) => string, scrub: Scrubber): Span[] {
  const out: Span[] = []
  let run: Span[] = []
  let skipping = false
  const endRun = (): void => {
    out.push(...redactRun(run, redact))
    run = []
  }
  for (const span of spans) {
    if (span.type === 'block') {
      endRun()
      const attrs = (span.value as { attrs?: Record<string, unknown> }).attrs ?? {}
      skipping = [attrs.quoteId, attrs.noteId].some((id) => scrub.isPurged(String((id as { val?: string })?.val ?? id ?? '')))
      if (!skipping) out.push(span)
    } else if (!skipping) run.push(span)
  }
  endRun()
  return out
}

/**
 * The text spans of one block without the purged words. Words that cross a change of marks
 * (a name half in bold) are found in the block's whole text; that block then loses its marks.
 */
function redactRun(run: Span[], redact: (text: string) => string): Span[] {
  const whole = run.map((s) => s.value as string).join('')
  const redacted = redact(whole)
  if (redacted === whole) return run
  const each = run.map((s) => ({ ...s, value: redact(s.value as string) }) as Span)
  return each.map((s) => s.value).join('') === redacted ? each : [{ type: 'text', value: redacted }]
}
