import { useState } from 'react'
import type { CandidateData } from '../../../shared/campaigns/criterionData'
import type { CriterionId } from '../../../shared/campaigns/ripeness'
import { plural } from '../../app/plural'

/** The data beside a judgement, where the notebook can inform it: outrage, languages, reformist groups. */
export function CriterionFacts({ criterion, data, memberLanguages, groups, onAddGroup }: { criterion: CriterionId; data: CandidateData; memberLanguages: string[]; groups: string[]; onAddGroup: (name: string) => string | null }) {
  const [group, setGroup] = useState('')
  if (criterion === 'outrage')
    return (
      <p className="criterion-facts" data-testid="facts-outrage">
        {plural(data.conversations, 'conversation')} raising it, with {plural(data.contactIds.length, 'person', 'people')}: {data.people.advanced} advanced · {data.people.intermediate} intermediate ·{' '}
        {data.people.backward} backward · {data.people.unknown} not yet judged
      </p>
    )
  if (criterion === 'people')
    return (
      <p className="criterion-facts" data-testid="facts-languages">
        Languages of the people raising it:{' '}
        {data.languages.length
          ? data.languages.map((l, i) => (
              <span key={l.language} className={l.membersSpeak ? 'lang-ok' : 'lang-gap'}>
                {i > 0 && ', '}
                {l.language} ({l.people}){l.membersSpeak ? '' : ' — no member speaks it'}
              </span>
            ))
          : 'none recorded'}
        . Members speak: {memberLanguages.length ? memberLanguages.join(', ') : 'not recorded yet'}.
      </p>
    )
  if (criterion === 'fewReformists')
    return (
      <div className="criterion-facts" data-testid="facts-reformists">
        Groups already active: {groups.length ? groups.join(', ') : 'none recorded'}
        <span className="stack">
          <input className="input" aria-label="Add a reformist group" placeholder="e.g. Tenants’ council" value={group} onChange={(e) => setGroup(e.target.value)} />
          <button type="button" className="btn small" onClick={() => !onAddGroup(group) && setGroup('')}>
            Add group
          </button>
        </span>
      </div>
    )
  return null
}
