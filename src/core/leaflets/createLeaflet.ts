import type * as A from '@automerge/automerge'
import { newId } from '../../shared/ids'
import { newLeafletDoc, type LeafletDoc } from '../../shared/leaflets/leaflet'
import { scalar } from '../../shared/notebook/scalar'
import { initRichText } from '../../shared/richtext/commands'
import type { Notebook } from '../notebook/Notebook'

/**
 * Makes a leaflet in the core's own repo and lists it on the root, then stores both, so it
 * exists on disk before the window opens it (a document made in the storage-less renderer
 * would only exist there until some sync carried it over).
 */
export async function createLeaflet(nb: Notebook, start: { title: string; campaignId: string }, now = Date.now()): Promise<{ id: string; url: string }> {
  const id = newId()
  const handle = nb.repo.create<LeafletDoc>(newLeafletDoc(id, start, now))
  handle.change((doc) => {
    initRichText(doc as A.Doc<unknown>, ['body'])
    initRichText(doc as A.Doc<unknown>, ['bodyB'])
  })
  nb.root.change((root) => {
    root.leaflets ??= {}
    root.leaflets[id] = scalar(handle.url)
  })
  await nb.flush([handle.documentId, nb.root.documentId])
  return { id, url: handle.url }
}
