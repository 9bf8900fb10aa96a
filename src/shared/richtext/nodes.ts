import { LinkNode } from '@lexical/link'
import { BlockNode, paragraphReplacement } from './BlockNode'
import { PASTE_NODES } from './paste'

/** Every node type a rich-text editor bound to Automerge must register. */
export const RICH_TEXT_NODES = [BlockNode, paragraphReplacement, LinkNode, ...PASTE_NODES]
