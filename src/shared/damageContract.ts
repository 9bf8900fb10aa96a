/**
 * A notebook file that would not open costs at most what it held: the core sets it aside
 * (`<notebook>/quarantine/`), opens the notebook without it, and reports here which documents,
 * and so which records, may lack changes until a bundle or a peer brings them back.
 */
export type DamagedPart =
  | { kind: 'root' }
  | { kind: 'shard'; recordKind: string; shard: number }
  | { kind: 'leaflet'; leafletId: string }
  /** A chunk of sync bookkeeping or a document the root does not list: nothing of the user's is lost. */
  | { kind: 'other' }
  /** The root cannot be read, so which document this is cannot be told yet. */
  | { kind: 'unknown' }

export interface DamagedDocument {
  documentId: string
  part: DamagedPart
  /** For people: "contacts shard 12", "leaflet “Rent strike!”". */
  label: string
  /** Records that may be missing or lack changes, as the list index last knew them (names, not content). */
  records: { id: string; name: string }[]
  /** Nothing of it can be read until it is repaired (its only snapshot was the damaged file). */
  unreadable: boolean
  /** Its lost changes are back (from a bundle or a peer). */
  recovered: boolean
  /** The quarantined files, relative to the notebook, and when they were set aside. */
  files: { from: string; kept: string | null; at: number; reason: string }[]
}

export interface DamageReport {
  /** Documents still missing changes (what the banner shows), then recovered ones. */
  documents: DamagedDocument[]
  /** How to get the changes back, for people. */
  advice: string
}

export interface DamageApi {
  notebookDamage(args: { notebookId: string }): Promise<DamageReport>
}

export interface DamageEvents {
  damageChanged: { notebookId: string; report: DamageReport }
}

export const DAMAGE_METHODS: (keyof DamageApi)[] = ['notebookDamage']

export const REPAIR_ADVICE =
  'Turn sync on to fetch the missing changes from a comrade\'s device, or merge a bundle they exported (massline check --repair-from FILE). The damaged bytes are kept in the notebook\'s quarantine folder.'

/** Documents that still lack changes. */
export const stillDamaged = (report: DamageReport): DamagedDocument[] => report.documents.filter((d) => !d.recovered)
