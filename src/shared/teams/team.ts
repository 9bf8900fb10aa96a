import { newId } from '../ids'
import type { NotebookRootDoc } from '../notebook/schema'
import { scalar, str, strs, type Scalar } from '../notebook/scalar'

export const TEAM_KINDS = ['distribution', 'buildingCommittee', 'phoneTree', 'other'] as const
export type TeamKind = (typeof TEAM_KINDS)[number]

export const TEAM_KIND_LABELS: Record<TeamKind, string> = { distribution: 'Distribution team', buildingCommittee: 'Building committee', phoneTree: 'Phone tree', other: 'Team' }

/**
 * A team (a distribution team, a building committee, a phone tree): a `team:<id>` key on the
 * root document, like the notebook's vocabularies: a collective has a handful of teams, and
 * every screen that names members wants all of them. Members are contact ids; concurrent
 * additions to the list both survive (readers drop repeats).
 */
export interface TeamDoc {
  id: string
  name: Scalar
  kind: Scalar
  createdAt: number
  /** The contact responsible. */
  lead?: Scalar
  campaignId?: Scalar
  members: Scalar[]
}

export interface Team {
  id: string
  name: string
  kind: TeamKind
  createdAt: number
  lead: string
  campaignId: string
  members: string[]
}

export type TeamKey = `team:${string}`
export const teamKey = (id: string): TeamKey => `team:${id}`

export function readTeam(doc: TeamDoc): Team {
  const kind = str(doc.kind)
  return {
    id: doc.id,
    name: str(doc.name),
    kind: (TEAM_KINDS as readonly string[]).includes(kind) ? (kind as TeamKind) : 'other',
    createdAt: doc.createdAt,
    lead: str(doc.lead),
    campaignId: str(doc.campaignId),
    members: [...new Set(strs(doc.members))],
  }
}

/** Every team, by name. */
export function listTeams(root: object): Team[] {
  return Object.entries(root)
    .filter(([key, value]) => key.startsWith('team:') && typeof value === 'object' && value !== null)
    .map(([, value]) => readTeam(value as TeamDoc))
    .sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1))
}

export interface TeamInput {
  name: string
  kind: string
  lead?: string
  campaignId?: string
  members?: string[]
}

/** Adds a team; call inside a change of the root. Returns its id. */
export function putTeam(root: NotebookRootDoc, input: TeamInput, now: number, id = newId()): string {
  if (!input.name.trim()) throw new Error('A team needs a name')
  if (!(TEAM_KINDS as readonly string[]).includes(input.kind)) throw new Error(`Unknown kind of team “${input.kind}”`)
  const doc: TeamDoc = { id, name: scalar(input.name.trim()), kind: scalar(input.kind), createdAt: now, members: [...new Set(input.members ?? [])].map(scalar) }
  if (input.lead) doc.lead = scalar(input.lead)
  if (input.campaignId) doc.campaignId = scalar(input.campaignId)
  ;(root as unknown as Record<TeamKey, TeamDoc>)[teamKey(id)] = doc
  return id
}

function teamIn(root: NotebookRootDoc, id: string): TeamDoc {
  const team = (root as unknown as Record<TeamKey, TeamDoc | undefined>)[teamKey(id)]
  if (!team) throw new Error(`No team ${id} in this notebook`)
  return team
}

export function addMember(root: NotebookRootDoc, id: string, contactId: string): void {
  const team = teamIn(root, id)
  if (!strs(team.members).includes(contactId)) team.members.push(scalar(contactId))
}

export function removeMember(root: NotebookRootDoc, id: string, contactId: string): void {
  const team = teamIn(root, id)
  for (let i = team.members.length - 1; i >= 0; i--) if (str(team.members[i]) === contactId) team.members.splice(i, 1)
  if (str(team.lead) === contactId) delete team.lead
}

export function setTeamLead(root: NotebookRootDoc, id: string, contactId: string): void {
  const team = teamIn(root, id)
  if (contactId) team.lead = scalar(contactId)
  else delete team.lead
}

/** Points a merged-away contact's memberships and leads at the survivor (mergeContacts). */
export function redirectTeams(root: NotebookRootDoc, from: ReadonlySet<string>, to: string): void {
  for (const team of listTeams(root)) {
    const doc = teamIn(root, team.id)
    if (from.has(team.lead)) doc.lead = scalar(to)
    if (!team.members.some((m) => from.has(m))) continue
    const members = [...new Set(team.members.map((m) => (from.has(m) ? to : m)))]
    doc.members.splice(0, doc.members.length, ...members.map(scalar))
  }
}
