import { isLayoutId, LAYOUT_IDS } from '../../../shared/leaflets/layouts'
import { LEAFLET_EXPORT_FORMATS, type LeafletExportFormat } from '../../../shared/leafletExportContract'
import { exportLeaflet, loadLeafletSource } from '../../export/leafletExport'
import { chromiumPrinter } from '../../export/leafletChromium'
import { writeFileAtomic } from '../../fs/writeFileAtomic'
import { print, UsageError, type Command } from '../command'
import { openTarget } from '../openTarget'

export const exportLeafletCommand: Command = {
  words: ['export', 'leaflet'],
  usage: `massline export leaflet ID --format ${LEAFLET_EXPORT_FORMATS.join('|')} [--out FILE] [--layout ${LAYOUT_IDS.join('|')}] [--notebook PATH]`,
  summary: 'Export a leaflet as a print-ready PDF, standalone HTML or Markdown (HTML and Markdown to standard output without --out)',
  options: { format: { type: 'string' }, out: { type: 'string' }, layout: { type: 'string' } },
  positionals: { min: 1, max: 1, names: 'ID' },
  async run(context) {
    const format = context.values.format
    if (!(LEAFLET_EXPORT_FORMATS as readonly unknown[]).includes(format)) throw new UsageError(`export leaflet takes --format ${LEAFLET_EXPORT_FORMATS.join(', --format ')}`)
    const layout = context.values.layout
    if (layout !== undefined && !isLayoutId(layout)) throw new UsageError(`unknown layout “${String(layout)}”; the layouts are ${LAYOUT_IDS.join(', ')}`)
    const out = context.values.out
    if (format === 'pdf' && typeof out !== 'string') throw new UsageError('a PDF needs --out FILE')
    const notebook = await openTarget(context, { readOnly: true })
    try {
      const { data, fit } = await exportLeaflet(notebook, await loadLeafletSource(notebook, context.positionals[0]!), { format: format as LeafletExportFormat, print: chromiumPrinter, ...(layout ? { layout } : {}) })
      if (typeof out !== 'string') return context.out(String(data))
      await writeFileAtomic(out, data)
      const pages = fit ? ` (${fit.pages} ${fit.pages === 1 ? 'page' : 'pages'})` : ''
      print(context, { path: out, pages: fit?.pages ?? null, warnings: fit?.warnings ?? [] }, [`Wrote ${out}${pages}`, ...(fit?.warnings ?? []).map((w) => `Warning: ${w}`)].join('\n'))
    } finally {
      await notebook.close()
    }
  },
}
