import type { ContactsApi, ContactsEvents } from '../../shared/contactsContract'
import { mergeContacts, scanDuplicates } from '../contacts/mergeContacts'
import { exportContacts } from '../export/exportContacts'
import { fileNameFor } from '../fs/fileNameFor'
import { writeFileAtomic } from '../fs/writeFileAtomic'
import { commitImport, previewImport } from '../import/importContacts'
import type { Notebook } from '../notebook/Notebook'

export interface ContactsServiceOptions {
  notebook: (notebookId: string) => Promise<Notebook>
  emit: (progress: ContactsEvents['importProgress']) => void
  chooseExportPath: (defaultName: string) => Promise<string | null>
}

/** The bridge's contacts section, over the core's open notebooks. */
export function createContactsApi({ notebook, emit, chooseExportPath }: ContactsServiceOptions): ContactsApi {
  return {
    async previewImport({ notebookId, ...file }) {
      return previewImport(await notebook(notebookId), file)
    },
    async commitImport({ notebookId, importId, skipDuplicates, reservoir, ...file }) {
      const onProgress = (p: { phase: 'reading' | 'writing' | 'done'; done: number; total: number }) => emit({ notebookId, importId, ...p })
      return commitImport(await notebook(notebookId), file, { skipDuplicates, reservoir: reservoir === true, onProgress })
    },
    async findDuplicates({ notebookId }) {
      return scanDuplicates(await notebook(notebookId))
    },
    async mergeContacts({ notebookId, keepId, mergeIds }) {
      return { keepId: await mergeContacts(await notebook(notebookId), keepId, mergeIds) }
    },
    async exportContacts({ notebookId, format }) {
      const nb = await notebook(notebookId)
      const path = await chooseExportPath(fileNameFor(nb.name, ` contacts.${format}`))
      if (!path) return { path: null }
      await writeFileAtomic(path, (await exportContacts(nb, format)).text)
      return { path }
    },
  }
}
