import type { ImportField, ImportMapping } from '../../shared/contacts/importTypes'

/** Headers compared without case, spaces or punctuation: "First Name" = "first_name" = "FirstName". */
export const headerKey = (header: string): string => header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')

const SYNONYMS: Record<Exclude<ImportField, 'ignore'>, string[]> = {
  name: ['name', 'fullname', 'contactname', 'displayname', 'nombre'],
  firstName: ['firstname', 'first', 'givenname', 'fname', 'contactfirstname'],
  lastName: ['lastname', 'last', 'surname', 'familyname', 'lname', 'contactlastname'],
  phone: ['phone', 'phonenumber', 'phones', 'mobile', 'mobilephone', 'cell', 'cellphone', 'homephone', 'workphone', 'telephone', 'tel', 'preferredphone', 'contactcell', 'can2phone', 'otherphones'],
  email: ['email', 'emailaddress', 'preferredemail', 'mail'],
  tags: ['tags', 'tag', 'groups', 'labels', 'categories', 'can2usertags'],
  languages: ['language', 'languages', 'preferredlanguage', 'lang', 'spokenlanguage'],
  address: ['address', 'address1', 'addressline1', 'street', 'streetaddress', 'mailingaddress', 'can2useraddress'],
  unit: ['unit', 'apt', 'apartment', 'address2', 'addressline2', 'suite', 'department', 'flat'],
  whereMet: ['wheremet', 'source', 'origin', 'event', 'campaign', 'chapter'],
  howMet: ['howmet', 'howwemet'],
  owner: ['owner', 'organizer', 'assignedto', 'responsible', 'texter'],
  notes: ['notes', 'note', 'comments', 'comment'],
  noTexts: ['optout', 'contactoptout', 'smsoptout', 'donottext', 'can2smsstatus'],
}

const FIELD_BY_KEY = new Map(Object.entries(SYNONYMS).flatMap(([field, keys]) => keys.map((k) => [k, field as ImportField])))

/** The exports organizers bring, recognized by headers only they use. */
const SOURCES: { label: string; detect: (keys: Set<string>) => boolean }[] = [
  { label: 'Action Network', detect: (k) => [...k].some((h) => h.startsWith('can2')) },
  { label: 'NGP VAN', detect: (k) => k.has('vanid') || k.has('voterfilevanid') },
  { label: 'Spoke', detect: (k) => k.has('contactcell') || k.has('contactfirstname') },
  { label: 'Solidarity Tech', detect: (k) => k.has('phonenumber') && k.has('chapter') },
]

export function detectSource(headers: string[]): string {
  const keys = new Set(headers.map(headerKey))
  return SOURCES.find((s) => s.detect(keys))?.label ?? 'Generic CSV'
}

/** The mapping a person would pick for these headers; anything unknown is ignored until they say otherwise. */
export function autoMapping(headers: string[]): ImportMapping {
  return Object.fromEntries(headers.map((h) => [h, FIELD_BY_KEY.get(headerKey(h)) ?? 'ignore']))
}
