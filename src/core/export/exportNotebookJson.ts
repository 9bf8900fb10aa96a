import type { LeafletDoc } from '../../shared/leaflets/leaflet'
import { RECORD_KINDS, type BaseRecord, type RecordKind } from '../../shared/notebook/schema'
import { leafletUrls, notebookName } from '../../shared/notebook/rootDoc'
import { allRecords } from '../contacts/readAll'
import type { Notebook } from '../notebook/Notebook'

export interface NotebookExport {
  format: 'massline-notebook'
  formatVersion: 1
  exportedAt: string
  notebook: { id: string; name: string; createdAt: number }
  records: Record<RecordKind, BaseRecord[]>
  leaflets: LeafletDoc[]
}

/** Everything in a notebook as plain JSON (scalars become strings via their toJSON). */
export async function exportNotebookJson(notebook: Notebook, now = new Date()): Promise<NotebookExport> {
  const root = notebook.root.doc()
  const records = {} as Record<RecordKind, BaseRecord[]>
  for (const kind of RECORD_KINDS) {
    records[kind] = await allRecords(notebook, kind)
    records[kind].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
  }
  // A leaflet that cannot be read (damaged, awaiting repair) is left out, as a damaged shard is: notebook.damage() names it.
  const leaflets = (
    await Promise.all(leafletUrls(root).map(async (url) => {
      const handle = await notebook.repo.find<LeafletDoc>(url, { allowableStates: ['ready', 'unavailable'] })
      return handle.isReady() ? handle.doc() : undefined
    }))
  ).filter((doc): doc is LeafletDoc => doc?.id !== undefined)
  return JSON.parse(
    JSON.stringify({
      format: 'massline-notebook',
      formatVersion: 1,
      exportedAt: now.toISOString(),
      notebook: { id: root.notebookId, name: notebookName(root), createdAt: root.createdAt },
      records,
      leaflets,
    }),
  ) as NotebookExport
}
