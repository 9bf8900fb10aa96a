import { byTimeThenId } from '../contacts/levels'
import { str, type Scalar } from '../notebook/scalar'
import type { Tide } from './campaign'

/**
 * The plan of a campaign, kept on its record one key per entry (like contact levels), so
 * entries two devices add at once all stay: `tide:<id>`, `step:<id>`, `tactic:<id>`,
 * `sumup:<id>`, and `demandStatus:<demand>` for the status of each demand.
 */
export const STEPS = [1, 2, 3] as const
export type Step = (typeof STEPS)[number]
export const STEP_LABELS: Record<Step, string> = {
  1: 'Investigation and agitation',
  2: 'Contacts and follow-up',
  3: 'Mobilization',
}

export const DEMAND_STATUSES = ['raised', 'partlyWon', 'won', 'dropped'] as const
export type DemandStatus = (typeof DEMAND_STATUSES)[number]
export const DEMAND_STATUS_LABELS: Record<DemandStatus, string> = { raised: 'Raised', partlyWon: 'Partly won', won: 'Won', dropped: 'Dropped' }

export const TACTIC_STATUSES = ['planned', 'done', 'dropped'] as const
export type TacticStatus = (typeof TACTIC_STATUSES)[number]
export const TACTIC_STATUS_LABELS: Record<TacticStatus, string> = { planned: 'Planned', done: 'Done', dropped: 'Dropped' }

export interface TideEntryDoc {
  tide: Scalar
  at: number
  reason: Scalar
  by?: Scalar
}
export interface StepEntryDoc {
  step: number
  at: number
  by?: Scalar
}
export interface TacticDoc {
  name: Scalar
  /** Position on the ladder: higher escalates further. */
  rung: number
  /** Planned day (ms), 0 when not set. */
  plannedAt: number
  status: Scalar
  createdAt: number
}
export interface SumUpDoc {
  /** The day it sums up to. */
  at: number
  by?: Scalar
  /** Collaborative rich text (block markers and marks; shared/richtext). */
  body: string
  /** The figures it was pre-filled with (JSON), kept as they were: the next sum-up compares against them. */
  figures: Scalar
}

export interface TideEntry {
  id: string
  tide: Tide
  at: number
  reason: string
  by: string
}
export interface StepEntry {
  id: string
  step: Step
  at: number
  by: string
}
export interface Tactic {
  id: string
  name: string
  rung: number
  plannedAt: number
  status: TacticStatus
  createdAt: number
}
export interface SumUp {
  id: string
  at: number
  by: string
  figures: SumUpFigures | null
}

/** What a sum-up counted (see sumUpPrefill). */
export interface SumUpFigures {
  contacts: number
  levels: Record<'advanced' | 'intermediate' | 'backward', number>
  conversations: number
  quotes: number
  leaflets: number
  copies: number
  /** Totals to date; null in sum-ups written before meetings, actions and tasks were counted. */
  meetings: number | null
  actions?: number | null
  /** Signed in at meetings plus came to actions. */
  turnout: number | null
  tasksDone: number | null
  tasksDropped: number | null
}

export interface Plan {
  tides: TideEntry[]
  steps: StepEntry[]
  tactics: Tactic[]
  sumUps: SumUp[]
  demandStatus: Record<string, DemandStatus>
}

export const DEMAND_STATUS_KEY = 'demandStatus:'

function parseFigures(text: string): SumUpFigures | null {
  try {
    const value = JSON.parse(text) as SumUpFigures
    return typeof value === 'object' && value !== null && typeof value.contacts === 'number' ? value : null
  } catch {
    return null
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

/** Reads the plan entries off a campaign record, each list oldest first (tactics by rung). */
export function readPlan(record: object): Plan {
  const plan: Plan = { tides: [], steps: [], tactics: [], sumUps: [], demandStatus: {} }
  for (const [key, value] of Object.entries(record)) {
    const colon = key.indexOf(':')
    if (colon < 0) continue
    const id = key.slice(colon + 1)
    const kind = key.slice(0, colon)
    if (kind === 'demandStatus') {
      const status = str(value)
      if ((DEMAND_STATUSES as readonly string[]).includes(status)) plan.demandStatus[id] = status as DemandStatus
      continue
    }
    if (!isObject(value)) continue
    const at = typeof value.at === 'number' ? value.at : 0
    if (kind === 'tide') plan.tides.push({ id, tide: str(value.tide) === 'high' ? 'high' : 'low', at, reason: str(value.reason), by: str(value.by) })
    else if (kind === 'step' && (value.step === 1 || value.step === 2 || value.step === 3)) plan.steps.push({ id, step: value.step, at, by: str(value.by) })
    else if (kind === 'tactic') {
      const status = str(value.status)
      plan.tactics.push({
        id,
        name: str(value.name),
        rung: typeof value.rung === 'number' ? value.rung : 0,
        plannedAt: typeof value.plannedAt === 'number' ? value.plannedAt : 0,
        status: (TACTIC_STATUSES as readonly string[]).includes(status) ? (status as TacticStatus) : 'planned',
        createdAt: typeof value.createdAt === 'number' ? value.createdAt : 0,
      })
    } else if (kind === 'sumup') plan.sumUps.push({ id, at, by: str(value.by), figures: parseFigures(str(value.figures)) })
  }
  plan.tides.sort(byTimeThenId)
  plan.steps.sort(byTimeThenId)
  plan.sumUps.sort(byTimeThenId)
  plan.tactics.sort((a, b) => a.rung - b.rung || a.createdAt - b.createdAt || a.id.localeCompare(b.id))
  return plan
}

/** The step now: the latest transition, or 1 before any. */
export const currentStep = (plan: Plan): Step => plan.steps.at(-1)?.step ?? 1

/** When the next sum-up is due: `everyDays` after the last one (or the campaign's start). */
export function sumUpDueAt(plan: Plan, startedAt: number, everyDays: number): number {
  return (plan.sumUps.at(-1)?.at ?? startedAt) + everyDays * 86_400_000
}

export const DEFAULT_SUMUP_EVERY_DAYS = 14
