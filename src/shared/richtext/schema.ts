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
  /** heading level 1–6 (the toolbar offers 1–3; 4–6 come from other editors) */
  level?: number
  /** list nesting depth, 0 = top level; on a paragraph, the depth of the list item it continues */
  indent?: number
  checked?: boolean
  /** gathered quote: the note (and quote) it came from */
  noteId?: string
  quoteId?: string
  /**
   * The marker as stored in the document. Written back untouched while the
   * block shows the same, so what we do not show (parents, unknown types and
   * attributes) survives our edits.
   */
  stored?: MarkerFields
}

export const PARAGRAPH: BlockSpec = { kind: 'paragraph' }

const depth = (n: number | undefined): number => Math.max(0, n ?? 0)

export function normalizeSpec(spec: BlockSpec): BlockSpec {
  const stored = spec.stored ? { stored: spec.stored } : {}
  switch (spec.kind) {
    case 'heading':
      return { kind: 'heading', level: Math.min(6, Math.max(1, spec.level ?? 1)), ...stored }
    case 'bullet':
    case 'number':
      return { kind: spec.kind, indent: depth(spec.indent), ...stored }
    case 'check':
      return { kind: 'check', indent: depth(spec.indent), checked: spec.checked === true, ...stored }
    case 'gathered-quote':
      return { kind: 'gathered-quote', noteId: spec.noteId ?? '', ...(spec.quoteId ? { quoteId: spec.quoteId } : {}), ...stored }
    case 'paragraph':
      return depth(spec.indent) > 0 ? { kind: 'paragraph', indent: depth(spec.indent), ...stored } : { kind: 'paragraph', ...stored }
    default:
      return { kind: spec.kind, ...stored }
  }
}

/** What the block shows (the stored marker left out): equal keys look the same in this editor. */
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
const isListType = (type: string): boolean => type === 'unordered-list-item' || type === 'ordered-list-item'
/** Attributes this editor sets; any other attribute belongs to someone else and is kept. */
const OWN_ATTRS = new Set(['level', 'checked', 'noteId', 'quoteId'])

/**
 * The list items enclosing a block at `indent`, outermost first, as
 * @automerge/prosemirror stores them in `parents`: read from the nearest
 * preceding items of each lower depth (`preceding` walks back from the block),
 * so a bullet under a numbered item names `ordered-list-item`.
 */
export function listParents(indent: number, own: string, preceding: Iterable<BlockSpec>): string[] {
  const parents: string[] = Array.from({ length: indent }, () => own)
  let level = indent
  for (const spec of preceding) {
    if (level === 0) break
    const d = spec.indent ?? 0
    if (!isListKind(spec.kind) && !(spec.kind === 'paragraph' && d > 0)) break
    if (isListKind(spec.kind) && d < level) {
      parents[d] = LIST_TYPE[spec.kind]!
      level = d
    }
  }
  return parents
}

/**
 * The marker for a block: the stored one while it still shows the same,
 * otherwise one made for what the block shows now, keeping unknown attributes.
 * `preceding` (blocks before it, nearest first) places a list item under the
 * items that really enclose it.
 */
export function specToMarker(input: BlockSpec, preceding: Iterable<BlockSpec> = []): MarkerFields {
  const spec = normalizeSpec(input)
  const base = spec.stored
  if (base && specKey(markerToSpec(base)) === specKey(spec)) return base
  const kept: Record<string, A.ScalarValue> = {}
  for (const [key, value] of Object.entries(base?.attrs ?? {})) if (!OWN_ATTRS.has(key)) kept[key] = value
  const made = freshMarker(spec, preceding)
  return { ...made, attrs: { ...kept, ...made.attrs } }
}

function freshMarker(spec: BlockSpec, preceding: Iterable<BlockSpec>): MarkerFields {
  switch (spec.kind) {
    case 'heading':
      return { type: 'heading', parents: [], attrs: { level: spec.level! } }
    case 'bullet':
    case 'number':
    case 'check': {
      const type = LIST_TYPE[spec.kind]!
      const attrs: Record<string, A.ScalarValue> = spec.kind === 'check' ? { checked: spec.checked === true } : {}
      return { type, parents: listParents(spec.indent ?? 0, type, preceding), attrs }
    }
    case 'paragraph':
      return { type: 'paragraph', parents: listParents(spec.indent ?? 0, LIST_TYPE.bullet!, preceding), attrs: {} }
    // as prosemirror writes a quote: its first paragraph opens it, the next ones are paragraphs inside it
    case 'blockquote': {
      const before = first(preceding)
      return before?.kind === 'blockquote'
        ? { type: 'paragraph', parents: ['blockquote'], attrs: {} }
        : { type: 'blockquote', parents: [], attrs: {} }
    }
    // a block of its own: prosemirror shows an embed inline, in the paragraph before it
    case 'hr':
      return { type: 'horizontal-rule', parents: [], attrs: {} }
    case 'gathered-quote':
      return {
        type: 'gathered-quote',
        parents: [],
        attrs: { noteId: spec.noteId ?? '', ...(spec.quoteId ? { quoteId: spec.quoteId } : {}) },
      }
  }
}

function first<T>(items: Iterable<T>): T | undefined {
  for (const item of items) return item
  return undefined
}

const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : A.isImmutableString(v) ? v.val : undefined

/** A marker's fields as plain values, as stored by us or by @automerge/prosemirror. */
function readMarker(marker: Record<string, unknown>): MarkerFields {
  const parents = (Array.isArray(marker.parents) ? marker.parents : []).map(str).filter((p): p is string => p !== undefined)
  const attrs = (marker.attrs && typeof marker.attrs === 'object' ? { ...marker.attrs } : {}) as Record<string, A.ScalarValue>
  return { type: str(marker.type) ?? 'paragraph', parents, attrs, ...(marker.isEmbed === true ? { isEmbed: true } : {}) }
}

/** Reads a marker as stored by us or by @automerge/prosemirror; unknown types show as paragraphs (and are kept). */
export function markerToSpec(marker: Record<string, unknown> | MarkerFields | null | undefined): BlockSpec {
  if (!marker) return PARAGRAPH
  const stored = readMarker(marker as Record<string, unknown>)
  const { type, parents, attrs } = stored
  const indent = parents.filter(isListType).length
  const shown = ((): BlockSpec => {
    switch (type) {
      case 'heading':
        return { kind: 'heading', level: typeof attrs.level === 'number' ? attrs.level : 1 }
      case 'unordered-list-item':
        return typeof attrs.checked === 'boolean' ? { kind: 'check', indent, checked: attrs.checked } : { kind: 'bullet', indent }
      case 'ordered-list-item':
        return { kind: 'number', indent }
      case 'blockquote':
      case 'aside':
        return { kind: 'blockquote' }
      case 'paragraph':
        // a quote's later paragraphs, or a list item's
        return parents[parents.length - 1] === 'blockquote' ? { kind: 'blockquote' } : { kind: 'paragraph', indent }
      case 'horizontal-rule':
        return { kind: 'hr' }
      case 'gathered-quote':
        return { kind: 'gathered-quote', noteId: str(attrs.noteId) ?? '', quoteId: str(attrs.quoteId) ?? '' }
      default:
        return PARAGRAPH
    }
  })()
  return normalizeSpec({ ...shown, stored })
}

/** The value handed to Automerge.splitBlock for a marker. */
export function markerForSplit(spec: BlockSpec, preceding: Iterable<BlockSpec> = []): { [key: string]: A.MaterializeValue } {
  const m = specToMarker(spec, preceding)
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

/**
 * Links are stored as prosemirror does: a JSON string { href, title }. No
 * title is "", as prosemirror's reader writes it back, so a link does not
 * change when it passes through that editor.
 */
export const encodeLink = (href: string, title: string | null = null): string => JSON.stringify({ href, title: title ?? '' })
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
    if (v === undefined || v === null || v === false) continue
    const link = name === 'link' ? decodeLink(v) : null
    out[name] = link ? encodeLink(link.href, link.title) : (v as A.ScalarValue)
  }
  return out
}

/** How marks we create grow at their edges: formatting follows typing at its end, links do not. */
export const expandFor = (name: MarkName): 'after' | 'none' => (name === 'link' ? 'none' : 'after')
