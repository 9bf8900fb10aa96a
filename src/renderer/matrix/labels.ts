import type { Tally } from '../../shared/notes/matrix'
import { plural } from '../app/plural'

/** Names for a matrix axis: live terms by id, and words for notes that recorded none. */
export interface AxisNames {
  problem: (id: string) => string
  target: (id: string) => string
}

export function axisNames(problems: Map<string, string>, targets: Map<string, string>): AxisNames {
  return {
    problem: (id) => (id ? (problems.get(id) ?? 'Unnamed problem') : 'No problem noted'),
    target: (id) => (id ? (targets.get(id) ?? 'Unnamed target') : 'No target noted'),
  }
}

export function percent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`
}

/** "412 conversations with 380 people". */
export function tallyText(t: Tally): string {
  return `${plural(t.conversations, 'conversation')} with ${plural(t.people, 'person', 'people')}`
}
