import * as A from '@automerge/automerge'

/**
 * Block and mark vocabulary. Block markers use @automerge/prosemirror's shape
 * ({ type, parents, attrs } with ImmutableString type names) so the same
 * document opens in either editor.
 */
export type BlockKind =
  | 'paragraph'
  | 'heading'
  | 'blockquote'
  | 'bullet'
  | 'number'
  | 'check'
  | 'hr'
  | 'gathered-quote'

export interface BlockSpec {
  kind: BlockKind
  /** heading level 1–3 */
  level?: number
  /** list nesting depth, 0 = top level */
  indent?: number
  checked?: boolean
  /** gathered quote: the note (and quote) it came from */
  noteId?: string
  quoteId?: string
}

export const PARAGRAPH: BlockSpec = { kind: 'paragraph' }

export function normalizeSpec(spec: BlockSpec): BlockSpec {
  switch (spec.kind) {
    case 'heading':
      return { kind: 'heading', level: Math.min(3, Math.max(1, spec.level ?? 1)) }
    case 'bullet':
    case 'number':
      return { kind: spec.kind, indent: Math.max(0, spec.indent ?? 0) }
    case 'check':
      return { kind: 'check', indent: Math.max(0, spec.indent ?? 0), checked: spec.checked === true }
    case 'gathered-quote':
      return { kind: 'gathered-quote', noteId: spec.noteId ?? '', ...(spec.quoteId ? { quoteId: spec.quoteId } : {}) }
    default:
      return { kind: spec.kind }
  }
}

export function specKey(spec: BlockSpec): string {
  const s = normalizeSpec(spec)
  return `${s.kind}|${s.level ?? ''}|${s.indent ?? ''}|${s.checked ?? ''}|${s.noteId ?? ''}|${s.quoteId ?? ''}`
}

export const isListKind = (kind: BlockKind): boolean => kind === 'bullet' || kind === 'number' || kind === 'check'

/** The fields of an Automerge block marker, as plain values (type names unwrapped). */
export interface MarkerFields {
  type: string
  parents: string[]
  attrs: Record<string, A.ScalarValue>
  isEmbed?: boolean
}

const LIST_TYPE: Record<string, string> = { bullet: 'unordered-list-item', check: 'unordered-list-item', number: 'ordered-list-item' }

export function specToMarker(input: BlockSpec): MarkerFields {
  const spec = normalizeSpec(input)
  switch (spec.kind) {
    case 'heading':
      return { type: 'heading', parents: [], attrs: { level: spec.level! } }
    case 'bullet':
    case 'number':
    case 'check': {
      const type = LIST_TYPE[spec.kind]!
      const attrs: Record<string, A.ScalarValue> = spec.kind === 'check' ? { checked: spec.checked === true } : {}
      return { type, parents: Array.from({ length: spec.indent ?? 0 }, () => type), attrs }
    }
    case 'hr':
      return { type: 'horizontal-rule', parents: [], attrs: {}, isEmbed: true }
    case 'gathered-quote':
      return {
        type: 'gathered-quote',
        parents: [],
        attrs: { noteId: spec.noteId ?? '', ...(spec.quoteId ? { quoteId: spec.quoteId } : {}) },
      }
    default:
      return { type: spec.kind, parents: [], attrs: {} }
  }
}

const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : A.isImmutableString(v) ? v.val : undefined

/** Reads a marker as stored by us or by @automerge/prosemirror; unknown types become paragraphs. */
export function markerToSpec(marker: Record<string, unknown> | null | undefined): BlockSpec {
  if (!marker) return PARAGRAPH
  const type = str(marker.type) ?? 'paragraph'
  const parents = Array.isArray(marker.parents) ? marker.parents : []
  const attrs = (marker.attrs && typeof marker.attrs === 'object' ? marker.attrs : {}) as Record<string, unknown>
  const indent = parents.filter((p) => str(p)?.endsWith('list-item')).length
  switch (type) {
    case 'heading':
      return normalizeSpec({ kind: 'heading', level: typeof attrs.level === 'number' ? attrs.level : 1 })
    case 'unordered-list-item':
      return typeof attrs.checked === 'boolean'
        ? { kind: 'check', indent, checked: attrs.checked }
        : { kind: 'bullet', indent }
    case 'ordered-list-item':
      return { kind: 'number', indent }
    case 'blockquote':
    case 'aside':
      return { kind: 'blockquote' }
    case 'horizontal-rule':
      return { kind: 'hr' }
    case 'gathered-quote':
      return normalizeSpec({ kind: 'gathered-quote', noteId: str(attrs.noteId) ?? '', quoteId: str(attrs.quoteId) ?? '' })
    default:
      return PARAGRAPH
  }
}

/** The value handed to Automerge.splitBlock for a new marker. */
export function markerForSplit(spec: BlockSpec): { [key: string]: A.MaterializeValue } {
  const m = specToMarker(spec)
  return {
    type: new A.ImmutableString(m.type),
    parents: m.parents.map((p) => new A.ImmutableString(p)),
    attrs: m.attrs,
    ...(m.isEmbed ? { isEmbed: true } : {}),
  }
}

/** Inline marks, named as @automerge/prosemirror names them where it has them. */
export type MarkName = 'strong' | 'em' | 'underline' | 'strike' | 'code' | 'highlight' | 'link'
export const FORMAT_MARKS = ['strong', 'em', 'underline', 'strike', 'code', 'highlight'] as const
export const MARK_NAMES: readonly MarkName[] = [...FORMAT_MARKS, 'link']
export type Marks = Partial<Record<MarkName, A.ScalarValue>>

/** Lexical's text format names for our format marks. */
export const LEXICAL_FORMAT: Record<(typeof FORMAT_MARKS)[number], 'bold' | 'italic' | 'underline' | 'strikethrough' | 'code' | 'highlight'> = {
  strong: 'bold',
  em: 'italic',
  underline: 'underline',
  strike: 'strikethrough',
  code: 'code',
  highlight: 'highlight',
}

/** Links are stored as prosemirror does: a JSON string { href, title }. */
export const encodeLink = (href: string, title: string | null = null): string => JSON.stringify({ href, title })
export function decodeLink(value: unknown): { href: string; title: string | null } | null {
  if (typeof value !== 'string') return null
  try {
    const parsed = JSON.parse(value) as { href?: unknown; title?: unknown }
    if (typeof parsed.href !== 'string') return null
    return { href: parsed.href, title: typeof parsed.title === 'string' ? parsed.title : null }
  } catch {
    return { href: value, title: null }
  }
}

/** A stable string for a mark set, used to compare runs cheaply. */
export function marksKey(marks: Marks): string {
  let key = ''
  for (const name of MARK_NAMES) {
    const v = marks[name]
    if (v !== undefined && v !== null && v !== false) key += `${name}=${String(v)};`
  }
  return key
}

/** Drops marks we do not know and falsy values, so equal sets compare equal. */
export function cleanMarks(marks: Record<string, unknown> | undefined): Marks {
  const out: Marks = {}
  if (!marks) return out
  for (const name of MARK_NAMES) {
    const v = marks[name]
    if (v !== undefined && v !== null && v !== false) out[name] = v as A.ScalarValue
  }
  return out
}

/** How marks we create grow at their edges: formatting follows typing at its end, links do not. */
export const expandFor = (name: MarkName): 'after' | 'none' => (name === 'link' ? 'none' : 'after')
