import { useState } from 'react'
import { agreement, currentJudgements, type Candidate } from '../../../shared/campaigns/candidate'
import type { CandidateData } from '../../../shared/campaigns/criterionData'
import { VERDICT_LABELS, VERDICTS, type CRITERIA, type Verdict } from '../../../shared/campaigns/ripeness'
import { formatDay } from '../../contacts/formatDate'
import { CriterionFacts } from './CriterionFacts'
import { EvidenceLinks } from './EvidenceLinks'
import { EvidencePicker, type EvidenceChoices } from './EvidencePicker'

export interface JudgeArgs {
  verdict: Verdict
  reason: string
  evidence: string[]
}

interface Props {
  candidate: Candidate
  criterion: (typeof CRITERIA)[number]
  data: CandidateData
  choices: EvidenceChoices
  memberLanguages: string[]
  onJudge: (args: JudgeArgs) => string | null
  onAddGroup: (name: string) => string | null
}

/** One ripeness criterion of a candidate: each member's current judgement, whether they agree, the data beside it, and a form to judge. */
export function CriterionRow({ candidate, criterion, data, choices, memberLanguages, onJudge, onAddGroup }: Props) {
  const current = currentJudgements(candidate, criterion.id)
  const agreed = agreement(current)
  const [verdict, setVerdict] = useState<Verdict>('holds')
  const [reason, setReason] = useState('')
  const [evidence, setEvidence] = useState<string[]>([])
  const [error, setError] = useState('')
  const save = () => {
    const failed = onJudge({ verdict, reason, evidence })
    setError(failed ?? '')
    if (!failed) {
      setReason('')
      setEvidence([])
    }
  }
  return (
    <li className="criterion" data-testid="criterion" data-criterion={criterion.id} data-agreement={agreed}>
      <div className="criterion-head">
        <span className="criterion-label" title={criterion.question}>
          {criterion.label}
        </span>
        <span className={`agreement agreement-${agreed}`}>{agreed === 'none' ? 'not judged' : agreed === 'agree' ? 'members agree' : 'members differ'}</span>
      </div>
      <p className="muted fine criterion-question">{criterion.question}</p>
      <CriterionFacts criterion={criterion.id} data={data} memberLanguages={memberLanguages} groups={candidate.reformists} onAddGroup={onAddGroup} />
      <ul className="judgements">
        {current.map((j) => (
          <li key={j.id} data-testid="judgement">
            <span className={`verdict verdict-${j.verdict}`}>{VERDICT_LABELS[j.verdict]}</span> <b>{j.by}</b>
            {j.reason && <> — {j.reason}</>} <span className="muted fine">{formatDay(j.at)}</span>
            <EvidenceLinks refs={j.evidence} choices={choices} />
          </li>
        ))}
      </ul>
      <div className="judge-form">
        <select className="select" aria-label={`${criterion.label}: judgement`} value={verdict} onChange={(e) => setVerdict(e.target.value as Verdict)}>
          {VERDICTS.map((v) => (
            <option key={v} value={v}>
              {VERDICT_LABELS[v]}
            </option>
          ))}
        </select>
        <input className="input" aria-label={`${criterion.label}: reason`} placeholder="One line: why" value={reason} onChange={(e) => setReason(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && save()} />
        <button type="button" className="btn small" onClick={save}>
          Judge
        </button>
      </div>
      <EvidencePicker data={data} choices={choices} chosen={evidence} onChange={setEvidence} />
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </li>
  )
}
