import { $toggleLink } from '@lexical/link'
import { $getRoot, $getSelection, $isElementNode, $isRangeSelection, $isTextNode, $setSelection, type ElementNode, type LexicalEditor, type TextFormatType } from 'lexical'
import { $isBlockNode } from './BlockNode'
import { $readBlock } from './lexicalContent'
import { $selectionAt } from './points'
import { runsLength, runsText } from './runs'
import type { BlockSpec } from './schema'

/** Programmatic editing the way a user's keystrokes do it (used by tests and benchmarks). */
export interface Place {
  block: number
  offset: number
}

function $at(place: Place): { block: ElementNode; offset: number } {
  const blocks = $getRoot().getChildren().filter($isElementNode)
  const block = blocks[Math.min(place.block, blocks.length - 1)]!
  return { block, offset: Math.min(place.offset, runsLength($readBlock(block).runs)) }
}

/** Selects as a click or arrow key does: the selection takes the formats of the text at its anchor, so typing inherits them. */
function $select(anchor: Place, focus: Place = anchor) {
  const selection = $selectionAt($at(anchor), $at(focus))
  const node = selection.anchor.getNode()
  if ($isTextNode(node)) {
    selection.format = node.getFormat()
    selection.style = node.getStyle()
  }
  $setSelection(selection)
  return selection
}

const run = (editor: LexicalEditor, fn: () => void): void => editor.update(fn, { discrete: true })

export const typeAt = (editor: LexicalEditor, at: Place, text: string): void =>
  run(editor, () => $select(at).insertText(text))

export const deleteRange = (editor: LexicalEditor, from: Place, to: Place): void =>
  run(editor, () => $select(from, to).removeText())

export const enterAt = (editor: LexicalEditor, at: Place): void => run(editor, () => $select(at).insertParagraph())

/** Backspace (or Delete): inside text it removes one character, at a block edge Lexical merges blocks. */
export const backspaceAt = (editor: LexicalEditor, at: Place): void => run(editor, () => $deleteCharacter(at, true))

export const deleteForwardAt = (editor: LexicalEditor, at: Place): void => run(editor, () => $deleteCharacter(at, false))

function $deleteCharacter(at: Place, backward: boolean): void {
  const { block, offset } = $at(at)
  const text = $readBlock(block).runs.map((r) => r.text).join('')
  const surrogate = (i: number): boolean => /[\udc00-\udfff]/.test(text[i] ?? '')
  if (backward && offset > 0) {
    const width = offset > 1 && surrogate(offset - 1) ? 2 : 1
    $select({ block: at.block, offset: offset - width }, { block: at.block, offset }).removeText()
  } else if (!backward && offset < text.length) {
    const width = surrogate(offset + 1) ? 2 : 1
    $select({ block: at.block, offset }, { block: at.block, offset: offset + width }).removeText()
  } else if (backward) {
    if ($isBlockNode(block) && block.collapseAtStart()) return
    if (at.block > 0) $select({ block: at.block - 1, offset: Infinity }, { block: at.block, offset: 0 }).removeText()
  } else if (block.getNextSibling()) $select({ block: at.block, offset: Infinity }, { block: at.block + 1, offset: 0 }).removeText()
}

export const formatRange = (editor: LexicalEditor, from: Place, to: Place, format: TextFormatType): void =>
  run(editor, () => $select(from, to).formatText(format))

export const linkRange = (editor: LexicalEditor, from: Place, to: Place, href: string | null): void =>
  run(editor, () => {
    $select(from, to)
    $toggleLink(href)
  })

export const setBlockSpec = (editor: LexicalEditor, block: number, spec: BlockSpec): void =>
  run(editor, () => {
    const node = $getRoot().getChildAtIndex(block)
    if ($isBlockNode(node)) node.setSpec(spec)
  })

export const blockCount = (editor: LexicalEditor): number => editor.getEditorState().read(() => $getRoot().getChildrenSize())

export const blockText = (editor: LexicalEditor, block: number): string =>
  editor.getEditorState().read(() => runsText($readBlock($at({ block, offset: 0 }).block).runs))

export const clearSelection = (editor: LexicalEditor): void => run(editor, () => $setSelection(null))

export const hasRangeSelection = (editor: LexicalEditor): boolean => editor.getEditorState().read(() => $isRangeSelection($getSelection()))
