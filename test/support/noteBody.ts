import type { LexicalEditor, RangeSelection } from 'lexical'
import type { Page } from 'playwright-core'
import { poll } from './e2eApp'

/**
 * Selects words in a rich-text editor the way a mouse drag would (or puts the caret before or
 * after them), and waits for Lexical to have taken it: Lexical reads the selection on
 * selectionchange, which a loaded renderer may run after the next keys. Until it has, the
 * selection is made again, as a person would drag again.
 */
export async function selectInBody(page: Page, text: string, caret: false | 'before' | 'after' = false, editorRoot = '.note-body .ml-richtext-content'): Promise<void> {
  await poll(() =>
    page.evaluate(
      ([words, where, rootSelector]) => {
        const root = document.querySelector(rootSelector)
        if (!root) return false
        const editor = (root as unknown as { __lexicalEditor: LexicalEditor }).__lexicalEditor
        const taken = editor.getEditorState().read(() => {
          const selection = editor.getEditorState()._selection as RangeSelection | null
          if (!selection || selection.isCollapsed() !== Boolean(where)) return false
          const { anchor } = selection
          const text = anchor.getNode().getTextContent()
          if (where === 'before') return text.slice(anchor.offset).startsWith(words)
          if (where === 'after') return text.slice(0, anchor.offset).endsWith(words)
          return selection.getTextContent() === words
        })
        if (taken) return true
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf(words)
          if (at < 0) continue
          const end = at + words.length
          const range = document.createRange()
          range.setStart(node, where === 'after' ? end : at)
          range.setEnd(node, where === 'before' ? at : end)
          getSelection()!.removeAllRanges()
          getSelection()!.addRange(range)
          return false
        }
        throw new Error(`“${words}” is not in the editor`)
      },
      [text, caret, editorRoot] as const,
    ),
  ).toBe(true)
}
