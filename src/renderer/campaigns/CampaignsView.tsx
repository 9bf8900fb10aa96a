import { Flag, Scale } from 'lucide-react'
import { useMemo, useState } from 'react'
import { readCampaign, type Campaign, type CampaignDoc } from '../../shared/campaigns/campaign'
import { readPlan, type Plan } from '../../shared/campaigns/plan'
import { putNewCampaign } from '../../shared/campaigns/campaignMutations'
import { newId } from '../../shared/ids'
import { formatDay } from '../contacts/formatDate'
import { listTerms, resolveTerm } from '../../shared/notebook/terms'
import type { ViewProps } from '../app/views'
import { editRecord } from '../places/editRecord'
import { useShardRecords } from '../session/useShardRecords'
import { EmptyState } from '../views/EmptyState'
import { PageHeader } from '../views/PageHeader'
import { useRoot } from '../session/useRoot'
import { CampaignEditor } from './CampaignEditor'
import { CampaignLifecycle } from './CampaignLifecycle'
import { FightBoard } from './fight/FightBoard'
import '../styles/campaigns.css'

const readDoc = (doc: CampaignDoc): Campaign & { plan: Plan } => ({ ...readCampaign(doc), plan: readPlan(doc) })

/** `#campaigns`: the fights the collective chose; `#campaigns/<id>` opens one. */
export function CampaignsView({ session, param, go }: ViewProps) {
  const campaigns = useShardRecords(session, 'campaigns', readDoc)
  const { root } = useRoot(session)
  const [name, setName] = useState('')
  const [error, setError] = useState('')
  const sorted = useMemo(() => [...(campaigns ?? [])].sort((a, b) => a.name.localeCompare(b.name)), [campaigns])
  const running = sorted.filter((c) => !c.archivedAt)
  const archived = sorted.filter((c) => c.archivedAt)
  const targets = useMemo(() => (root ? listTerms(root, 'target').map((t) => t.name) : []), [root])
  const choosing = param === 'choose' || param.startsWith('choose/')
  const [, presetProblem = '', presetTarget = ''] = choosing ? param.split('/') : []
  const campaignNames = useMemo(() => new Map(sorted.map((c) => [c.id, c.name])), [sorted])
  const current = sorted.find((c) => c.id === param) ?? (param ? undefined : (running[0] ?? sorted[0]))
  const [showArchived, setShowArchived] = useState(Boolean(current?.archivedAt))

  const create = async (event: React.FormEvent) => {
    event.preventDefault()
    const id = newId()
    const failed = await editRecord<CampaignDoc>(session, 'campaigns', id, (shard, cid, now) => putNewCampaign(shard, cid, { name }, now))
    setError(failed ?? '')
    if (!failed) {
      setName('')
      go('campaigns', id)
    }
  }

  return (
    <>
      <PageHeader title="Campaigns">
        <button type="button" className="btn" aria-current={choosing ? 'page' : undefined} onClick={() => go('campaigns', 'choose')}>
          <Scale size={15} aria-hidden /> Choose a fight
        </button>
      </PageHeader>
      <form className="quick-add campaign-add" aria-label="New campaign" onSubmit={(e) => void create(e)}>
        <input className="input" aria-label="New campaign name" placeholder="Name a new campaign, e.g. No rent increase at Maple Court" value={name} onChange={(e) => setName(e.target.value)} />
        <button className="btn primary" type="submit">
          New campaign
        </button>
        {error && (
          <span className="error-text" role="alert">
            {error}
          </span>
        )}
      </form>
      <div className="page-body campaigns">
        {choosing ? (
          <FightBoard session={session} go={go} preset={presetProblem ? { problem: presetProblem, target: presetTarget } : null} campaignNames={campaignNames} />
        ) : campaigns === null ? (
          <p className="muted campaigns-loading">Loading campaigns…</p>
        ) : sorted.length === 0 ? (
          <EmptyState icon={Flag} title="No campaigns yet">
            A campaign is the fight your collective chose: its target, demands and tide. Judge problems from your investigation before picking one, then name it above.
          </EmptyState>
        ) : (
          <>
            <nav className="campaign-list" aria-label="Campaigns">
              {running.map((c) => (
                <CampaignItem key={c.id} campaign={c} current={c.id === current?.id} go={go} />
              ))}
              {running.length === 0 && <p className="muted fine campaigns-none">Every campaign is archived.</p>}
              {archived.length > 0 && (
                <details className="campaigns-archived" open={showArchived || Boolean(current?.archivedAt)} onToggle={(e) => setShowArchived(e.currentTarget.open)}>
                  <summary>Archived ({archived.length})</summary>
                  {archived.map((c) => (
                    <CampaignItem key={c.id} campaign={c} current={c.id === current?.id} go={go} />
                  ))}
                </details>
              )}
            </nav>
            <section className="campaign-detail" aria-label="Campaign">
              {current ? (
                <>
                  <CampaignLifecycle key={`lifecycle-${current.id}`} session={session} campaign={current} onDeleted={() => go('campaigns')} />
                  <CampaignEditor key={current.id} session={session} campaign={current} plan={current.plan} targets={targets} problemName={(root && current.problem && resolveTerm(root, current.problem)?.name) || ''} />
                </>
              ) : (
                <p className="muted">This campaign is not in the notebook. It may have been deleted on another device.</p>
              )}
            </section>
          </>
        )}
      </div>
    </>
  )
}

function CampaignItem({ campaign: c, current, go }: { campaign: Campaign; current: boolean; go: ViewProps['go'] }) {
  return (
    <button className="campaign-item" data-testid="campaign-row" aria-current={current ? 'page' : undefined} onClick={() => go('campaigns', c.id)}>
      <span className="campaign-name">{c.name || 'Unnamed campaign'}</span>
      <span className="muted fine">
        {c.target || 'no target yet'} · {c.archivedAt ? `archived ${formatDay(c.archivedAt)}` : <span className={`tide tide-${c.tide}`}>{c.tide} tide</span>}
      </span>
    </button>
  )
}
