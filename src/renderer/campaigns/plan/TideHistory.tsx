import { useCallback, useState } from 'react'
import { TIDE_LABELS, TIDES, type Tide } from '../../../shared/campaigns/campaign'
import type { TideEntry } from '../../../shared/campaigns/plan'
import { changeTide } from '../../../shared/campaigns/planMutations'
import { Chart, type ChartProps } from '../../charts/Chart'
import { formatDay } from '../../contacts/formatDate'
import type { PlanEdit } from './usePlanEdit'

const DAY = 86_400_000

/** The tide as dated entries with their reasons, a chart of it over time, and a form to change it. */
export function TideHistory({ tide, history, startedAt, edit, by, rule }: { tide: Tide; history: TideEntry[]; startedAt: number; edit: PlanEdit; by: string; rule: string }) {
  const [next, setNext] = useState<Tide>(tide === 'high' ? 'low' : 'high')
  const [reason, setReason] = useState('')
  const [error, setError] = useState('')
  const save = async () => {
    const failed = await edit((s, id, now) => void changeTide(s, id, { tide: next, reason, by }, now))
    setError(failed ?? '')
    if (!failed) setReason('')
  }
  // A step line: each entry holds until the next; the last one holds until today.
  const points = [...(history.length ? [] : [{ at: startedAt, tide }]), ...history].flatMap((e, i, all) => [
    { date: new Date(e.at), high: e.tide === 'high' ? 1 : 0 },
    { date: new Date(all[i + 1]?.at ?? Math.max(Date.now(), e.at + DAY)), high: e.tide === 'high' ? 1 : 0 },
  ])
  const spec: ChartProps['spec'] = useCallback(
    (Plot, { theme }) => ({
      height: 90,
      y: { domain: [0, 1], ticks: [0, 1], tickFormat: (v: number) => (v ? 'High' : 'Low'), label: null },
      x: { label: null },
      marks: [Plot.areaY(points, { x: 'date', y: 'high', curve: 'step-after', fill: theme.series[0], fillOpacity: 0.25 }), Plot.lineY(points, { x: 'date', y: 'high', curve: 'step-after', stroke: theme.series[0] })],
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [JSON.stringify(points)],
  )
  return (
    <section className="plan-section" aria-label="The tide">
      <h3>Tide: {TIDE_LABELS[tide]}</h3>
      <p className="muted fine" data-testid="tide-rule">
        {rule} <a href="#today/rules">Change the rule</a>
      </p>
      <div className="stack tide-change">
        <select className="select" aria-label="Tide" value={next} onChange={(e) => setNext(e.target.value as Tide)}>
          {TIDES.map((t) => (
            <option key={t} value={t}>
              {TIDE_LABELS[t]}
            </option>
          ))}
        </select>
        <input className="input" aria-label="Why the tide changed" placeholder="Why: what are people doing?" value={reason} onChange={(e) => setReason(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && void save()} />
        <button type="button" className="btn" onClick={() => void save()}>
          Change tide
        </button>
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <Chart title="Tide over time" summary={`${history.length} tide changes; now ${tide} tide.`} spec={spec} height={90} fileName="tide" table={{ columns: ['Date', 'Tide', 'Why'], rows: history.map((e) => [formatDay(e.at), e.tide, e.reason]) }} />
      <ol className="tide-history" aria-label="Tide history">
        {[...history].reverse().map((e) => (
          <li key={e.id}>
            <span className={`tide tide-${e.tide}`}>{e.tide} tide</span> {formatDay(e.at)}: {e.reason}
            {e.by && <span className="muted"> ({e.by})</span>}
          </li>
        ))}
      </ol>
    </section>
  )
}
