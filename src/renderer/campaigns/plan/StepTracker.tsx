import { STEP_LABELS, STEPS, type StepEntry, type Step } from '../../../shared/campaigns/plan'
import { changeStep } from '../../../shared/campaigns/planMutations'
import { formatDay } from '../../contacts/formatDate'
import type { PlanEdit } from './usePlanEdit'

/** The three steps of a campaign, the one it is in, and the dated transitions between them. */
export function StepTracker({ steps, current, edit, by }: { steps: StepEntry[]; current: Step; edit: PlanEdit; by: string }) {
  return (
    <section className="plan-section" aria-label="Step">
      <h3>Step</h3>
      <ol className="steps">
        {STEPS.map((step) => (
          <li key={step} aria-current={step === current ? 'step' : undefined}>
            <button type="button" className="btn small" disabled={step === current} onClick={() => void edit((s, id, now) => void changeStep(s, id, { step, by }, now))}>
              {step}. {STEP_LABELS[step]}
            </button>
          </li>
        ))}
      </ol>
      <ul className="muted fine step-history">
        {steps.map((s) => (
          <li key={s.id}>
            {formatDay(s.at)}: step {s.step}, {STEP_LABELS[s.step].toLowerCase()}
            {s.by && ` (${s.by})`}
          </li>
        ))}
      </ul>
    </section>
  )
}
