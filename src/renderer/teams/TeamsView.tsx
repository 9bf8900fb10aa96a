import { Network } from 'lucide-react'
import { useMemo, useState } from 'react'
import { listTeams, putTeam, TEAM_KIND_LABELS, TEAM_KINDS } from '../../shared/teams/team'
import { plural } from '../app/plural'
import type { ViewProps } from '../app/views'
import { useRunningCampaigns } from '../meetings/useMobilization'
import { useRoot } from '../session/useRoot'
import { EmptyState } from '../views/EmptyState'
import { PageHeader } from '../views/PageHeader'
import { NetworkPanel } from './NetworkPanel'
import { TeamPage } from './TeamPage'
import '../styles/mobilize.css'

/** `#teams`: distribution teams, building committees and phone trees with their members' tasks, and the network of who recruited and knows whom. */
export function TeamsView({ session, param, go }: ViewProps) {
  const { root, handle } = useRoot(session)
  const campaigns = useRunningCampaigns(session)
  const teams = useMemo(() => (root ? listTeams(root) : null), [root])
  const [draft, setDraft] = useState({ name: '', kind: 'distribution', campaignId: '' })
  const [error, setError] = useState('')
  const current = param === 'network' ? undefined : (teams?.find((t) => t.id === param) ?? (param ? undefined : teams?.[0]))

  const create = (event: React.FormEvent) => {
    event.preventDefault()
    if (!handle) return
    try {
      let id = ''
      session.change(handle, (doc) => (id = putTeam(doc, draft, Date.now())))
      setError('')
      setDraft({ ...draft, name: '' })
      go('teams', id)
    } catch (e) {
      setError((e as Error).message)
    }
  }
  return (
    <>
      <PageHeader title="Teams" />
      <form className="quick-add mobilize-add" aria-label="New team" onSubmit={create}>
        <input className="input grow" aria-label="Team name" placeholder="Name a team, e.g. Maple Court phone tree" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        <select className="select compact" aria-label="Kind of team" value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value })}>
          {TEAM_KINDS.map((k) => <option key={k} value={k}>{TEAM_KIND_LABELS[k]}</option>)}
        </select>
        <select className="select compact" aria-label="Team campaign" value={draft.campaignId} onChange={(e) => setDraft({ ...draft, campaignId: e.target.value })}>
          <option value="">No campaign</option>
          {campaigns.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
        <button className="btn primary" type="submit">New team</button>
        {error && <span className="error-text" role="alert">{error}</span>}
      </form>
      <div className="page-body mobilize">
        <nav className="record-list" aria-label="Teams">
          <button className="record-item" aria-current={param === 'network' ? 'page' : undefined} onClick={() => go('teams', 'network')}>
            <span className="record-name">The network</span>
            <span className="muted fine">Who recruited and knows whom</span>
          </button>
          {teams?.map((t) => (
            <button key={t.id} className="record-item" data-testid="team-row" aria-current={t.id === current?.id ? 'page' : undefined} onClick={() => go('teams', t.id)}>
              <span className="record-name">{t.name}</span>
              <span className="muted fine">{TEAM_KIND_LABELS[t.kind]} · {plural(t.members.length, 'member')}</span>
            </button>
          ))}
        </nav>
        <section className="record-detail" aria-label={param === 'network' ? 'Network' : 'Team'}>
          {param === 'network' ? (
            <NetworkPanel session={session} campaigns={campaigns} />
          ) : current ? (
            <TeamPage key={current.id} session={session} team={current} />
          ) : (
            <EmptyState icon={Network} title="No teams yet">
              Growth comes from networks that build networks: distribution teams, phone trees, building committees, each with people, tasks that can be completed start to finish, and a person responsible.
            </EmptyState>
          )}
        </section>
      </div>
    </>
  )
}
