import { useCallback, useEffect, useMemo, useState } from 'react'
import type { TimeTotals } from '../../shared/contacts/timeSpent'
import { LEVEL_LABELS, LEVELS } from '../../shared/contacts/levels'
import { ROLE_LABELS, ROLES } from '../../shared/contacts/timeSpent'
import { DAY_MS } from '../../shared/contacts/followUp'
import type { ViewProps } from '../app/views'
import { Chart, type ChartProps } from '../charts/Chart'
import { formatDay } from '../contacts/formatDate'
import { PageHeader } from '../views/PageHeader'
import '../styles/mobilize.css'

const RANGES = { week: ['this week', 7], month: ['this month', 30], quarter: ['these three months', 91], year: ['this year', 365] } as const
type Range = keyof typeof RANGES

/** `#time`: who does our work have us spend time with? Interaction minutes by level, role, comrade and week. */
export function TimeView({ session }: ViewProps) {
  const [range, setRange] = useState<Range>('month')
  const [totals, setTotals] = useState<TimeTotals | null>(null)
  const [error, setError] = useState('')
  useEffect(() => {
    const [label, days] = RANGES[range]
    const until = Date.now()
    session.bridge
      .timeSpent({ notebookId: session.id, since: until - days * DAY_MS, until, label })
      .then(setTotals, (e: Error) => setError(e.message))
  }, [session, range])
  const levelRows = useMemo(() => (totals ? LEVELS.map((l) => ({ who: LEVEL_LABELS[l], minutes: totals.byLevel[l] })) : []), [totals])
  const weekRows = useMemo(() => (totals ? totals.byWeek.map(([week, minutes]) => ({ week: new Date(week), minutes })) : []), [totals])
  const levelSpec = useCallback<ChartProps['spec']>((Plot, { theme }) => ({ marginLeft: 110, x: { label: 'minutes', grid: true }, y: { label: null, domain: levelRows.map((r) => r.who) }, marks: [Plot.barX(levelRows, { y: 'who', x: 'minutes', fill: theme.series[0], sort: null })] }), [levelRows])
  const weekSpec = useCallback<ChartProps['spec']>((Plot, { theme }) => ({ x: { label: null, type: 'band', tickFormat: (d: Date) => formatDay(d.getTime()) }, y: { label: 'minutes', grid: true }, marks: [Plot.barY(weekRows, { x: 'week', y: 'minutes', fill: theme.series[1] })] }), [weekRows])
  return (
    <>
      <PageHeader title="Where our time goes">
        <label className="inline-label">
          Period
          <select className="select" aria-label="Period" value={range} onChange={(e) => setRange(e.target.value as Range)}>
            {(Object.keys(RANGES) as Range[]).map((r) => <option key={r} value={r}>{RANGES[r][0]}</option>)}
          </select>
        </label>
      </PageHeader>
      <div className="tasks-page">
        {error && <p className="error-text" role="alert">{error}</p>}
        {!totals ? (
          <p className="muted">Adding up…</p>
        ) : (
          <>
            <p className="reading" data-testid="time-reading"><strong>{totals.reading}</strong></p>
            <p className="muted">
              {totals.minutes.toLocaleString()} minutes logged · {ROLES.map((r) => `${ROLE_LABELS[r]}: ${totals.byRole[r].toLocaleString()}`).join(' · ')} (officers and staff are contacts tagged officer, staff or organizer)
            </p>
            <Chart title="Minutes by level" summary={totals.reading} spec={levelSpec} table={{ columns: ['Level', 'Minutes'], rows: levelRows.map((r) => [r.who, r.minutes]) }} fileName="time-by-level" height={160} />
            <Chart title="Minutes per week" summary={`${totals.byWeek.length} weeks`} spec={weekSpec} table={{ columns: ['Week of', 'Minutes'], rows: totals.byWeek.map(([w, m]) => [formatDay(w), m]) }} fileName="time-by-week" />
            <h3>By comrade</h3>
            <table className="ctable-simple">
              <tbody>
                {totals.byComrade.map(([who, minutes]) => (
                  <tr key={who}><td>{who || 'Not signed'}</td><td>{minutes.toLocaleString()} min</td><td className="muted">{Math.round((100 * minutes) / totals.minutes)}%</td></tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </div>
    </>
  )
}
