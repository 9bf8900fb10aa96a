import type { CampaignDashboard } from '../../../shared/campaigns/dashboard'
import type { ChartProps, ChartTable } from '../../charts/Chart'

const day = (t: number) => new Date(t).toISOString().slice(0, 10)
const LEVELS = ['advanced', 'intermediate', 'backward'] as const
const TURNOUT = { actions: 'Came to actions', meetings: 'Signed in at meetings' } as const
const turnoutAt = (d: CampaignDashboard, i: number) => (d.turnout.actions[i] ?? 0) + (d.turnout.meetings[i] ?? 0)

export interface DashboardChart {
  key: string
  title: string
  summary: string
  spec: ChartProps['spec']
  table: ChartTable
  legend?: { label: string; series: number }[]
  /** What to say instead of empty axes while there is nothing to draw. */
  empty?: string
}

/** The six charts of a campaign dashboard, built once per set of figures (the specs stay stable). */
export function dashboardCharts(d: CampaignDashboard): DashboardChart[] {
  const weeks = d.weeks.map((w) => new Date(w))
  const gained = weeks.map((week, i) => ({ week, n: d.contactsGained[i] ?? 0 }))
  const levels = LEVELS.flatMap((level) => weeks.map((week, i) => ({ week, level, n: d.levels[level][i] ?? 0 })))
  const talks = d.conversations.flatMap((p) => weeks.map((week, i) => ({ week, problem: p.problem, n: p.counts[i] ?? 0 })))
  const turnout = (['actions', 'meetings'] as const).flatMap((kind) => weeks.map((week, i) => ({ week, kind: TURNOUT[kind], n: d.turnout[kind][i] ?? 0 })))
  const busiest = weeks.reduce((best, _, i) => (turnoutAt(d, i) > turnoutAt(d, best) ? i : best), 0)
  const health = [
    { state: 'Due today', n: d.followUp.due },
    { state: 'Overdue', n: d.followUp.overdue },
    { state: 'Gone cold', n: d.followUp.cold },
  ]
  const total = (values: number[]) => values.reduce((a, b) => a + b, 0)
  const none = (values: number[]) => values.every((n) => n === 0)
  // A scale from 0 to at least 1, so a chart of small counts never has a degenerate scale.
  const upTo = (values: number[]) => [0, Math.max(1, ...values)]
  const stacked = (series: number[][]) => upTo(weeks.map((_, i) => total(series.map((s) => s[i] ?? 0))))
  return [
    {
      key: 'gained',
      title: 'Contacts gained per week',
      summary: `${total(d.contactsGained)} contacts gained over ${weeks.length} weeks.`,
      spec: (Plot, { theme }) => ({ x: { label: null }, y: { grid: true, label: 'Contacts', domain: upTo(d.contactsGained) }, marks: [Plot.rectY(gained, { x: 'week', interval: 'week', y: 'n', fill: theme.series[0] }), Plot.ruleY([0])] }),
      table: { columns: ['Week of', 'Contacts gained'], rows: gained.map((g) => [day(g.week.getTime()), g.n]) },
      empty: none(d.contactsGained) ? 'No contacts yet: people join as they are judged in this campaign or named in its conversations.' : undefined,
    },
    {
      key: 'levels',
      title: 'Levels over time',
      summary: `Now ${LEVELS.map((l) => `${d.levels[l].at(-1) ?? 0} ${l}`).join(', ')}.`,
      spec: (Plot, { theme }) => ({
        x: { label: null },
        y: { grid: true, label: 'People', domain: stacked(LEVELS.map((l) => d.levels[l])) },
        color: { domain: [...LEVELS], range: theme.series.slice(0, 3) },
        marks: [Plot.areaY(levels, { x: 'week', y: 'n', fill: 'level', order: [...LEVELS], curve: 'step-after' }), Plot.ruleY([0])],
      }),
      legend: LEVELS.map((l, i) => ({ label: l[0]!.toUpperCase() + l.slice(1), series: i })),
      table: { columns: ['Week of', ...LEVELS], rows: weeks.map((w, i) => [day(w.getTime()), ...LEVELS.map((l) => d.levels[l][i] ?? 0)]) },
      empty: LEVELS.every((l) => none(d.levels[l])) ? 'Nobody judged in this campaign yet: set levels on the contact page or for a group in Contacts.' : undefined,
    },
    {
      key: 'conversations',
      title: 'Conversations per week, by problem',
      summary: d.conversations.map((p) => `${p.problem}: ${total(p.counts)}`).join('; ') || 'No conversations yet.',
      spec: (Plot, { theme }) => ({
        x: { label: null },
        y: { grid: true, label: 'Conversations', domain: stacked(d.conversations.map((p) => p.counts)) },
        color: { domain: d.conversations.map((p) => p.problem), range: theme.series },
        marks: [Plot.rectY(talks, { x: 'week', interval: 'week', y: 'n', fill: 'problem' }), Plot.ruleY([0])],
      }),
      legend: d.conversations.map((p, i) => ({ label: p.problem, series: i })),
      table: { columns: ['Week of', ...d.conversations.map((p) => p.problem)], rows: weeks.map((w, i) => [day(w.getTime()), ...d.conversations.map((p) => p.counts[i] ?? 0)]) },
      empty: d.conversations.every((p) => none(p.counts)) ? 'No conversations for this campaign yet.' : undefined,
    },
    {
      key: 'turnout',
      title: 'Turnout per week',
      summary: turnoutAt(d, busiest)
        ? `${total(d.turnout.actions)} came to actions and ${total(d.turnout.meetings)} signed in at meetings over ${weeks.length} weeks; the most, ${turnoutAt(d, busiest)}, in the week of ${day(weeks[busiest]!.getTime())}.`
        : 'Nobody has come to an action or signed in at a meeting of this campaign yet.',
      spec: (Plot, { theme }) => ({
        x: { label: null },
        y: { grid: true, label: 'People', domain: stacked([d.turnout.actions, d.turnout.meetings]) },
        color: { domain: Object.values(TURNOUT), range: [theme.series[0]!, theme.series[5]!] },
        marks: [Plot.rectY(turnout, { x: 'week', interval: 'week', y: 'n', fill: 'kind', order: Object.values(TURNOUT) }), Plot.ruleY([0])],
      }),
      legend: [
        { label: TURNOUT.actions, series: 0 },
        { label: TURNOUT.meetings, series: 5 },
      ],
      table: { columns: ['Week of', TURNOUT.actions, TURNOUT.meetings], rows: weeks.map((w, i) => [day(w.getTime()), d.turnout.actions[i] ?? 0, d.turnout.meetings[i] ?? 0]) },
      empty: none(d.turnout.actions) && none(d.turnout.meetings) ? 'Nobody has come to a meeting or action of this campaign yet.' : undefined,
    },
    {
      key: 'followup',
      title: 'Follow-up health',
      summary: health.map((h) => `${h.n} ${h.state.toLowerCase()}`).join(', ') + '.',
      spec: (Plot, { theme }) => ({
        marginLeft: 80,
        x: { grid: true, label: 'People', domain: upTo(health.map((h) => h.n)) },
        y: { label: null, domain: health.map((h) => h.state) },
        color: { domain: health.map((h) => h.state), range: [theme.series[1]!, theme.series[4]!, theme.series[2]!] },
        marks: [Plot.barX(health, { y: 'state', x: 'n', fill: 'state' }), Plot.ruleX([0])],
      }),
      table: { columns: ['State', 'People'], rows: health.map((h) => [h.state, h.n]) },
      empty: none(health.map((h) => h.n)) ? 'Nobody in this campaign is due, overdue or gone cold.' : undefined,
    },
    {
      key: 'copies',
      title: 'Copies distributed',
      summary: d.copies.length ? `${total(d.copies.map((c) => c.copies))} copies of ${d.copies.length} leaflets.` : 'No leaflet for this campaign yet.',
      spec: (Plot, { theme }) => ({
        marginLeft: 150,
        x: { grid: true, label: 'Copies', domain: upTo(d.copies.map((c) => c.copies)) },
        // Leaflet titles run long: cut them to fit the margin (the table and tooltips keep them whole).
        y: { label: null, tickFormat: (title: string) => (title.length > 24 ? `${title.slice(0, 23)}…` : title) },
        marks: [Plot.barX(d.copies, { y: 'leaflet', x: 'copies', fill: theme.series[3], sort: { y: '-x' } }), Plot.ruleX([0])],
      }),
      table: { columns: ['Leaflet', 'Copies'], rows: d.copies.map((c) => [c.leaflet, c.copies]) },
      empty: !d.copies.length ? 'No leaflet for this campaign yet.' : none(d.copies.map((c) => c.copies)) ? `No copies out yet of its ${d.copies.length === 1 ? 'leaflet' : `${d.copies.length} leaflets`}.` : undefined,
    },
  ]
}
