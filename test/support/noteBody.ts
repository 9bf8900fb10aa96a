import type { LexicalEditor, RangeSelection } from 'lexical'
import type { Page } from 'playwright-core'
import { poll } from './e2eApp'

/**
 * Selects words in the note body the way a mouse drag would (or puts the caret before them),
 * and waits for Lexical to have taken it: Lexical reads the selection on selectionchange, which
 * a loaded renderer may run after the next keys. Until it has, the selection is made again, as
 * a person would drag again.
 */
export async function selectInBody(page: Page, text: string, caret = false): Promise<void> {
  await poll(() =>
    page.evaluate(
      ([words, collapsed]) => {
        const root = document.querySelector('.note-body .ml-richtext-content')
        if (!root) return false
        const editor = (root as unknown as { __lexicalEditor: LexicalEditor }).__lexicalEditor
        const taken = editor.getEditorState().read(() => {
          const selection = editor.getEditorState()._selection as RangeSelection | null
          if (!selection || selection.isCollapsed() !== collapsed) return false
          const { anchor } = selection
          return collapsed ? anchor.getNode().getTextContent().slice(anchor.offset).startsWith(words) : selection.getTextContent() === words
        })
        if (taken) return true
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf(words)
          if (at < 0) continue
          const range = document.createRange()
          range.setStart(node, at)
          range.setEnd(node, collapsed ? at : at + words.length)
          getSelection()!.removeAllRanges()
          getSelection()!.addRange(range)
          return false
        }
        throw new Error(`“${words}” is not in the body`)
      },
      [text, caret] as const,
    ),
  ).toBe(true)
}
