import { describe, expect, it } from 'vitest'
import type { Ask } from '../actions/action'
import type { SignIn } from '../meetings/meeting'
import { gatheringTurnouts, weeklyTurnout } from './campaignTurnout'
import { weekStart, WEEK_MS } from './dashboard'

const DAY = 86_400_000
const MONDAY = weekStart(new Date(2026, 10, 4, 12).getTime())
const WEEKS = [0, 1, 2, 3].map((i) => MONDAY + i * WEEK_MS)
const asks = (...states: Ask['state'][]): Ask[] => states.map((state, i) => ({ contactId: `c${i}`, state, at: 0, by: '', firstTime: false }))
const signIns = (n: number): SignIn[] => Array.from({ length: n }, (_, i) => ({ contactId: `s${i}`, at: 0, firstTime: false, apparel: false, contributed: false }))

describe('a campaign’s turnout per week', () => {
  it('counts who came to actions and who signed in at meetings, in the week of each', () => {
    const gatherings = gatheringTurnouts(
      [
        { campaignId: 'rent', date: MONDAY + 2 * DAY, asks: asks('came', 'came', 'committed', 'declined', 'asked') },
        { campaignId: 'rent', date: MONDAY + 6 * DAY + 23 * 3_600_000, asks: asks('came') },
        { campaignId: 'rent', date: MONDAY + 2 * WEEK_MS, asks: asks('came', 'came', 'came') },
      ],
      [{ campaignId: 'rent', date: MONDAY + WEEK_MS + DAY, signIns: signIns(8) }],
    )
    expect(weeklyTurnout(gatherings, 'rent', WEEKS)).toEqual({ actions: [3, 0, 3, 0], meetings: [0, 8, 0, 0] })
  })

  it('leaves out other campaigns, gatherings before the first week and those planned after the last', () => {
    const gatherings = gatheringTurnouts(
      [
        { campaignId: 'wages', date: MONDAY + DAY, asks: asks('came') },
        { campaignId: '', date: MONDAY + DAY, asks: asks('came') },
        { campaignId: 'rent', date: MONDAY - 1, asks: asks('came') },
        { campaignId: 'rent', date: MONDAY + 4 * WEEK_MS, asks: asks('came') },
        { campaignId: 'rent', date: MONDAY + 3 * WEEK_MS, asks: asks('committed', 'asked') },
      ],
      [{ campaignId: 'wages', date: MONDAY, signIns: signIns(3) }],
    )
    expect(weeklyTurnout(gatherings, 'rent', WEEKS)).toEqual({ actions: [0, 0, 0, 0], meetings: [0, 0, 0, 0] })
    expect(weeklyTurnout(gatherings, 'wages', WEEKS)).toEqual({ actions: [1, 0, 0, 0], meetings: [3, 0, 0, 0] })
    expect(weeklyTurnout(gatherings, 'rent', [])).toEqual({ actions: [], meetings: [] })
  })
})
