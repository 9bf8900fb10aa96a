import { $createLinkNode, $isLinkNode } from '@lexical/link'
import {
  $createLineBreakNode,
  $createTextNode,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
} from 'lexical'
import { $isBlockNode, type BlockNode } from './BlockNode'
import { decodeLink, encodeLink, FORMAT_MARKS, LEXICAL_FORMAT, PARAGRAPH, type BlockSpec, type Marks } from './schema'
import { makeRun, normalizeRuns, type Run } from './runs'

/** Reads a block's text and marks as runs (line breaks become "\n"). */
export function $readBlock(block: ElementNode): { spec: BlockSpec; runs: Run[] } {
  const runs: Run[] = []
  collect(block, null, runs)
  return { spec: $isBlockNode(block) ? block.getSpec() : PARAGRAPH, runs: normalizeRuns(runs) }
}

function collect(parent: ElementNode, link: string | null, out: Run[]): void {
  for (const child of parent.getChildren()) {
    if ($isTextNode(child)) out.push(makeRun(child.getTextContent(), textMarks(child, link)))
    else if ($isLineBreakNode(child)) out.push(makeRun('\n', link ? { link } : {}))
    else if ($isLinkNode(child)) collect(child, encodeLink(child.getURL(), child.getTitle()), out)
    else if ($isElementNode(child)) collect(child, link, out)
  }
}

function textMarks(node: LexicalNode & { hasFormat(f: string): boolean }, link: string | null): Marks {
  const marks: Marks = {}
  for (const name of FORMAT_MARKS) if (node.hasFormat(LEXICAL_FORMAT[name])) marks[name] = true
  if (link) marks.link = link
  return marks
}

/** Replaces a block's children with nodes for the given runs. */
export function $writeBlock(block: BlockNode, runs: readonly Run[]): void {
  block.clear()
  let linkNode: ElementNode | null = null
  let linkValue: unknown = null
  for (const run of runs) {
    const link = run.marks.link !== undefined ? decodeLink(run.marks.link) : null
    if (link === null) linkNode = null
    else if (!linkNode || linkValue !== run.marks.link) {
      linkNode = $createLinkNode(link.href, { title: link.title })
      linkValue = run.marks.link
      block.append(linkNode)
    }
    const target = linkNode ?? block
    run.text.split('\n').forEach((piece, i) => {
      if (i > 0) target.append($createLineBreakNode())
      if (piece === '') return
      const text = $createTextNode(piece)
      for (const name of FORMAT_MARKS) if (run.marks[name]) text.toggleFormat(LEXICAL_FORMAT[name])
      target.append(text)
    })
  }
}
