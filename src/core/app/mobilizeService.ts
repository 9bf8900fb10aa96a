import { timeEntriesOf, timeTotals, type TimeEntry, type TimePerson } from '../../shared/contacts/timeSpent'
import type { MobilizeApi } from '../../shared/mobilizeContract'
import { allContactDocs } from '../contacts/readAll'
import { exportSignInSheet } from '../export/signInExport'
import type { PrintToPdf } from '../export/leafletPrinter'
import { fileNameFor } from '../fs/fileNameFor'
import { writeFileAtomic } from '../fs/writeFileAtomic'
import { byId, listMeetings } from '../mobilize/readMobilization'
import type { Notebook } from '../notebook/Notebook'

export interface MobilizeServiceOptions {
  notebook: (notebookId: string) => Promise<Notebook>
  chooseExportPath: (defaultName: string) => Promise<string | null>
  printToPdf: PrintToPdf
}

/** Every timed interaction of a notebook, and who each contact is (levels, tags) from the list index. */
export async function timeInputs(notebook: Notebook): Promise<{ entries: TimeEntry[]; people: Map<string, TimePerson> }> {
  const entries: TimeEntry[] = []
  for (const doc of await allContactDocs(notebook)) if (!doc.mergedInto) timeEntriesOf(doc as unknown as Record<string, unknown>, entries)
  const people = new Map((await notebook.rows('contacts')).map((r) => [r.id, { levels: r.levels, tags: r.tags }]))
  return { entries, people }
}

export function createMobilizeApi({ notebook, chooseExportPath, printToPdf }: MobilizeServiceOptions): MobilizeApi {
  return {
    async exportSignIn({ notebookId, meetingId }) {
      const nb = await notebook(notebookId)
      // An unknown meeting fails before the user is asked where to save.
      const meeting = byId(await listMeetings(nb), meetingId, 'meeting')
      const path = await chooseExportPath(fileNameFor(`Sign-in ${meeting.title || 'meeting'}`, '.pdf'))
      if (!path) return { path: null }
      await writeFileAtomic(path, await exportSignInSheet(nb, meeting, printToPdf))
      return { path }
    },
    async timeSpent({ notebookId, since, until, label, by }) {
      const { entries, people } = await timeInputs(await notebook(notebookId))
      return timeTotals(entries, people, { since, until, label, ...(by !== undefined ? { by } : {}) })
    },
  }
}
