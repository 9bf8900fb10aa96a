import { describe, expect, it } from 'vitest'
import { applyMigrations, pendingMigrations, ROOT_MIGRATIONS, SchemaTooNewError, SHARD_MIGRATIONS } from './migrations'
import { SCHEMA_VERSION } from './schema'

describe('schema migrations', () => {
  it('brings an unversioned root document up to the current schema', () => {
    const doc: Record<string, unknown> = { notebookId: 'n', name: 'Old', shards: {} }
    applyMigrations(doc, pendingMigrations(doc, ROOT_MIGRATIONS))
    expect(doc).toMatchObject({ schemaVersion: SCHEMA_VERSION, leaflets: {}, settings: { defaultRegion: 'US' } })
  })

  it('keeps what an old document already had', () => {
    const doc: Record<string, unknown> = { records: { a: { id: 'a' } } }
    applyMigrations(doc, pendingMigrations(doc, SHARD_MIGRATIONS))
    expect(doc.records).toEqual({ a: { id: 'a' } })
  })

  it('has nothing to do on a current document', () => {
    expect(pendingMigrations({ schemaVersion: SCHEMA_VERSION }, ROOT_MIGRATIONS)).toEqual([])
  })

  it('refuses a document written by a newer version, with a message saying what to do', () => {
    expect(() => pendingMigrations({ schemaVersion: SCHEMA_VERSION + 1 }, ROOT_MIGRATIONS)).toThrow(SchemaTooNewError)
    expect(() => pendingMigrations({ schemaVersion: 99 }, SHARD_MIGRATIONS)).toThrow(/Update Massline/)
  })
})
