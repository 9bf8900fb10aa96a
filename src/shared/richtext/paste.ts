import { $generateNodesFromDOM } from '@lexical/html'
import { $isLinkNode, LinkNode } from '@lexical/link'
import { $isListItemNode, $isListNode, ListItemNode, ListNode } from '@lexical/list'
import { $isHeadingNode, $isQuoteNode, HeadingNode, QuoteNode } from '@lexical/rich-text'
import {
  $createTextNode,
  $getSelection,
  $isDecoratorNode,
  $isElementNode,
  $isLineBreakNode,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_HIGH,
  PASTE_COMMAND,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical'
import { $createBlockNode, $isBlockNode, type BlockNode } from './BlockNode'
import { FORMAT_MARKS, LEXICAL_FORMAT, PARAGRAPH, type BlockSpec } from './schema'

/** Lexical's HTML importers need these node types registered; paste turns them into BlockNodes. */
export const PASTE_NODES = [HeadingNode, QuoteNode, ListNode, ListItemNode]

// Lexical's format bit values (TEXT_TYPE_TO_FORMAT is not exported).
const FORMAT_BITS: Record<string, number> = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16, highlight: 128 }
const KEEP_FORMAT = FORMAT_MARKS.reduce((bits, name) => bits | FORMAT_BITS[LEXICAL_FORMAT[name]]!, 0)

/**
 * A lone UTF-16 surrogate (a clipboard cut mid-emoji) becomes U+FFFD, as Automerge stores it:
 * kept as is, the editor would show a character the document does not hold.
 */
const wellFormed = (text: string): string => text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')

/** Converts HTML from another app into our blocks and marks; anything unknown becomes plain text. */
export function $blocksFromHtml(editor: LexicalEditor, html: string): BlockNode[] {
  const dom = new DOMParser().parseFromString(wellFormed(html), 'text/html')
  const blocks: BlockNode[] = []
  let loose: BlockNode | null = null
  for (const node of $generateNodesFromDOM(editor, dom)) {
    if ($isElementNode(node) && !node.isInline()) {
      loose = null
      blocks.push(...$toBlocks(node, 0))
    } else {
      if (!loose) blocks.push((loose = $createBlockNode(PARAGRAPH)))
      $appendInline(loose, node)
    }
  }
  return blocks
}

export function $blocksFromText(text: string): BlockNode[] {
  return wellFormed(text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      const block = $createBlockNode(PARAGRAPH)
      if (line) block.append($createTextNode(line))
      return block
    })
}

function $toBlocks(node: ElementNode, indent: number, inherited: BlockSpec = PARAGRAPH): BlockNode[] {
  if ($isListNode(node)) {
    const kind = node.getListType() === 'number' ? 'number' : node.getListType() === 'check' ? 'check' : 'bullet'
    return node.getChildren().flatMap((item) => {
      if (!$isListItemNode(item)) return $isElementNode(item) ? $toBlocks(item, indent) : []
      const block = $createBlockNode({ kind, indent, checked: item.getChecked() === true })
      const nested: BlockNode[] = []
      for (const child of item.getChildren()) {
        if ($isListNode(child)) nested.push(...$toBlocks(child, indent + 1))
        else $appendInline(block, child)
      }
      return nested.length > 0 && block.isEmpty() ? nested : [block, ...nested]
    })
  }
  let spec: BlockSpec = inherited
  if ($isHeadingNode(node)) spec = { kind: 'heading', level: Math.min(3, Number(node.getTag().slice(1))) }
  else if ($isQuoteNode(node)) spec = { kind: 'blockquote' }
  else if ($isBlockNode(node) && node.getSpec().kind !== 'paragraph') spec = node.getSpec()
  const children = node.getChildren()
  if (children.some((c) => $isElementNode(c) && !c.isInline())) {
    // containers (tables, divs, nested blocks): flatten, keeping their inner blocks
    return children.flatMap((c) => ($isElementNode(c) && !c.isInline() ? $toBlocks(c, indent, spec) : $toBlocks(wrap(c), indent, spec)))
  }
  const block = $createBlockNode(spec)
  for (const child of children) $appendInline(block, child)
  return [block]
}

function wrap(node: LexicalNode): BlockNode {
  const block = $createBlockNode(PARAGRAPH)
  $appendInline(block, node)
  return block
}

/** Appends an inline node, keeping only text, line breaks, links and our formats. */
function $appendInline(target: ElementNode, node: LexicalNode): void {
  if ($isTextNode(node)) {
    const text = $createTextNode(node.getTextContent())
    text.setFormat(node.getFormat() & KEEP_FORMAT)
    target.append(text)
  } else if ($isLineBreakNode(node)) target.append(node)
  else if ($isLinkNode(node)) {
    const link = new LinkNode(node.getURL(), { title: node.getTitle() })
    target.append(link)
    for (const child of node.getChildren()) $appendInline(link, child)
  } else if ($isElementNode(node)) for (const child of node.getChildren()) $appendInline(target, child)
  else if (!$isDecoratorNode(node)) {
    const text = node.getTextContent()
    if (text) target.append($createTextNode(text))
  }
}

/** Inserts pasted content at the selection. */
export function $pasteBlocks(blocks: BlockNode[]): void {
  const selection = $getSelection()
  if ($isRangeSelection(selection) && blocks.length > 0) selection.insertNodes(blocks)
}

/** Handles paste: HTML first, then plain text; never throws on odd input. */
export function registerPaste(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    PASTE_COMMAND,
    (event) => {
      const data = 'clipboardData' in event ? event.clipboardData : null
      if (!data) return false
      const html = data.getData('text/html')
      const text = data.getData('text/plain')
      event.preventDefault()
      editor.update(() => {
        let blocks: BlockNode[]
        try {
          blocks = html ? $blocksFromHtml(editor, html) : $blocksFromText(text)
        } catch {
          blocks = $blocksFromText(text)
        }
        $pasteBlocks(blocks)
      })
      return true
    },
    COMMAND_PRIORITY_HIGH,
  )
}

