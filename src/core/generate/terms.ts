import type { Faker } from '@faker-js/faker'
import { scalar } from '../../shared/notebook/scalar'
import type { TermDoc } from '../../shared/notebook/terms'
import { PROBLEMS, TARGETS, type ProblemWord, type Sector } from './vocabulary'

export interface GeneratedTerm<W> {
  id: string
  word: W
}

export interface GeneratedTerms {
  docs: TermDoc[]
  problems: GeneratedTerm<ProblemWord>[]
  targets: GeneratedTerm<(typeof TARGETS)[number]>[]
  /** A duplicate problem term someone typed ("Mould"), already merged into `mergedInto`, that some notes still name. */
  alias: { id: string; mergedInto: string }
}

/** The problem and target vocabularies as root terms, with seeded ids so a seed always gives the same notebook. */
export function generateTerms(f: Faker, now: number): GeneratedTerms {
  const docs: TermDoc[] = []
  const add = (kind: 'problem' | 'target', name: string): string => {
    const id = f.string.uuid()
    docs.push({ id, kind: scalar(kind), name: scalar(name), createdAt: now })
    return id
  }
  const problems = PROBLEMS.map((word) => ({ id: add('problem', word.name), word }))
  const targets = TARGETS.map((word) => ({ id: add('target', word.name), word }))
  const mold = problems.find((p) => p.word.name === 'Mold')!
  const alias = { id: add('problem', 'Mould'), mergedInto: mold.id }
  docs[docs.length - 1]!.mergedInto = scalar(mold.id)
  return { docs, problems, targets, alias }
}

/** Picks one of `terms` in the sector, skewed by weight. */
export function pickWeighted<W extends { sector: Sector; weight: number }>(f: Faker, terms: GeneratedTerm<W>[], sector: Sector): GeneratedTerm<W> {
  return f.helpers.weightedArrayElement(terms.filter((t) => t.word.sector === sector).map((t) => ({ weight: t.word.weight, value: t })))
}
