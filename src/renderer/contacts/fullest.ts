import type { ContactRow } from '../../shared/contacts/contactRow'

/** The record to keep when merging, unless the user picks another: the one that holds the most. */
export function fullest(ids: string[], byId: (id: string) => ContactRow | undefined): string {
  const weight = (row: ContactRow | undefined) => (row ? [row.phone, row.email, row.placeId, row.owner].filter(Boolean).length + row.tags.length + Object.keys(row.levels).length : -1)
  return [...ids].sort((a, b) => weight(byId(b)) - weight(byId(a)) || (a < b ? -1 : 1))[0]!
}
