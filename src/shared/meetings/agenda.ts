import type { Scalar } from '../notebook/scalar'
import { scalar, str } from '../notebook/scalar'

/** The five parts of a mass meeting (PRODUCT.md, point 7), plus any part the collective adds. */
export const PART_KINDS = ['bitterness', 'sumUp', 'planning', 'education', 'orientation', 'other'] as const
export type PartKind = (typeof PART_KINDS)[number]

/** One part of an agenda as a template holds it. */
export interface AgendaPartTemplate {
  kind: PartKind
  title: string
  minutes: number
}

/** The agenda every new notebook starts from, until the collective saves its own. */
export const DEFAULT_AGENDA: AgendaPartTemplate[] = [
  { kind: 'bitterness', title: 'Speak bitterness: what we face', minutes: 20 },
  { kind: 'sumUp', title: 'Sum-up of recent actions and the plan', minutes: 15 },
  { kind: 'planning', title: 'Planning next steps together', minutes: 25 },
  { kind: 'education', title: 'Political education', minutes: 15 },
  { kind: 'orientation', title: 'Orientation for newcomers', minutes: 15 },
]

/** A part of one meeting's agenda: a key of its own on the meeting (`part:<id>`), so concurrent edits of two parts never clash. */
export interface AgendaPartDoc {
  kind: Scalar
  title: Scalar
  minutes: number
  /** Position in the agenda (fractional, so a part can be moved between two without renumbering). */
  order: number
  leader?: Scalar
  /** Prose: collaborative text. */
  notes?: string
}

export const PART_KEY = 'part:'
export type PartKey = `part:${string}`

export interface AgendaPart {
  id: string
  kind: PartKind
  title: string
  minutes: number
  order: number
  leader: string
  notes: string
}

export function isPartKind(value: string): value is PartKind {
  return (PART_KINDS as readonly string[]).includes(value)
}

/** A time box must be a whole number of minutes, 1 to 240. */
export function checkMinutes(minutes: number): number {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 240) throw new Error(`A part's time box is 1 to 240 minutes, not “${minutes}”`)
  return minutes
}

export function newPartDoc(part: AgendaPartTemplate, order: number): AgendaPartDoc {
  if (!part.title.trim()) throw new Error('An agenda part needs a title')
  return { kind: scalar(isPartKind(part.kind) ? part.kind : 'other'), title: scalar(part.title.trim()), minutes: checkMinutes(part.minutes), order }
}

/** The parts of a meeting, in agenda order. */
export function readAgenda(record: object): AgendaPart[] {
  const parts: AgendaPart[] = []
  for (const [key, value] of Object.entries(record)) {
    if (!key.startsWith(PART_KEY)) continue
    const p = value as AgendaPartDoc
    const kind = str(p.kind)
    parts.push({
      id: key.slice(PART_KEY.length),
      kind: isPartKind(kind) ? kind : 'other',
      title: str(p.title),
      minutes: typeof p.minutes === 'number' ? p.minutes : 0,
      order: typeof p.order === 'number' ? p.order : 0,
      leader: str(p.leader),
      notes: str(p.notes),
    })
  }
  return parts.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1))
}

/** The notebook's template, read from the root (`meetingAgenda`), or the default. */
export function agendaTemplate(stored: unknown): AgendaPartTemplate[] {
  if (!Array.isArray(stored) || !stored.length) return DEFAULT_AGENDA
  return stored.map((p: { kind?: unknown; title?: unknown; minutes?: unknown }) => {
    const kind = str(p?.kind)
    return { kind: isPartKind(kind) ? kind : 'other', title: str(p?.title), minutes: typeof p?.minutes === 'number' ? p.minutes : 15 }
  })
}

/** What a meeting's agenda stores as the notebook's template (titles and time boxes, not notes or leaders). */
export function templateOf(parts: readonly AgendaPart[]): AgendaPartTemplate[] {
  if (!parts.length) throw new Error('A template needs at least one part')
  return parts.map(({ kind, title, minutes }) => ({ kind, title, minutes }))
}

/** Saves an agenda as the notebook's template (replaced whole: two saves at once keep one of the two); call inside a change of the root. */
export function saveTemplate(root: { meetingAgenda?: { kind: Scalar; title: Scalar; minutes: number }[] }, parts: readonly AgendaPart[]): void {
  root.meetingAgenda = templateOf(parts).map((p) => ({ kind: scalar(p.kind), title: scalar(p.title), minutes: p.minutes }))
}
