import { agreement, currentJudgements, ripenessSummary, type Candidate } from '../../../shared/campaigns/candidate'
import type { CandidateData } from '../../../shared/campaigns/criterionData'
import { CRITERIA, VERDICT_LABELS } from '../../../shared/campaigns/ripeness'

/** 2–4 candidates side by side: each criterion's judgements per member, and the facts behind outrage. */
export function CompareCandidates({ candidates, titles, data, onClose }: { candidates: Candidate[]; titles: Map<string, string>; data: Map<string, CandidateData>; onClose: () => void }) {
  return (
    <section className="compare" aria-label="Compare candidates">
      <div className="compare-head">
        <h2>Comparing {candidates.length} candidates</h2>
        <button type="button" className="btn small" onClick={onClose}>
          Close comparison
        </button>
      </div>
      <table className="compare-table">
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            {candidates.map((c) => (
              <th key={c.id} scope="col">
                {titles.get(c.id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Conversations · people</th>
            {candidates.map((c) => (
              <td key={c.id}>
                {data.get(c.id)?.conversations ?? 0} · {data.get(c.id)?.contactIds.length ?? 0}
              </td>
            ))}
          </tr>
          {CRITERIA.map((criterion) => (
            <tr key={criterion.id}>
              <th scope="row">{criterion.label}</th>
              {candidates.map((c) => {
                const current = currentJudgements(c, criterion.id)
                const agreed = agreement(current)
                return (
                  <td key={c.id} className={`agreement-${agreed}`}>
                    {current.length === 0 ? <span className="muted">Not judged</span> : current.map((j) => <div key={j.id}>{`${VERDICT_LABELS[j.verdict]} (${j.by})`}</div>)}
                  </td>
                )
              })}
            </tr>
          ))}
          <tr>
            <th scope="row">In all</th>
            {candidates.map((c) => {
              const s = ripenessSummary(c)
              return <td key={c.id}>{`${s.holds} hold, ${s.partly} partly, ${s.doesNot} do not, ${s.differ} differ, ${s.unknown} open`}</td>
            })}
          </tr>
        </tbody>
      </table>
    </section>
  )
}
