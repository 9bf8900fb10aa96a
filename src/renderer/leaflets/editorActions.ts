import { $createTextNode, $getRoot, $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical'
import { $createBlockNode, $isBlockNode, $selectedBlocks, type BlockSpec } from '../../shared/richtext'

const DISCRETE = { discrete: true } as const

/** Inserts a block holding `text` after the block with the caret (or at the end). */
export function insertBlock(editor: LexicalEditor, spec: BlockSpec, text: string): void {
  editor.update(() => {
    const block = $createBlockNode(spec)
    block.append($createTextNode(text))
    const [current] = $selectedBlocks().slice(-1)
    if (current) current.insertAfter(block)
    else $getRoot().append(block)
    block.selectEnd()
  }, DISCRETE)
}

/** The selected words, or '' when nothing is selected. */
export function selectedText(editor: LexicalEditor): string {
  return editor.getEditorState().read(() => {
    const selection = $getSelection()
    return $isRangeSelection(selection) && !selection.isCollapsed() ? selection.getTextContent().trim() : ''
  })
}

/** Rewrites (or, with null, removes) the gathered-quote blocks of one quote. Returns how many it touched. */
export function rewriteQuoteBlocks(editor: LexicalEditor, quoteId: string, text: string | null): number {
  let touched = 0
  editor.update(() => {
    for (const block of $getRoot().getChildren()) {
      if (!$isBlockNode(block) || block.getSpec().quoteId !== quoteId) continue
      touched++
      if (text === null) block.remove()
      else {
        block.clear()
        block.append($createTextNode(text))
      }
    }
  }, DISCRETE)
  return touched
}
