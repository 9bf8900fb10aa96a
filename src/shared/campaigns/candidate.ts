import { byTimeThenId } from '../contacts/levels'
import { str, strs, type Scalar } from '../notebook/scalar'
import { CRITERIA, isCriterion, isEvidenceRef, isVerdict, type CriterionId, type EvidenceRef, type Verdict } from './ripeness'

/**
 * A candidate antagonism on the "Choose a fight" board: a problem × target pair, kept on the
 * root document as `fight:<id>` (one key each, like terms). Each judgement is a key of its own
 * on it (`judge:<id>`), never a nested map, so two comrades judging the same criterion at once
 * both keep theirs (as contact levels do).
 */
export interface CandidateDoc {
  id: string
  /** Term ids. */
  problem: Scalar
  target: Scalar
  createdAt: number
  by?: Scalar
  /** The campaign started from it, once one is. */
  campaignId?: Scalar
  removed?: boolean
  [judgement: `judge:${string}`]: JudgementDoc
  /** A reformist group already active on it, by name. */
  [group: `group:${string}`]: { at: number; by?: Scalar }
}

export interface JudgementDoc {
  criterion: Scalar
  verdict: Scalar
  reason: Scalar
  evidence: Scalar[]
  by: Scalar
  at: number
}

export interface Judgement {
  id: string
  criterion: CriterionId
  verdict: Verdict
  reason: string
  evidence: EvidenceRef[]
  by: string
  at: number
}

export interface Candidate {
  id: string
  problem: string
  target: string
  createdAt: number
  by: string
  campaignId: string
  /** Every judgement, oldest first (a member's later judgement of a criterion replaces their earlier one). */
  judgements: Judgement[]
  reformists: string[]
}

export type CandidateKey = `fight:${string}`
export const candidateKey = (id: string): CandidateKey => `fight:${id}`
const JUDGE = 'judge:'

function readJudgement(id: string, doc: JudgementDoc): Judgement | null {
  const criterion = str(doc.criterion)
  const verdict = str(doc.verdict)
  if (!isCriterion(criterion)) return null
  return {
    id,
    criterion,
    verdict: isVerdict(verdict) ? verdict : 'unknown',
    reason: str(doc.reason),
    evidence: strs(doc.evidence).filter(isEvidenceRef),
    by: str(doc.by),
    at: typeof doc.at === 'number' ? doc.at : 0,
  }
}

export function readCandidate(doc: CandidateDoc): Candidate {
  const judgements: Judgement[] = []
  for (const [key, value] of Object.entries(doc)) {
    if (!key.startsWith(JUDGE) || typeof value !== 'object' || value === null) continue
    const judgement = readJudgement(key.slice(JUDGE.length), value as JudgementDoc)
    if (judgement) judgements.push(judgement)
  }
  return {
    id: doc.id,
    problem: str(doc.problem),
    target: str(doc.target),
    createdAt: doc.createdAt ?? 0,
    by: str(doc.by),
    campaignId: str(doc.campaignId),
    judgements: judgements.sort(byTimeThenId),
    reformists: reformistGroups(doc),
  }
}

/** Live candidates on the board, oldest first. */
export function listCandidates(root: object): Candidate[] {
  return Object.entries(root)
    .filter(([key, value]) => key.startsWith('fight:') && value && !(value as CandidateDoc).removed)
    .map(([, value]) => readCandidate(value as CandidateDoc))
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
}

/** Each member's current judgement of one criterion (their latest), by member name. */
export function currentJudgements(candidate: Candidate, criterion: CriterionId): Judgement[] {
  const latest = new Map<string, Judgement>()
  for (const j of candidate.judgements) if (j.criterion === criterion) latest.set(j.by, j)
  return [...latest.values()].sort((a, b) => a.by.localeCompare(b.by))
}

export type Agreement = 'none' | 'agree' | 'differ'

/** Whether the members who judged a criterion agree: nobody yet, all the same verdict, or not. */
export function agreement(judgements: readonly Judgement[]): Agreement {
  if (judgements.length === 0) return 'none'
  return judgements.every((j) => j.verdict === judgements[0]?.verdict) ? 'agree' : 'differ'
}

/** How ripe a candidate looks: criteria where every member says it holds, partly, does not, or that are still open. */
export function ripenessSummary(candidate: Candidate): Record<Verdict | 'differ', number> {
  const summary = { holds: 0, partly: 0, doesNot: 0, unknown: 0, differ: 0 }
  for (const { id: criterion } of CRITERIA) {
    const current = currentJudgements(candidate, criterion)
    const agreed = agreement(current)
    if (agreed === 'none') summary.unknown++
    else if (agreed === 'differ') summary.differ++
    else summary[current[0]!.verdict]++
  }
  return summary
}

/** Reformist groups already active on it, as the collective recorded them (one key each). */
export function reformistGroups(doc: object): string[] {
  return Object.keys(doc)
    .filter((key) => key.startsWith('group:'))
    .map((key) => key.slice('group:'.length))
    .sort((a, b) => a.localeCompare(b))
}
