import { useEffect, useMemo, useState } from 'react'
import type { CampaignDashboard } from '../../../shared/campaigns/dashboard'
import { useStore } from '../../app/useStore'
import { Chart } from '../../charts/Chart'
import type { NotebookSession } from '../../session/NotebookSession'
import { dashboardCharts } from './dashboardSpecs'

const REFRESH_MS = 800

/** The campaign's charts, from figures the core computes; refreshed a moment after contacts or notes change. */
export function CampaignDashboardView({ session, campaignId, name }: { session: NotebookSession; campaignId: string; name: string }) {
  const contacts = useStore(session.contacts)
  const notes = useStore(session.notes)
  const [figures, setFigures] = useState<CampaignDashboard | null>(null)
  const [error, setError] = useState('')
  useEffect(() => {
    let live = true
    const timer = setTimeout(
      () =>
        void session.bridge.campaignDashboard({ notebookId: session.id, campaignId }).then(
          (d) => live && (setFigures(d), setError('')),
          (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
        ),
      figures ? REFRESH_MS : 0,
    )
    return () => {
      live = false
      clearTimeout(timer)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session, campaignId, contacts, notes])
  const charts = useMemo(() => (figures ? dashboardCharts(figures) : []), [figures])
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'campaign'
  return (
    <section className="plan-section campaign-dashboard" aria-label="Dashboard">
      <h3>Dashboard</h3>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      {!figures && !error && <p className="muted">Counting…</p>}
      <div className="chart-grid">
        {charts.map((c) => (
          <Chart key={c.key} title={c.title} summary={c.summary} spec={c.spec} table={c.table} legend={c.legend ?? []} fileName={`${slug}-${c.key}`} empty={c.empty} />
        ))}
      </div>
    </section>
  )
}
