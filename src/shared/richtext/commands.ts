import * as A from "@automerge/automerge";
import {
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  type LexicalEditor,
} from "lexical";
import { $createBlockNode, $isBlockNode, type BlockNode } from "./BlockNode";
import {
  isListKind,
  markerForSplit,
  PARAGRAPH,
  type BlockSpec,
} from "./schema";

// Commands commit at once, so callers (and the document) see their effect when they return.
const DISCRETE = { discrete: true } as const;

/** Starts an empty rich-text field: one paragraph marker, so every character belongs to a block. */
export function initRichText(doc: A.Doc<unknown>, path: A.Prop[]): void {
  if (A.spans(doc, path).length === 0)
    A.splitBlock(doc, path, 0, markerForSplit(PARAGRAPH));
}

/** The top-level blocks the selection touches (or the first block when there is no selection). */
export function $selectedBlocks(): BlockNode[] {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return [];
  const blocks = new Map<string, BlockNode>();
  for (const node of [
    selection.anchor.getNode(),
    ...selection.getNodes(),
    selection.focus.getNode(),
  ]) {
    const top = node.getTopLevelElement() ?? node;
    if ($isBlockNode(top)) blocks.set(top.getKey(), top);
  }
  return [...blocks.values()];
}

/** Sets the block type of the selected blocks, in place (the block keeps its identity). */
export function setBlockType(
  editor: LexicalEditor,
  spec: BlockSpec | ((current: BlockSpec) => BlockSpec),
): void {
  editor.update(() => {
    for (const block of $selectedBlocks())
      block.setSpec(typeof spec === "function" ? spec(block.getSpec()) : spec);
  }, DISCRETE);
}

/** Toggles a list kind: list items of that kind become paragraphs, anything else becomes that list. */
export function toggleList(
  editor: LexicalEditor,
  kind: "bullet" | "number" | "check",
): void {
  setBlockType(editor, (s) =>
    s.kind === kind
      ? PARAGRAPH
      : { kind, indent: isListKind(s.kind) ? s.indent : 0 },
  );
}

export function indentBlocks(editor: LexicalEditor, delta: 1 | -1): void {
  setBlockType(editor, (s) =>
    isListKind(s.kind)
      ? { ...s, indent: Math.max(0, Math.min(6, (s.indent ?? 0) + delta)) }
      : s,
  );
}

export function toggleChecked(editor: LexicalEditor, blockKey: string): void {
  editor.update(() => {
    const root = $getRoot();
    const block = root.getChildren().find((c) => c.getKey() === blockKey);
    if ($isBlockNode(block) && block.getSpec().kind === "check")
      block.setSpec({ ...block.getSpec(), checked: !block.getSpec().checked });
  }, DISCRETE);
}

export interface GatheredQuote {
  noteId: string;
  quoteId?: string;
  text: string;
}

/** Leaflets: inserts a quote gathered from a note after the block holding the caret (or at the end). */
export function insertGatheredQuote(
  editor: LexicalEditor,
  quote: GatheredQuote,
): void {
  editor.update(() => {
    const block = $createBlockNode({
      kind: "gathered-quote",
      noteId: quote.noteId,
      ...(quote.quoteId ? { quoteId: quote.quoteId } : {}),
    });
    if (quote.text) block.append($createTextNode(quote.text));
    const [current] = $selectedBlocks().slice(-1);
    if (current) current.insertAfter(block);
    else $getRoot().append(block);
    block.selectEnd();
  }, DISCRETE);
}

/** Inserts a horizontal rule after the current block, followed by an empty paragraph to keep typing in. */
export function insertHorizontalRule(editor: LexicalEditor): void {
  editor.update(() => {
    const hr = $createBlockNode({ kind: "hr" });
    const after = $createBlockNode(PARAGRAPH);
    const [current] = $selectedBlocks().slice(-1);
    if (current) current.insertAfter(hr);
    else $getRoot().append(hr);
    hr.insertAfter(after);
    after.select();
  }, DISCRETE);
}
