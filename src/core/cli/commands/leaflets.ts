import { readLeaflet, type LeafletDoc } from '../../../shared/leaflets/leaflet'
import { leafletUrls } from '../../../shared/notebook/rootDoc'
import { print, type Command } from '../command'
import { openTarget } from '../openTarget'

export const leafletsList: Command = {
  words: ['leaflets', 'list'],
  usage: 'massline leaflets list [--notebook PATH] [--json]',
  summary: 'List the leaflets with their ids (for export leaflet), status and layout',
  async run(context) {
    const notebook = await openTarget(context, { readOnly: true })
    try {
      const handles = await Promise.all(leafletUrls(notebook.root.doc()).map((url) => notebook.repo.find<LeafletDoc>(url)))
      const list = handles
        .map((handle) => readLeaflet(handle.doc()))
        .sort((a, b) => b.updatedAt - a.updatedAt)
        .map(({ id, title, status, layout, copiesDistributed }) => ({ id, title, status, layout, copiesDistributed }))
      print(context, list, list.length ? list.map((l) => `${l.id}  ${l.title || '(untitled)'}  ${l.status}  ${l.layout}`).join('\n') : 'No leaflets yet')
    } finally {
      await notebook.close()
    }
  },
}
