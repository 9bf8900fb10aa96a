/** Public API of the Lexical ↔ Automerge rich-text binding (see README.md). */
export { RichTextBinding } from './binding'
export { BlockNode, $createBlockNode, $isBlockNode } from './BlockNode'
export { RICH_TEXT_NODES } from './nodes'
export { MemorySource, type RichTextSource, type SourceChange } from './source'
export { UndoManager } from './undo'
export { Presence, type EphemeralChannel, type PresenceUser, type RemoteCaret } from './presence'
export { registerPaste, $blocksFromHtml, $blocksFromText } from './paste'
export {
  initRichText,
  setBlockType,
  toggleList,
  indentBlocks,
  toggleChecked,
  insertGatheredQuote,
  insertHorizontalRule,
  $selectedBlocks,
  type GatheredQuote,
} from './commands'
export { type BlockSpec, type BlockKind, type MarkName, encodeLink, decodeLink } from './schema'
