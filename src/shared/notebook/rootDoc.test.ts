import { ImmutableString } from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import { allDocumentUrls, leafletUrls, notebookName, shardUrlFor } from './rootDoc'
import type { NotebookRootDoc } from './schema'

const root = {
  schemaVersion: 1,
  notebookId: 'n',
  name: new ImmutableString('Tenants'),
  createdAt: 1,
  shards: { contacts: [new ImmutableString('automerge:c0'), new ImmutableString('automerge:c1')], notes: [], places: [], campaigns: [], meetings: [], tasks: [] },
  leaflets: { l1: new ImmutableString('automerge:l1') },
  settings: { defaultRegion: 'US' },
} as unknown as NotebookRootDoc

describe('reading the root document', () => {
  it('lists every document of the notebook', () => {
    expect(allDocumentUrls(root)).toEqual(['automerge:c0', 'automerge:c1', 'automerge:l1'])
    expect(leafletUrls(root)).toEqual(['automerge:l1'])
    expect(notebookName(root)).toBe('Tenants')
    expect(['automerge:c0', 'automerge:c1']).toContain(shardUrlFor(root, 'contacts', 'some-id'))
  })

  it('reads names and URLs stored as plain text by older versions', () => {
    const old = { ...root, name: 'Old name', leaflets: { l1: 'automerge:l1' } } as unknown as NotebookRootDoc
    expect(notebookName(old)).toBe('Old name')
    expect(leafletUrls(old)).toEqual(['automerge:l1'])
  })

  it('does not throw on a root missing its maps, as a damaged or pre-migration document may be', () => {
    const damaged = { ...root, leaflets: undefined, shards: undefined } as unknown as NotebookRootDoc
    expect(allDocumentUrls(damaged)).toEqual([])
  })
})
