import {
  $applyNodeReplacement,
  ParagraphNode,
  type EditorConfig,
  type LexicalNode,
  type NodeKey,
  type RangeSelection,
  type SerializedElementNode,
  type Spread,
} from 'lexical'
import { isListKind, normalizeSpec, PARAGRAPH, specKey, type BlockSpec } from './schema'

export type SerializedBlockNode = Spread<{ spec: BlockSpec; textFormat: number; textStyle: string }, SerializedElementNode>

/**
 * Every top-level block is one BlockNode, so Lexical's root children map one
 * to one onto Automerge block markers (lists are flat items with an indent,
 * as in Automerge, rather than Lexical's nested ListNode tree).
 */
export class BlockNode extends ParagraphNode {
  __spec: BlockSpec

  static override getType(): string {
    return 'ml-block'
  }

  static override clone(node: BlockNode): BlockNode {
    return new BlockNode(node.__spec, node.__key)
  }

  constructor(spec: BlockSpec = PARAGRAPH, key?: NodeKey) {
    super(key)
    this.__spec = normalizeSpec(spec)
  }

  getSpec(): BlockSpec {
    return this.getLatest().__spec
  }

  setSpec(spec: BlockSpec): this {
    const next = normalizeSpec(spec)
    const current = this.getSpec()
    // the stored marker too, so a block re-rendered after a remote change carries what the document now holds
    if (specKey(next) === specKey(current) && JSON.stringify(next.stored) === JSON.stringify(current.stored)) return this
    const self = this.getWritable()
    self.__spec = next
    return self
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const spec = this.__spec
    const tag = spec.kind === 'heading' ? `h${spec.level ?? 1}` : TAGS[spec.kind]
    const dom = document.createElement(tag)
    dom.className = `ml-block ml-${spec.kind}`
    applyAttributes(dom, spec)
    void config
    return dom
  }

  override updateDOM(prevNode: ParagraphNode, dom: HTMLElement): boolean {
    const prev = (prevNode as BlockNode).__spec
    const next = this.__spec
    if (prev.kind !== next.kind || prev.level !== next.level) return true
    applyAttributes(dom, next)
    return false
  }

  static override importJSON(json: SerializedBlockNode): BlockNode {
    return $createBlockNode(json.spec)
  }

  override exportJSON(): SerializedBlockNode {
    return { ...super.exportJSON(), type: 'ml-block', spec: this.getSpec() }
  }

  override insertNewAfter(selection: RangeSelection, restoreSelection = true): ParagraphNode {
    // the new block gets a marker of its own (placed after this one), not a copy of this one's stored marker
    const { stored: _own, ...spec } = this.getSpec()
    void _own
    const nextSpec: BlockSpec = isListKind(spec.kind)
      ? { ...spec, checked: false }
      : spec.kind === 'blockquote' || (spec.kind === 'paragraph' && spec.indent)
        ? spec
        : PARAGRAPH
    const next = $createBlockNode(nextSpec)
    next.setTextFormat(selection.format)
    this.insertAfter(next, restoreSelection)
    return next
  }

  /** Backspace at the start of a list item, heading or quote turns it back into a paragraph. */
  override collapseAtStart(): boolean {
    if (this.getSpec().kind !== 'paragraph') {
      this.setSpec(PARAGRAPH)
      return true
    }
    return super.collapseAtStart()
  }
}

const TAGS: Record<BlockSpec['kind'], string> = {
  paragraph: 'p',
  heading: 'h1',
  blockquote: 'blockquote',
  bullet: 'li',
  number: 'li',
  check: 'li',
  hr: 'div',
  'gathered-quote': 'blockquote',
}

function applyAttributes(dom: HTMLElement, spec: BlockSpec): void {
  dom.style.setProperty('--ml-indent', String(spec.indent ?? 0))
  dom.dataset.indent = String(spec.indent ?? 0)
  dom.toggleAttribute('data-checked', spec.checked === true)
  if (spec.kind === 'check') dom.setAttribute('role', 'checkbox')
  if (spec.kind === 'check') dom.setAttribute('aria-checked', String(spec.checked === true))
  if (spec.noteId) dom.dataset.noteId = spec.noteId
  if (spec.quoteId) dom.dataset.quoteId = spec.quoteId
}

export function $createBlockNode(spec: BlockSpec = PARAGRAPH): BlockNode {
  return $applyNodeReplacement(new BlockNode(spec))
}

export function $isBlockNode(node: LexicalNode | null | undefined): node is BlockNode {
  return node instanceof BlockNode
}

/** Lexical creates ParagraphNodes itself (empty root, Enter); make those BlockNodes. */
export const paragraphReplacement = {
  replace: ParagraphNode,
  with: () => new BlockNode(PARAGRAPH),
  withKlass: BlockNode,
}

