import * as A from '@automerge/automerge'
import { markerForSplit, type BlockSpec } from './schema'

export interface Block {
  spec: BlockSpec
  text: string
}

/**
 * Writes blocks into an empty text field inside a change: each block is a marker followed by
 * its text, the shape the rich-text editor reads (src/shared/richtext/README.md).
 */
export function writeRichBody(doc: A.Doc<unknown>, path: A.Prop[], blocks: readonly Block[]): void {
  let at = 0
  for (const block of blocks) {
    A.splitBlock(doc, path, at, markerForSplit(block.spec))
    A.splice(doc, path, at + 1, 0, block.text)
    at += 1 + block.text.length
  }
}
