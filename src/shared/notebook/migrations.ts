import { SCHEMA_VERSION } from './schema'

/** One step of a document's schema. `up` mutates the document inside an Automerge change. */
export interface Migration {
  to: number
  describe: string
  up: (doc: Record<string, unknown>) => void
}

export class SchemaTooNewError extends Error {
  constructor(found: number) {
    super(
      `This notebook was written by a newer Massline (schema ${found}); this version understands ` +
        `up to ${SCHEMA_VERSION}. Update Massline to open it; nothing was changed.`,
    )
    this.name = 'SchemaTooNewError'
  }
}

function ensureMap(doc: Record<string, unknown>, key: string): void {
  if (typeof doc[key] !== 'object' || doc[key] === null) doc[key] = {}
}

/** Documents written before versioning (schema 0) lacked the version and some maps. */
export const ROOT_MIGRATIONS: Migration[] = [
  {
    to: 1,
    describe: 'add the leaflets map and notebook settings',
    up: (doc) => {
      ensureMap(doc, 'leaflets')
      if (typeof doc.settings !== 'object' || doc.settings === null) doc.settings = { defaultRegion: 'US' }
    },
  },
]

export const SHARD_MIGRATIONS: Migration[] = [
  { to: 1, describe: 'add the records map', up: (doc) => ensureMap(doc, 'records') },
]

export function schemaVersionOf(doc: { schemaVersion?: unknown }): number {
  return typeof doc.schemaVersion === 'number' ? doc.schemaVersion : 0
}

/** The migrations still to run on a document, in order; throws if the document is too new. */
export function pendingMigrations(doc: { schemaVersion?: unknown }, migrations: Migration[]): Migration[] {
  const version = schemaVersionOf(doc)
  if (version > SCHEMA_VERSION) throw new SchemaTooNewError(version)
  return migrations.filter((m) => m.to > version)
}

/** Applies pending migrations in place (call inside `handle.change`). */
export function applyMigrations(doc: Record<string, unknown>, pending: Migration[]): void {
  for (const migration of pending) {
    migration.up(doc)
    doc.schemaVersion = migration.to
  }
}
