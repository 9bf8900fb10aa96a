import { beforeAll, describe, expect, it } from 'vitest'
import { CRITERIA } from '../../../shared/campaigns/ripeness'
import { generatedNotebook } from '../../../../test/support/cli'

const { cli, json, generate } = generatedNotebook('massline-cli-campaigns-')

describe('campaigns in the CLI', () => {
  beforeAll(async () => {
    expect(await generate('--contacts', '240', '--notes', '200', '--leaflets', '2')).toMatchObject({ campaigns: 4, candidates: expect.any(Number) })
  })

  it('lists the campaigns with their tide, step and sum-ups', async () => {
    const list = await json('campaigns', 'list')
    expect(list.map((c: { name: string }) => c.name)).toEqual(['Heat and repairs now', 'No rent increase at Maple Court', 'Stop the evictions', 'Warehouse safe staffing'])
    for (const c of list) {
      expect(c).toMatchObject({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), target: expect.any(String), tide: expect.stringMatching(/^(high|low)$/), archivedAt: 0 })
      expect(c.step).toBeGreaterThanOrEqual(2)
      expect(c.sumUps).toBeGreaterThan(0)
    }
    expect((await cli('campaigns', 'list')).out).toMatch(/Heat and repairs now {2}Greystone Property Mgmt {2}(high|low) tide {2}step \d/)
  })

  it('shows a campaign with its ripeness judgements, tide history, demands, tactics and sum-ups', async () => {
    const [first] = await json('campaigns', 'list')
    const c = await json('campaigns', 'show', first.id)
    expect(c).toMatchObject({ id: first.id, name: 'Heat and repairs now', problem: expect.any(String), powerHolder: expect.stringMatching(/Greystone/) })
    // Judged by several members on all eight criteria, and not always alike.
    const { judgements } = c.ripeness
    expect(new Set(judgements.map((j: { criterion: string }) => j.criterion))).toEqual(new Set(CRITERIA.map((k) => k.id)))
    expect(new Set(judgements.map((j: { by: string }) => j.by)).size).toBeGreaterThanOrEqual(3)
    expect(judgements[0]).toMatchObject({ verdict: expect.any(String), reason: expect.any(String), evidence: expect.arrayContaining([expect.stringMatching(/^cell:/)]), at: expect.any(Number) })
    // The tide rose with a reason; it is a history, not a label.
    expect(c.tideHistory.length).toBeGreaterThanOrEqual(2)
    expect(c.tideHistory.map((t: { tide: string }) => t.tide)).toContain('high')
    expect(c.tideHistory.every((t: { reason: string; at: number }) => t.reason && t.at > 0)).toBe(true)
    expect(c.demands).toEqual([
      { text: 'Heat restored in every unit', status: expect.stringMatching(/^(raised|partlyWon|won|dropped)$/) },
      { text: 'Repairs within 14 days', status: expect.stringMatching(/^(raised|partlyWon|won|dropped)$/) },
    ])
    expect(c.tactics.length).toBeGreaterThanOrEqual(3)
    expect(c.tactics.map((t: { rung: number }) => t.rung)).toEqual([...c.tactics.map((t: { rung: number }) => t.rung)].sort((a, b) => a - b))
    expect(c.sumUps.length).toBeGreaterThan(0)
    expect(c.sumUps[0]).toMatchObject({ at: expect.any(Number), figures: { contacts: expect.any(Number), meetings: expect.any(Number) }, text: expect.stringMatching(/Contacts gained[\s\S]*What worked\n.+/) })

    const human = (await cli('campaigns', 'show', first.id)).out
    expect(human).toMatch(/^Heat and repairs now: Greystone Property Mgmt/)
    expect(human).toMatch(/Tide history:\n {2}\d{4}-\d\d-\d\d {2}low {2}Starting out/)
    expect(human).toMatch(/Ripeness judgements: \d+/)
  })

  it('refuses an unknown campaign with a clear error', async () => {
    expect(await cli('campaigns', 'show', 'no-such-campaign')).toMatchObject({ code: 1, err: expect.stringMatching(/No campaign “no-such-campaign” in this notebook/) })
  })
})
