import { Flag } from 'lucide-react'
import { ripenessSummary, type Candidate } from '../../../shared/campaigns/candidate'
import type { CandidateData } from '../../../shared/campaigns/criterionData'
import { CRITERIA } from '../../../shared/campaigns/ripeness'
import { CriterionRow, type JudgeArgs } from './CriterionRow'
import type { EvidenceChoices } from './EvidencePicker'

interface Props {
  candidate: Candidate
  title: string
  data: CandidateData
  choices: EvidenceChoices
  memberLanguages: string[]
  campaignName: string | null
  selected: boolean
  onSelect: (selected: boolean) => void
  onJudge: (criterion: (typeof CRITERIA)[number]['id'], args: JudgeArgs) => string | null
  onAddGroup: (name: string) => string | null
  onStart: () => void
  onOpenCampaign: () => void
}

/** A candidate fight: the eight criteria with every member's judgement, and the way to start a campaign from it. */
export function CandidateCard(props: Props) {
  const { candidate, title } = props
  const summary = ripenessSummary(candidate)
  return (
    <article className="candidate" data-testid="candidate" aria-label={title}>
      <header className="candidate-head">
        <label className="candidate-select">
          <input type="checkbox" checked={props.selected} onChange={(e) => props.onSelect(e.target.checked)} aria-label={`Compare ${title}`} />
        </label>
        <h2>{title}</h2>
        <span className="muted fine" data-testid="ripeness-summary">
          {summary.holds} hold · {summary.partly} partly · {summary.doesNot} do not · {summary.differ} differ · {summary.unknown} open
        </span>
        {props.campaignName !== null ? (
          <button type="button" className="btn small" onClick={props.onOpenCampaign}>
            <Flag size={13} aria-hidden /> {props.campaignName}
          </button>
        ) : (
          <button type="button" className="btn small primary" onClick={props.onStart}>
            <Flag size={13} aria-hidden /> Start a campaign from this
          </button>
        )}
      </header>
      <ol className="criteria">
        {CRITERIA.map((criterion) => (
          <CriterionRow
            key={criterion.id}
            candidate={candidate}
            criterion={criterion}
            data={props.data}
            choices={props.choices}
            memberLanguages={props.memberLanguages}
            onJudge={(args) => props.onJudge(criterion.id, args)}
            onAddGroup={props.onAddGroup}
          />
        ))}
      </ol>
    </article>
  )
}
