import type { ContactRow } from '../contacts/contactRow'
import type { Leaflet } from '../leaflets/leaflet'
import type { NoteRow } from '../notes/noteRow'

/** How many records cite a campaign: conversation notes, leaflets, and contacts judged in it. */
export interface CampaignUse {
  notes: number
  leaflets: number
  contacts: number
}

export interface CampaignCiters {
  notes: readonly Pick<NoteRow, 'campaignIds'>[]
  leaflets: readonly Pick<Leaflet, 'campaignId'>[]
  contacts: readonly Pick<ContactRow, 'levels' | 'mergedInto'>[]
}

export function campaignUse(id: string, { notes, leaflets, contacts }: CampaignCiters): CampaignUse {
  return {
    notes: notes.filter((n) => n.campaignIds.includes(id)).length,
    leaflets: leaflets.filter((l) => l.campaignId === id).length,
    // A merged record is hidden, and its levels were carried to the survivor.
    contacts: contacts.filter((c) => !c.mergedInto && id in c.levels).length,
  }
}

const counted = (n: number, one: string) => `${n.toLocaleString()} ${n === 1 ? one : `${one}s`}`

/**
 * Why a campaign cannot be deleted ("cited by 12 conversations and 1 leaflet; archive it instead"), or null when nothing cites it. Deleting a cited campaign
 * would leave notes, leaflets and levels pointing at nothing; archiving keeps their history.
 */
export function whyNotDeletable(use: CampaignUse): string | null {
  const parts = [
    use.notes && counted(use.notes, 'conversation'),
    use.leaflets && counted(use.leaflets, 'leaflet'),
    use.contacts && `${counted(use.contacts, 'contact')} judged in it`,
  ].filter((p): p is string => Boolean(p))
  if (parts.length === 0) return null
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
  return `cited by ${list}; archive it instead`
}
