import type { PurgeTargetKind } from './purgeScope'

/** A purge from history the user of this device has not been told of yet. */
export interface PurgeNotice {
  id: string
  kind: PurgeTargetKind
  at: number
  /** How many old documents this device deleted. */
  documents: number
  /** Records this device had edited in the old documents (away, or during the purge) whose edits were carried onto the new ones. */
  carried?: number
  /** Edits this device had made to the purged records themselves, not kept. */
  dropped?: number
}

const WHAT: Record<PurgeTargetKind, string> = { contact: 'a person', note: 'a note', quote: 'a quote' }

/**
 * What a device that never syncs again still holds: said in the confirmation before a purge,
 * and in the notice after one.
 */
export const PURGE_LIMITS =
  'A device that never syncs again (a lost or seized laptop, a member who was removed, a copy or a bundle file made before) still holds the old history, including everything removed. The purge cannot reach it.'

/** What the comrades see before they confirm a purge. */
export function purgeConsequences(kind: PurgeTargetKind): string[] {
  const what = WHAT[kind]
  return [
    kind === 'contact'
      ? 'Their record, the records merged into it, and the quotes they said are removed. Notes, meetings, tasks and leaflets that name them are kept, with their name, phones, email and words replaced by [removed].'
      : kind === 'note'
        ? 'The note and its quotes are removed, with the follow-up it wrote on contacts, and the quotes leaflets cited from it.'
        : 'The quote is removed, and its words are replaced by [removed] wherever they were written, in notes and leaflets.',
    `The notebook moves onto new documents that never held ${what}, and every member's device deletes the old ones when it next syncs. Named versions of a changed leaflet are lost. This cannot be undone.`,
    'The notebook secret is rotated.',
    PURGE_LIMITS,
  ]
}

/** The notice a member gets when a purge reaches their device. */
export function purgeNoticeText(notice: PurgeNotice, formatDate: (at: number) => string): string {
  return [
    `On ${formatDate(notice.at)} a comrade removed ${WHAT[notice.kind]} from the notebook's history. This device has deleted the old copies (${plural(notice.documents, 'document')}).`,
    carriedText(notice),
    PURGE_LIMITS,
  ]
    .filter(Boolean)
    .join(' ')
}

/** What became of this device's own edits to the replaced documents, or '' when it had made none. */
export function carriedText({ carried = 0, dropped = 0 }: Pick<PurgeNotice, 'carried' | 'dropped'>): string {
  const kept = carried ? `Your edits made meanwhile to ${plural(carried, 'record')} were carried over to the new copies, with the removed words replaced by [removed].` : ''
  const lost = dropped ? `${plural(dropped, 'edit')} you made to what was removed ${dropped === 1 ? 'was' : 'were'} not kept.` : ''
  return [kept, lost].filter(Boolean).join(' ')
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`
