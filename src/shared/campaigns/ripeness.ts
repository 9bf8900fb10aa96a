/** The eight questions a collective asks of a problem before choosing to fight on it (PRODUCT.md, point 5). */
export const CRITERIA = [
  { id: 'lasting', label: 'Lasting', question: 'Is it lasting: structural, not passing?' },
  { id: 'united', label: 'Ruling side united', question: 'Is the whole ruling side united against people on it?' },
  { id: 'noEasyReform', label: 'No easy reform', question: 'Can it not be easily fixed by a reform?' },
  { id: 'fewReformists', label: 'Few reformist groups', question: 'Are there few reformist groups already on it?' },
  { id: 'outrage', label: 'Broad outrage', question: 'Does it make people angry and want to act?' },
  { id: 'sharpens', label: 'Struggle sharpens it', question: 'Will struggle sharpen it?' },
  { id: 'program', label: 'Clear program', question: 'Can we write a clear program and tactics for it?' },
  { id: 'people', label: 'People and languages', question: 'Do we have the people (and languages) to start it?' },
] as const
export type CriterionId = (typeof CRITERIA)[number]['id']

export const VERDICTS = ['holds', 'partly', 'doesNot', 'unknown'] as const
export type Verdict = (typeof VERDICTS)[number]

export const VERDICT_LABELS: Record<Verdict, string> = {
  holds: 'Holds',
  partly: 'Partly',
  doesNot: 'Does not',
  unknown: 'Not yet known',
}

export const isCriterion = (value: string): value is CriterionId => CRITERIA.some((c) => c.id === value)
export const isVerdict = (value: string): value is Verdict => (VERDICTS as readonly string[]).includes(value)

/**
 * What a judgement points at: `note:<id>`, `quote:<noteId>/<quoteId>`,
 * `cell:<problemTermId>/<targetTermId>` (a matrix cell) or `contact:<id>`.
 */
export type EvidenceRef = `${'note' | 'quote' | 'cell' | 'contact'}:${string}`
const EVIDENCE = /^(note|quote|cell|contact):[^\s]{1,200}$/

export function isEvidenceRef(value: string): value is EvidenceRef {
  return EVIDENCE.test(value)
}

export function parseEvidence(ref: EvidenceRef): { kind: 'note' | 'quote' | 'cell' | 'contact'; id: string; second: string } {
  const [kind, rest] = [ref.slice(0, ref.indexOf(':')), ref.slice(ref.indexOf(':') + 1)]
  const [id = '', second = ''] = rest.split('/')
  return { kind: kind as 'note', id, second }
}
