import { turnout } from '../actions/turnout'
import type { Action } from '../actions/action'
import type { Meeting } from '../meetings/meeting'

const WEEK_MS = 7 * 86_400_000

/** One gathering's turnout as a campaign counts it: who came to an action, who signed in at a meeting. */
export interface GatheringTurnout {
  kind: 'action' | 'meeting'
  campaignId: string
  date: number
  came: number
}

export function gatheringTurnouts(actions: readonly Pick<Action, 'campaignId' | 'date' | 'asks'>[], meetings: readonly Pick<Meeting, 'campaignId' | 'date' | 'signIns'>[]): GatheringTurnout[] {
  return [
    ...actions.map((a) => ({ kind: 'action' as const, campaignId: a.campaignId, date: a.date, came: turnout(a).came })),
    ...meetings.map((m) => ({ kind: 'meeting' as const, campaignId: m.campaignId, date: m.date, came: m.signIns.length })),
  ]
}

/**
 * A campaign's turnout per week, actions and meetings apart. `weeks` are the starts of
 * consecutive weeks (the dashboard's); a gathering outside them (before the first, or
 * planned after this week) is left out, as is one of another campaign.
 */
export function weeklyTurnout(gatherings: readonly GatheringTurnout[], campaignId: string, weeks: readonly number[]): { actions: number[]; meetings: number[] } {
  const actions = weeks.map(() => 0)
  const meetings = weeks.map(() => 0)
  const start = weeks[0] ?? 0
  for (const g of gatherings) {
    if (g.campaignId !== campaignId || !g.came || g.date < start) continue
    const slot = Math.floor((g.date - start) / WEEK_MS)
    if (slot >= weeks.length) continue
    ;(g.kind === 'action' ? actions : meetings)[slot]! += g.came
  }
  return { actions, meetings }
}
