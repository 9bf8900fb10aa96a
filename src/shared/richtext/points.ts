import {
  $createRangeSelection,
  $getNodeByKey,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
  type PointType,
  type RangeSelection,
} from 'lexical'

const sizeOf = (node: LexicalNode): number =>
  $isTextNode(node) ? node.getTextContentSize() : $isLineBreakNode(node) ? 1 : $isElementNode(node) ? elementSize(node) : 0

function elementSize(node: ElementNode): number {
  let n = 0
  for (const child of node.getChildren()) n += sizeOf(child)
  return n
}

/** A Lexical point as (top-level block key, text offset in that block). */
export function $pointToBlockOffset(point: PointType): { key: string; offset: number } | null {
  const node = $getNodeByKey(point.key)
  if (!node) return null
  const top = node.getTopLevelElement() ?? ($isElementNode(node) ? node : null)
  if (!top) return null
  let offset = point.type === 'text' ? point.offset : 0
  if (point.type === 'element' && $isElementNode(node)) {
    node.getChildren().slice(0, point.offset).forEach((c) => (offset += sizeOf(c)))
  }
  let current: LexicalNode = node
  while (current.getKey() !== top.getKey()) {
    for (let s = current.getPreviousSibling(); s; s = s.getPreviousSibling()) offset += sizeOf(s)
    const parent: ElementNode | null = current.getParent()
    if (!parent) break
    current = parent
  }
  return { key: top.getKey(), offset }
}

/** Sets a point to a text offset inside a block, preferring text positions. */
function $setPoint(point: PointType, block: ElementNode, offset: number): void {
  let left = offset
  const walk = (parent: ElementNode): boolean => {
    const children = parent.getChildren()
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!
      if ($isTextNode(child)) {
        const size = child.getTextContentSize()
        if (left <= size) {
          point.set(child.getKey(), left, 'text')
          return true
        }
        left -= size
      } else if ($isElementNode(child)) {
        if (walk(child)) return true
      } else {
        const size = sizeOf(child)
        if (left < size || (left === 0 && size === 0)) {
          point.set(parent.getKey(), i, 'element')
          return true
        }
        left -= size
        if (left === 0 && !$isTextNode(children[i + 1] ?? null)) {
          point.set(parent.getKey(), i + 1, 'element')
          return true
        }
      }
    }
    return false
  }
  if (!walk(block)) point.set(block.getKey(), block.getChildrenSize(), 'element')
}

export function $selectionAt(anchor: { block: ElementNode; offset: number }, focus: { block: ElementNode; offset: number }): RangeSelection {
  const selection = $createRangeSelection()
  $setPoint(selection.anchor, anchor.block, anchor.offset)
  $setPoint(selection.focus, focus.block, focus.offset)
  return selection
}
