import { Scale } from 'lucide-react'
import { useMemo, useState } from 'react'
import { listCandidates } from '../../../shared/campaigns/candidate'
import { addCandidate, addReformistGroup, judgeCandidate, setMemberLanguages } from '../../../shared/campaigns/candidateMutations'
import { candidateData, type CandidateData } from '../../../shared/campaigns/criterionData'
import { strs } from '../../../shared/notebook/scalar'
import { listTerms, termResolver } from '../../../shared/notebook/terms'
import type { Go } from '../../app/views'
import { useStore } from '../../app/useStore'
import { useNotes } from '../../notes/useNoteRows'
import type { NotebookSession } from '../../session/NotebookSession'
import { useRoot } from '../../session/useRoot'
import { CommitInput } from '../../views/CommitInput'
import { EmptyState } from '../../views/EmptyState'
import { CandidateCard } from './CandidateCard'
import { CompareCandidates } from './CompareCandidates'
import { startCampaign } from './startCampaign'
import { useMe } from './useJudge'

/** `#campaigns/choose`: candidate fights (problem × target) judged against the eight ripeness criteria, per member. */
export function FightBoard({ session, go, preset, campaignNames }: { session: NotebookSession; go: Go; preset: { problem: string; target: string } | null; campaignNames: Map<string, string> }) {
  const { handle, root } = useRoot(session)
  const { rows: notes } = useNotes(session)
  const contacts = useStore(session.contacts)
  const [me, setMe] = useMe()
  const [problem, setProblem] = useState(preset?.problem ?? '')
  const [target, setTarget] = useState(preset?.target ?? '')
  const [compare, setCompare] = useState<string[]>([])
  const [comparing, setComparing] = useState(false)
  const [error, setError] = useState('')

  const problems = useMemo(() => (root ? listTerms(root, 'problem') : []), [root])
  const targets = useMemo(() => (root ? listTerms(root, 'target') : []), [root])
  const termName = useMemo(() => new Map([...problems, ...targets].map((t) => [t.id, t.name])), [problems, targets])
  const candidates = useMemo(() => (root ? listCandidates(root) : []), [root])
  const memberLanguages = useMemo(() => strs(root?.settings.memberLanguages), [root])
  const contactsById = useMemo(() => new Map(contacts.map((c) => [c.id, c])), [contacts])
  const notesById = useMemo(() => new Map(notes.map((n) => [n.id, n])), [notes])
  const resolve = useMemo(() => (root ? termResolver(root) : (id: string) => id), [root])
  const data = useMemo(() => new Map<string, CandidateData>(candidates.map((c) => [c.id, candidateData(c, notes, contactsById, resolve, memberLanguages)])), [candidates, notes, contactsById, resolve, memberLanguages])
  const title = (c: { problem: string; target: string }) => `${termName.get(c.problem) ?? 'Unnamed problem'} × ${termName.get(c.target) ?? 'Unnamed target'}`
  const titles = new Map(candidates.map((c) => [c.id, title(c)]))
  const contactName = (id: string) => contactsById.get(id)?.name ?? 'someone'

  const onRoot = (mutate: Parameters<NotebookSession['change']>[1]): string | null => {
    if (!handle) return 'The notebook is still opening'
    try {
      session.change(handle, mutate as never)
      return null
    } catch (e) {
      return e instanceof Error ? e.message : String(e)
    }
  }
  const add = () => setError(onRoot((doc) => void addCandidate(doc as never, { problem, target, by: me }, Date.now())) ?? '')

  if (!root) return <p className="muted campaigns-loading">Opening the board…</p>
  const chosen = candidates.filter((c) => compare.includes(c.id))
  return (
    <div className="fight-board">
      <p className="muted fight-help">
        A candidate is a problem people raised and the target responsible for it. Judge each against the eight criteria before choosing: how many raised it is
        one part of one criterion. Each comrade’s judgement stays; the board shows where you agree and where you differ.
      </p>
      <div className="fight-bar">
        <label className="stack">
          Judging as
          <input className="input" aria-label="Judging as" placeholder="Your name" value={me} onChange={(e) => setMe(e.target.value)} />
        </label>
        <label className="stack">
          Members speak
          <CommitInput aria-label="Languages members speak" placeholder="e.g. English, Spanish" value={memberLanguages.join(', ')} onCommit={(v) => setError(onRoot((doc) => setMemberLanguages(doc as never, v.split(','))) ?? '')} />
        </label>
      </div>
      <form
        className="fight-add"
        aria-label="New candidate"
        onSubmit={(e) => {
          e.preventDefault()
          add()
        }}
      >
        <select className="select" aria-label="Problem" value={problem} onChange={(e) => setProblem(e.target.value)}>
          <option value="">Problem…</option>
          {problems.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
        <span className="muted">×</span>
        <select className="select" aria-label="Target" value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">Target…</option>
          {targets.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
        <button type="submit" className="btn primary">
          Put on the board
        </button>
        <button type="button" className="btn" disabled={chosen.length < 2 || chosen.length > 4} onClick={() => setComparing(true)} title="Tick 2 to 4 candidates">
          Compare ({chosen.length})
        </button>
      </form>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      {comparing && chosen.length >= 2 && <CompareCandidates candidates={chosen.slice(0, 4)} titles={titles} data={data} onClose={() => setComparing(false)} />}
      {candidates.length === 0 ? (
        <EmptyState icon={Scale} title="No candidates yet">
          Put a problem × target pair from the investigation matrix on the board, then judge it together.
        </EmptyState>
      ) : (
        candidates.map((c) => (
          <CandidateCard
            key={c.id}
            candidate={c}
            title={title(c)}
            data={data.get(c.id)!}
            choices={{ cell: { ref: `cell:${c.problem}/${c.target}`, label: title(c) }, notes: notesById, contactName }}
            memberLanguages={memberLanguages}
            campaignName={c.campaignId ? (campaignNames.get(c.campaignId) ?? 'Its campaign') : null}
            selected={compare.includes(c.id)}
            onSelect={(on) => setCompare((ids) => (on ? [...ids, c.id] : ids.filter((id) => id !== c.id)))}
            onJudge={(criterion, args) => onRoot((doc) => void judgeCandidate(doc as never, c.id, { criterion, ...args, by: me }, Date.now()))}
            onAddGroup={(name) => onRoot((doc) => addReformistGroup(doc as never, c.id, name, me, Date.now()))}
            onStart={() =>
              void startCampaign(session, c, { problem: termName.get(c.problem) ?? 'Unnamed problem', target: termName.get(c.target) ?? '' }, me).then((r) => ('id' in r ? go('campaigns', r.id) : setError(r.error)))
            }
            onOpenCampaign={() => go('campaigns', c.campaignId)}
          />
        ))
      )}
    </div>
  )
}
