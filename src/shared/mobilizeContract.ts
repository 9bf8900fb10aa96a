import type { TimeTotals } from './contacts/timeSpent'

/** The mobilization section of the bridge: what needs the core's printing or a pass over every contact's log. */
export interface MobilizeApi {
  /** Prints a meeting's sign-in sheet to a PDF where the user chooses (null path: cancelled). */
  exportSignIn(args: { notebookId: string; meetingId: string }): Promise<{ path: string | null }>
  /** Interaction minutes in [since, until) by level, role, comrade, week and kind, with a one-line reading. */
  timeSpent(args: { notebookId: string; since: number; until: number; label: string; by?: string }): Promise<TimeTotals>
}

export const MOBILIZE_METHODS: (keyof MobilizeApi)[] = ['exportSignIn', 'timeSpent']
