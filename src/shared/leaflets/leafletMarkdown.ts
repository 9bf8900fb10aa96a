import { decodeLink } from '../richtext/schema'
import type { Run } from '../richtext/runs'
import type { LeafletSource, PrintBlock } from './leafletHtmlSource'

/** Backslash-escapes what Markdown would read as syntax. */
const escapeMd = (text: string): string => text.replace(/([\\`*_[\]<>#~|])/g, '\\$1').replace(/^(\s*)([-+]|\d+[.)])(\s)/gm, '$1\\$2$3')

function runMd(run: Run): string {
  if (!run.text.trim()) return run.text
  // Marks wrap the words, not the spaces around them (`** bold**` is not bold).
  const [, lead, words, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(run.text)!
  let md = run.marks.code ? `\`${words!.replace(/`/g, 'ˋ')}\`` : escapeMd(words!)
  if (run.marks.strong || run.marks.highlight) md = `**${md}**`
  if (run.marks.em) md = `*${md}*`
  if (run.marks.strike) md = `~~${md}~~`
  const link = run.marks.link ? decodeLink(run.marks.link) : null
  if (link && /^(https?:|mailto:)/i.test(link.href)) md = `[${md}](<${link.href.replace(/[<>]/g, encodeURIComponent)}>)`
  return lead + md + trail
}

const inline = (runs: readonly Run[]): string => runs.map(runMd).join('').replace(/\n/g, '  \n')

function blockMd(block: PrintBlock, number: number): string {
  const { spec } = block
  const indent = '   '.repeat(spec.indent ?? 0)
  switch (spec.kind) {
    case 'heading':
      return `${'#'.repeat(spec.level ?? 1)} ${inline(block.runs)}`
    case 'bullet':
      return `${indent}- ${inline(block.runs)}`
    case 'check':
      return `${indent}- [${spec.checked ? 'x' : ' '}] ${inline(block.runs)}`
    case 'number':
      return `${indent}${number}. ${inline(block.runs)}`
    case 'hr':
      return '---'
    case 'blockquote':
      return `> **${inline(block.runs)}**`
    case 'gathered-quote':
      return [`> ${inline(block.runs)}`, ...(block.credit ? ['>', `> — ${escapeMd(block.credit)}`] : [])].join('\n')
    default:
      return inline(block.runs)
  }
}

const isItem = (b: PrintBlock): boolean => b.spec.kind === 'bullet' || b.spec.kind === 'number' || b.spec.kind === 'check'

function blocksMd(blocks: readonly PrintBlock[]): string {
  const out: string[] = []
  const counters: number[] = []
  blocks.forEach((block, i) => {
    const depth = block.spec.indent ?? 0
    counters.length = isItem(block) ? depth + 1 : 0
    counters[depth] = block.spec.kind === 'number' ? (counters[depth] ?? 0) + 1 : 0
    // List items sit on consecutive lines; everything else is a paragraph of its own.
    const previous = blocks[i - 1]
    if (i > 0) out.push(isItem(block) && previous && isItem(previous) ? '\n' : '\n\n')
    out.push(blockMd(block, counters[depth]!))
  })
  return out.join('') + '\n'
}

/** The leaflet as Markdown for the web: gathered quotes become block quotes with their credit. */
export function leafletMarkdown(source: LeafletSource): string {
  if (source.b.length === 0) return blocksMd(source.a)
  return `${blocksMd(source.a)}\n---\n\n${blocksMd(source.b)}`
}
