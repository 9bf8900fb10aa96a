import type { LexicalEditor, RangeSelection } from 'lexical'
import type { Page } from 'playwright-core'
import { poll } from './e2eApp'

/** Selects words in the note body the way a mouse drag would (or puts the caret before them), and waits for Lexical to take it. */
export async function selectInBody(page: Page, text: string, caret = false): Promise<void> {
  await page.evaluate(
    ([words, collapsed]) => {
      const root = document.querySelector('.note-body .ml-richtext-content')!
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(words)
        if (at < 0) continue
        const range = document.createRange()
        range.setStart(node, at)
        range.setEnd(node, collapsed ? at : at + words.length)
        getSelection()!.removeAllRanges()
        getSelection()!.addRange(range)
        return
      }
      throw new Error(`“${words}” is not in the body`)
    },
    [text, caret] as const,
  )
  // Lexical takes the selection on selectionchange, which a loaded renderer may run after the keys.
  await poll(() =>
    page.evaluate(
      ([words, collapsed]) => {
        const editor = (document.querySelector('.note-body .ml-richtext-content') as unknown as { __lexicalEditor: LexicalEditor }).__lexicalEditor
        return editor.getEditorState().read(() => {
          const selection = editor.getEditorState()._selection as RangeSelection | null
          if (!selection || selection.isCollapsed() !== collapsed) return false
          const { anchor } = selection
          return collapsed ? anchor.getNode().getTextContent().slice(anchor.offset).startsWith(words) : selection.getTextContent() === words
        })
      },
      [text, caret] as const,
    ),
  ).toBe(true)
}
