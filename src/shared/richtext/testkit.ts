import * as A from '@automerge/automerge'
import { createHeadlessEditor } from '@lexical/headless'
import { LinkNode } from '@lexical/link'
import { $getRoot, $isElementNode, type LexicalEditor } from 'lexical'
import { BlockNode, paragraphReplacement } from './BlockNode'
import { RichTextBinding } from './binding'
import { $readBlock } from './lexicalContent'
import { marksKey, markerToSpec, specKey } from './schema'
import { MemorySource } from './source'
import { initRichText } from './commands'

/** Headless editors bound to in-memory copies of one document, for tests and benchmarks. */
export const RICH_TEXT_NODES = [BlockNode, paragraphReplacement, LinkNode]

export function headlessEditor(): LexicalEditor {
  return createHeadlessEditor({
    nodes: RICH_TEXT_NODES,
    onError: (e) => {
      throw e
    },
  })
}

export interface Peer {
  editor: LexicalEditor
  source: MemorySource<{ body: string }>
  binding: RichTextBinding<{ body: string }>
}

export const PATH = ['body']

export function emptyDoc(actor?: string): A.Doc<{ body: string }> {
  return A.change(A.from({ body: '' }, actor ? { actor } : undefined), (d) => initRichText(d, PATH))
}

export function peerFrom(doc: A.Doc<{ body: string }>, actor: string): Peer {
  const editor = headlessEditor()
  const source = new MemorySource(A.clone(doc, { actor }))
  const binding = new RichTextBinding(editor, source, PATH)
  return { editor, source, binding }
}

/** The editor's content as a comparable string: one line per block, runs with their marks. */
export function editorSnapshot(editor: LexicalEditor): string {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((node) => {
        const { spec, runs } = $isElementNode(node) ? $readBlock(node) : { spec: { kind: 'paragraph' as const }, runs: [] }
        return `${specKey(spec)}:${runs.map((r) => `${JSON.stringify(r.text)}{${r.mk}}`).join('')}`
      })
      .join('\n'),
  )
}

/** The document's content in the same form, read with Automerge.spans. */
export function docSnapshot(doc: A.Doc<unknown>, path: A.Prop[] = PATH): string {
  const lines: string[] = []
  let current: string | null = null
  let runs = ''
  const flush = (): void => {
    if (current !== null) lines.push(`${current}:${runs}`)
  }
  for (const span of A.spans(doc, path)) {
    if (span.type === 'block') {
      flush()
      current = specKey(markerToSpec(span.value))
      runs = ''
    } else {
      if (current === null) current = specKey({ kind: 'paragraph' })
      const marks = marksKey(Object.fromEntries(Object.entries(span.marks ?? {})))
      runs += `${JSON.stringify(span.value)}{${marks}}`
    }
  }
  flush()
  if (lines.length === 0) lines.push(`${specKey({ kind: 'paragraph' })}:`)
  return mergeRuns(lines).join('\n')
}

/** spans may split runs with equal marks; join them as Lexical would. */
function mergeRuns(lines: string[]): string[] {
  return lines.map((line) => {
    const colon = line.indexOf(':')
    const head = line.slice(0, colon)
    const parts = [...line.slice(colon + 1).matchAll(/("(?:[^"\\]|\\.)*")\{([^}]*)\}/g)].map((m) => ({ text: JSON.parse(m[1]!) as string, mk: m[2]! }))
    const merged: { text: string; mk: string }[] = []
    for (const p of parts) {
      const last = merged[merged.length - 1]
      if (last && last.mk === p.mk) last.text += p.text
      else if (p.text !== '') merged.push({ ...p })
    }
    return `${head}:${merged.map((r) => `${JSON.stringify(r.text)}{${r.mk}}`).join('')}`
  })
}
