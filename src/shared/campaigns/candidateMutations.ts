import { newId } from '../ids'
import { scalar } from '../notebook/scalar'
import type { NotebookRootDoc } from '../notebook/schema'
import { candidateKey, listCandidates, type CandidateDoc } from './candidate'
import { isCriterion, isEvidenceRef, isVerdict, type CriterionId, type EvidenceRef, type Verdict } from './ripeness'

/** Mutations of the "Choose a fight" board; call inside a change of the root document. Bad input throws before anything is written. */

type Root = NotebookRootDoc & Record<string, unknown>

function candidateDoc(root: NotebookRootDoc, id: string): CandidateDoc {
  const doc = (root as Root)[candidateKey(id)] as CandidateDoc | undefined
  if (!doc || doc.removed) throw new Error('That candidate is not on the board (removed on another device?)')
  return doc
}

/** Puts a problem × target pair (term ids) on the board, or returns the one already there. */
export function addCandidate(root: NotebookRootDoc, input: { problem: string; target: string; by?: string }, now: number, id = newId()): string {
  if (!input.problem) throw new Error('A candidate needs a problem')
  if (!input.target) throw new Error('A candidate needs a target: who is responsible for the problem')
  const same = listCandidates(root).find((c) => c.problem === input.problem && c.target === input.target)
  if (same) return same.id
  const doc: CandidateDoc = { id, problem: scalar(input.problem), target: scalar(input.target), createdAt: now }
  if (input.by?.trim()) doc.by = scalar(input.by.trim())
  ;(root as Root)[candidateKey(id)] = doc
  return id
}

export interface JudgementInput {
  criterion: CriterionId
  verdict: Verdict
  reason: string
  evidence: readonly string[]
  by: string
}

export const REASON_MAX_CHARS = 300

/** Records one member's judgement of one criterion as a new key: earlier ones, theirs or others', stay. */
export function judgeCandidate(root: NotebookRootDoc, candidateId: string, input: JudgementInput, now: number, id = newId()): string {
  if (!isCriterion(input.criterion)) throw new Error(`“${input.criterion}” is not one of the eight criteria`)
  if (!isVerdict(input.verdict)) throw new Error(`“${input.verdict}” is not a judgement (holds, partly, does not, not yet known)`)
  const by = input.by.trim()
  if (!by) throw new Error('Say who is judging: judgements are per member')
  const reason = input.reason.trim().replace(/\s+/g, ' ')
  if (reason.length > REASON_MAX_CHARS) throw new Error(`A reason is one line: at most ${REASON_MAX_CHARS} characters (this one has ${reason.length})`)
  const bad = input.evidence.find((ref) => !isEvidenceRef(ref))
  if (bad !== undefined) throw new Error(`“${bad}” is not a link to a note, quote, matrix cell or contact`)
  const doc = candidateDoc(root, candidateId)
  doc[`judge:${id}`] = {
    criterion: scalar(input.criterion),
    verdict: scalar(input.verdict),
    reason: scalar(reason),
    evidence: [...new Set(input.evidence as EvidenceRef[])].map(scalar),
    by: scalar(by),
    at: now,
  }
  return id
}

/** Marks the campaign started from a candidate. */
export function setCandidateCampaign(root: NotebookRootDoc, candidateId: string, campaignId: string): void {
  candidateDoc(root, candidateId).campaignId = scalar(campaignId)
}

export function removeCandidate(root: NotebookRootDoc, candidateId: string): void {
  candidateDoc(root, candidateId).removed = true
}

/** Records a reformist group already active on the problem (the reformist-forces criterion). */
export function addReformistGroup(root: NotebookRootDoc, candidateId: string, name: string, by: string, now: number): void {
  const clean = name.trim().replace(/\s+/g, ' ')
  if (!clean) throw new Error('Name the group')
  if (clean.length > 120) throw new Error('A group’s name is at most 120 characters')
  candidateDoc(root, candidateId)[`group:${clean}`] = { at: now, ...(by.trim() ? { by: scalar(by.trim()) } : {}) }
}

export function removeReformistGroup(root: NotebookRootDoc, candidateId: string, name: string): void {
  delete candidateDoc(root, candidateId)[`group:${name}`]
}

/** The languages the collective's members speak. */
export function setMemberLanguages(root: NotebookRootDoc, languages: readonly string[]): void {
  const clean = [...new Set(languages.map((l) => l.trim()).filter(Boolean))]
  root.settings.memberLanguages = clean.map(scalar)
}
