import { displayName, readContact, type ContactDoc } from './contact'
import { followFacts, type FollowFacts } from './followUp'
import { levelEntries, type Level } from './levels'

/** The compact projection of a contact that lists and the core's index hold. */
export interface ContactRow {
  id: string
  name: string
  phone: string
  email: string
  tags: string[]
  owner: string
  placeId: string
  unit: string
  /** Current level per campaign id. */
  levels: Record<string, Level>
  /** Every level judgement, oldest first: how people moved (campaign dashboards, sum-ups). */
  levelLog: { campaignId: string; level: Level; at: number }[]
  languages: string[]
  /** What the follow-up engine needs; the next date and state depend on the notebook's rules and the day. */
  follow: FollowFacts
  /** Set on a record merged into another: lists hide it. */
  mergedInto: string
  updatedAt: number
}

export function contactRow(doc: ContactDoc): ContactRow {
  const contact = readContact(doc)
  return {
    id: contact.id,
    name: displayName(contact),
    phone: contact.phones[0] ?? '',
    email: contact.email,
    tags: contact.tags,
    owner: contact.owner,
    placeId: contact.placeId,
    unit: contact.unit,
    levels: contact.levels,
    levelLog: levelEntries(doc).map((e) => ({ campaignId: e.campaignId, level: e.level, at: e.at })),
    languages: contact.languages,
    follow: followFacts(contact),
    mergedInto: contact.mergedInto,
    updatedAt: contact.updatedAt,
  }
}
