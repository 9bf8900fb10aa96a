import { decodeLink } from '../richtext/schema'
import type { Run } from '../richtext/runs'
import type { PrintBlock } from './leafletHtmlSource'

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** Only links a reader can follow from paper or a web page. */
const safeHref = (href: string): string | null => (/^(https?:|mailto:)/i.test(href.trim()) ? href.trim() : null)

const MARK_TAGS: [keyof Run['marks'], string, string][] = [
  ['strong', '<strong>', '</strong>'],
  ['em', '<em>', '</em>'],
  ['underline', '<u>', '</u>'],
  ['strike', '<s>', '</s>'],
  ['code', '<code>', '</code>'],
  ['highlight', '<mark>', '</mark>'],
]

function runHtml(run: Run): string {
  let html = escapeHtml(run.text).replace(/\n/g, '<br>')
  for (const [mark, open, close] of MARK_TAGS) if (run.marks[mark]) html = open + html + close
  const link = run.marks.link ? decodeLink(run.marks.link) : null
  const href = link ? safeHref(link.href) : null
  return href ? `<a href="${escapeHtml(href)}">${html}</a>` : html
}

const inline = (runs: readonly Run[]): string => runs.map(runHtml).join('') || '<br>'

function blockHtml(block: PrintBlock): string {
  const { spec } = block
  switch (spec.kind) {
    case 'heading':
      return `<h${spec.level ?? 1}>${inline(block.runs)}</h${spec.level ?? 1}>`
    case 'blockquote':
      return `<blockquote class="demand">${inline(block.runs)}</blockquote>`
    case 'hr':
      return '<hr>'
    case 'gathered-quote':
      return `<figure class="pull"><blockquote>${inline(block.runs)}</blockquote>${block.credit ? `<figcaption>— ${escapeHtml(block.credit)}</figcaption>` : ''}</figure>`
    default:
      return `<p>${inline(block.runs)}</p>`
  }
}

const LIST_TAG = { bullet: 'ul', check: 'ul class="checks"', number: 'ol' } as const

/** Leaflet blocks as HTML. Flat list items (with an indent, as stored) become nested lists. */
export function blocksHtml(blocks: readonly PrintBlock[]): string {
  const out: string[] = []
  const open: string[] = [] // the opening tags of the lists open now, innermost last
  const closeTo = (depth: number) => {
    while (open.length > depth) out.push(`</li></${open.pop()!.split(' ')[0]}>`)
  }
  for (const block of blocks) {
    const kind = block.spec.kind
    if (kind !== 'bullet' && kind !== 'number' && kind !== 'check') {
      closeTo(0)
      out.push(blockHtml(block))
      continue
    }
    const depth = (block.spec.indent ?? 0) + 1
    const tag = LIST_TAG[kind]
    if (open.length >= depth && open[depth - 1] !== tag) closeTo(depth - 1)
    if (open.length >= depth) {
      closeTo(depth)
      out.push('</li>')
    }
    while (open.length < depth) {
      out.push(`<${tag}>`)
      open.push(tag)
    }
    const box = kind === 'check' ? `<span class="box${block.spec.checked ? ' done' : ''}"></span>` : ''
    out.push(`<li>${box}${inline(block.runs)}`)
  }
  closeTo(0)
  return out.join('')
}
