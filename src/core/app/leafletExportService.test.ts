import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ANONYMOUS_SPEAKER, LEAFLET_ID, seedLeaflet } from '../../../test/support/leafletSeed'
import { CORE_ARGS } from '../../shared/bridge/coreArgs'
import { createCore } from './createCore'
import { nodeKeyVault } from '../atRest/keyWrappings'

describe('bridge: exportLeaflet', () => {
  it('writes where the user chose, reports pages and overflow from the print engine, and refuses unknown leaflets', async () => {
    const home = await mkdtemp(join(tmpdir(), 'massline-leaflet-bridge-'))
    await seedLeaflet(home)
    const printed: string[] = []
    const core = await createCore({
      home,
      keys: nodeKeyVault(home),
      chooseExportPath: async (name) => join(home, 'out', name),
      printToPdf: async (html, { pdf }) => (printed.push(html), { panels: { a: 2, b: 1 }, ...(pdf ? { pdf: new TextEncoder().encode('%PDF-stub') } : {}) }),
    })
    try {
      const [notebook] = await core.api.listNotebooks({})
      const notebookId = notebook!.id
      const pdf = await core.api.exportLeaflet({ notebookId, leafletId: LEAFLET_ID, format: 'pdf' })
      expect(pdf).toEqual({ path: join(home, 'out', 'Rent strike leaflet.pdf'), pages: 2, warnings: [expect.stringMatching(/The en text needs 2 half pages/)] })
      expect(await readFile(pdf.path!, 'utf8')).toBe('%PDF-stub')
      // Measured once, then printed again with the second sheet the text needs.
      expect(printed).toHaveLength(2)
      expect(printed[1]).toContain('data-panel="1"')
      expect(printed.join('')).not.toContain(ANONYMOUS_SPEAKER)

      const md = await core.api.exportLeaflet({ notebookId, leafletId: LEAFLET_ID, format: 'md' })
      expect(md).toEqual({ path: join(home, 'out', 'Rent strike leaflet.md'), pages: null, warnings: [] })
      await expect(core.api.exportLeaflet({ notebookId, leafletId: 'gone', format: 'md' })).rejects.toThrow('This notebook has no leaflet with the id “gone”')
      expect(CORE_ARGS.exportLeaflet.safeParse({ notebookId, leafletId: LEAFLET_ID, format: 'docx' }).success).toBe(false)
      expect(CORE_ARGS.exportLeaflet.safeParse({ notebookId, leafletId: LEAFLET_ID, format: 'pdf', layout: 'half-a4' }).success).toBe(true)
    } finally {
      await core.close()
    }
  })
})
