import * as A from '@automerge/automerge'
import { createHeadlessEditor } from '@lexical/headless'
import { $getRoot, $isElementNode, type LexicalEditor } from 'lexical'
import { RICH_TEXT_NODES } from './nodes'
import { RichTextBinding } from './binding'
import { $readBlock } from './lexicalContent'
import { cleanMarks, marksKey, markerToSpec, specKey } from './schema'
import { MemorySource } from './source'
import { initRichText } from './commands'

/** Headless editors bound to in-memory copies of one document, for tests and benchmarks. */

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

type Line = { head: string; runs: { text: string; mk: string }[] }

function format(lines: Line[]): string {
  return lines
    .map(({ head, runs }) => {
      const merged: { text: string; mk: string }[] = []
      for (const r of runs) {
        const last = merged[merged.length - 1]
        if (r.text === '') continue
        if (last && last.mk === r.mk) last.text += r.text
        else merged.push({ ...r })
      }
      return `${head}:${merged.map((r) => `${JSON.stringify(r.text)}⟦${r.mk}⟧`).join('')}`
    })
    .join('\n')
}

/** The editor's content as a comparable string: one line per block, runs with their marks. */
export function editorSnapshot(editor: LexicalEditor): string {
  return editor.getEditorState().read(() =>
    format(
      $getRoot()
        .getChildren()
        .map((node) => {
          const { spec, runs } = $isElementNode(node) ? $readBlock(node) : { spec: { kind: 'paragraph' as const }, runs: [] }
          return { head: specKey(spec), runs }
        }),
    ),
  )
}

/** The document's content in the same form, read with Automerge.spans. */
export function docSnapshot(doc: A.Doc<unknown>, path: A.Prop[] = PATH): string {
  const lines: Line[] = []
  for (const span of A.spans(doc, path)) {
    if (span.type === 'block') lines.push({ head: specKey(markerToSpec(span.value)), runs: [] })
    else {
      if (lines.length === 0) lines.push({ head: specKey({ kind: 'paragraph' }), runs: [] })
      lines[lines.length - 1]!.runs.push({ text: span.value, mk: marksKey(cleanMarks(span.marks)) })
    }
  }
  if (lines.length === 0) lines.push({ head: specKey({ kind: 'paragraph' }), runs: [] })
  return format(lines)
}
