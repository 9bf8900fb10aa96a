import { useCallback, useMemo } from 'react'
import type { Action } from '../../shared/actions/action'
import { turnoutSeries } from '../../shared/actions/turnout'
import type { Campaign } from '../../shared/campaigns/campaign'
import { Chart, type ChartProps } from '../charts/Chart'
import { formatDay } from '../contacts/formatDate'

/** Turnout per action over time, one colour per campaign. */
export function TurnoutChart({ actions, campaigns }: { actions: Action[]; campaigns: Campaign[] }) {
  const name = useCallback((id: string) => campaigns.find((c) => c.id === id)?.name ?? 'No campaign', [campaigns])
  const points = useMemo(() => turnoutSeries(actions).map((p) => ({ ...p, when: new Date(p.date), campaign: name(p.campaignId) })), [actions, name])
  const names = useMemo(() => [...new Set(points.map((p) => p.campaign))], [points])
  const spec = useCallback<ChartProps['spec']>(
    (Plot, { theme }) => ({
      x: { label: null, type: 'time' },
      // From 0, so equal turnouts draw a flat line at their height rather than a degenerate scale.
      y: { label: 'came', grid: true, domain: [0, Math.max(1, ...points.map((p) => p.came))] },
      color: { domain: names, range: names.map((_, i) => theme.series[i % theme.series.length]!) },
      marks: [Plot.ruleY([0]), Plot.lineY(points, { x: 'when', y: 'came', stroke: 'campaign' }), Plot.dot(points, { x: 'when', y: 'came', fill: 'campaign', r: 4, title: (p: (typeof points)[number]) => `${p.title}: ${p.came} came` })],
    }),
    [points, names],
  )
  if (!points.length) return null
  const total = points.reduce((sum, p) => sum + p.came, 0)
  const best = points.reduce((a, b) => (b.came > a.came ? b : a))
  return (
    <Chart
      title="Turnout per action"
      summary={`${total} came to ${points.length} actions; the most, ${best.came}, to ${best.title}.`}
      spec={spec}
      legend={names.map((label, series) => ({ label, series }))}
      table={{ columns: ['Date', 'Action', 'Campaign', 'Asked', 'Committed', 'Came', 'First time'], rows: points.map((p) => [formatDay(p.date), p.title, p.campaign, p.asked, p.committed, p.came, p.firstTimers]) }}
      fileName="turnout"
      height={180}
    />
  )
}
