import type { Action, AskState } from './action'

export type Turnout = Record<AskState, number> & { firstTimers: number }

/** How many stand where on an action's list, and how many came for the first time. */
export function turnout(action: Pick<Action, 'asks'>): Turnout {
  const counts: Turnout = { listed: 0, asked: 0, committed: 0, came: 0, declined: 0, firstTimers: 0 }
  for (const ask of action.asks) {
    counts[ask.state]++
    if (ask.state === 'came' && ask.firstTime) counts.firstTimers++
  }
  return counts
}

export interface TurnoutPoint {
  actionId: string
  title: string
  campaignId: string
  date: number
  /** Everyone asked at all (asked, committed, came or said no). */
  asked: number
  committed: number
  came: number
  firstTimers: number
}

/**
 * Turnout per action, oldest first, for the chart over time (one series per campaign).
 * "Committed" counts everyone who said yes, whether or not they came.
 */
export function turnoutSeries(actions: readonly Action[]): TurnoutPoint[] {
  return [...actions]
    .sort((a, b) => a.date - b.date || (a.id < b.id ? -1 : 1))
    .map((a) => {
      const t = turnout(a)
      return { actionId: a.id, title: a.title, campaignId: a.campaignId, date: a.date, asked: t.asked + t.committed + t.came + t.declined, committed: t.committed + t.came, came: t.came, firstTimers: t.firstTimers }
    })
}
