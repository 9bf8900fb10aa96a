import type { NoteRow } from './notes/noteRow'

/** The notes section of the bridge: the core's note rows (edits travel as documents). */
export interface NotesApi {
  /** Every conversation note's row, from the core's persisted index. */
  listNotes(args: { notebookId: string }): Promise<NoteRow[]>
}

export interface NotesEvents {
  notesChanged: { notebookId: string; upserts: NoteRow[]; removed: string[] }
}

export const NOTES_METHODS: (keyof NotesApi)[] = ['listNotes']
