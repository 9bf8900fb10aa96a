import { fold } from '../text/fold'
/** `@` mentions a contact, `#` a problem, typed in a note body. */
export type MentionTrigger = '@' | '#'

export interface MentionQuery {
  trigger: MentionTrigger
  /** What follows the trigger, up to the caret. */
  query: string
  /** Characters from the trigger to the caret (to replace on pick). */
  length: number
}

const MAX_QUERY = 40

/** The mention being typed at the end of `before` (the text of the line up to the caret), if any. */
export function mentionQuery(before: string): MentionQuery | null {
  const match = /(?:^|\s)([@#])([^\s@#][^@#\n]*|)$/u.exec(before.slice(-MAX_QUERY - 2))
  if (!match) return null
  const trigger = match[1] as MentionTrigger
  const query = match[2] ?? ''
  return { trigger, query, length: query.length + 1 }
}

export interface MentionChoice {
  id: string
  name: string
}


/**
 * The choices for a query: names starting with it first, then containing it. A query with a
 * space only stays open while some name matches it, so ordinary text after a mention closes
 * the menu instead of swallowing Enter.
 */
export function mentionChoices(query: string, items: readonly MentionChoice[], limit = 8): MentionChoice[] | null {
  const q = fold(query.trim())
  const starts: MentionChoice[] = []
  const contains: MentionChoice[] = []
  for (const item of items) {
    const name = fold(item.name)
    if (name.startsWith(q) || name.split(/\s+/).some((w) => w.startsWith(q))) starts.push(item)
    else if (name.includes(q)) contains.push(item)
  }
  const found = [...starts, ...contains].slice(0, limit)
  if (!found.length && /\s/.test(query)) return null
  return found
}
