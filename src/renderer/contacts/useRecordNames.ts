import { useMemo } from 'react'
import { str, type Scalar } from '../../shared/notebook/scalar'
import type { BaseRecord, RecordKind } from '../../shared/notebook/schema'
import type { NotebookSession } from '../session/NotebookSession'
import { useShardRecords } from '../session/useShardRecords'

type Named = BaseRecord & { name?: Scalar; address?: Scalar; archivedAt?: number; mergedInto?: Scalar }
// A place merged into another is named like an archived campaign: whatever still cites it shows its name, pickers leave it out.
const nameOf = (r: Named): [string, string, boolean] => [r.id, str(r.name) || str(r.address) || r.id, (typeof r.archivedAt === 'number' && r.archivedAt > 0) || Boolean(str(r.mergedInto))]

/**
 * The records one can pick, id → name: iterating lists only those not archived (pickers and
 * datalists build on it), while `get` and `has` also answer archived ones, so whatever cites a
 * finished campaign still shows its name.
 */
export class PickableNames extends Map<string, string> {
  readonly #archived: ReadonlyMap<string, string>
  constructor(open: Iterable<readonly [string, string]>, archived: ReadonlyMap<string, string>) {
    super(open)
    this.#archived = archived
  }
  override get(id: string): string | undefined {
    return super.get(id) ?? this.#archived.get(id)
  }
  override has(id: string): boolean {
    return super.has(id) || this.#archived.has(id)
  }
}

/** id → display name for a small record kind (places, campaigns), kept live as its shards change. */
export function useRecordNames(session: NotebookSession, kind: Extract<RecordKind, 'places' | 'campaigns'>): Map<string, string> {
  const entries = useShardRecords<Named, [string, string, boolean]>(session, kind, nameOf)
  return useMemo(() => {
    const all = entries ?? []
    const pair = ([id, name]: [string, string, boolean]): [string, string] => [id, name]
    return new PickableNames(all.filter((e) => !e[2]).map(pair), new Map(all.filter((e) => e[2]).map(pair)))
  }, [entries])
}
