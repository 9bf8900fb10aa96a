import type { ContactRow } from '../contacts/contactRow'
import type { Level } from '../contacts/levels'
import type { NoteRow } from '../notes/noteRow'

const RANK: Record<Level, number> = { advanced: 0, intermediate: 1, backward: 2, unknown: 3 }

/** A person's most advanced level in any struggle: before a campaign exists, the best sign of where they stand. */
export function bestLevel(levels: Record<string, Level>): Level {
  let best: Level = 'unknown'
  for (const level of Object.values(levels)) if (RANK[level] < RANK[best]) best = level
  return best
}

/** The facts beside the data-backed criteria of one problem × target pair (term ids, resolved). */
export interface CandidateData {
  /** Broad outrage: conversations raising the problem against this target, and the people in them by level. */
  conversations: number
  people: Record<Level, number>
  /** The language criterion: languages of those people (with how many speak each) against the members'. */
  languages: { language: string; people: number; membersSpeak: boolean }[]
  noteIds: string[]
  contactIds: string[]
}

export function candidateData(
  pair: { problem: string; target: string },
  notes: readonly NoteRow[],
  contactsById: ReadonlyMap<string, Pick<ContactRow, 'levels' | 'languages'>>,
  resolve: (termId: string) => string,
  memberLanguages: readonly string[],
): CandidateData {
  const noteIds: string[] = []
  const people = new Set<string>()
  for (const note of notes) {
    if (resolve(note.target) !== pair.target || !note.problems.some((p) => resolve(p) === pair.problem)) continue
    noteIds.push(note.id)
    for (const id of note.contactIds) people.add(id)
  }
  const byLevel: Record<Level, number> = { advanced: 0, intermediate: 0, backward: 0, unknown: 0 }
  const languages = new Map<string, number>()
  for (const id of people) {
    const row = contactsById.get(id)
    byLevel[row ? bestLevel(row.levels) : 'unknown']++
    for (const language of row?.languages ?? []) languages.set(language, (languages.get(language) ?? 0) + 1)
  }
  const spoken = new Set(memberLanguages.map((l) => l.toLocaleLowerCase()))
  return {
    conversations: noteIds.length,
    people: byLevel,
    languages: [...languages.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([language, count]) => ({ language, people: count, membersSpeak: spoken.has(language.toLocaleLowerCase()) })),
    noteIds,
    contactIds: [...people],
  }
}
