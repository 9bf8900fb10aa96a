/** What the comrades asked to remove from the notebook's history. */
export type PurgeTargetKind = 'contact' | 'note' | 'quote'
export interface PurgeTarget {
  kind: PurgeTargetKind
  id: string
}

/**
 * Everything a purge takes out, worked out from the notebook's current records
 * (`core/purge/purgeScopeOf.ts`): the ids to drop wherever they stand (a record, a map key,
 * a list element, a reference) and the words to replace in any text and value (a name, phones,
 * an email, quoted words).
 */
export interface PurgeScope {
  ids: ReadonlySet<string>
  words: readonly string[]
  /**
   * A purged quote's words, taken out of its own note's body only (by note id): the same
   * words said by someone else, in another conversation, stay.
   */
  quoteWords?: ReadonlyMap<string, readonly string[]>
}

/** What stands where removed words were. */
export const REMOVED = '[removed]'
