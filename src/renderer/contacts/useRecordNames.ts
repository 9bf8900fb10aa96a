import { useMemo } from 'react'
import { str, type Scalar } from '../../shared/notebook/scalar'
import type { BaseRecord, RecordKind } from '../../shared/notebook/schema'
import type { NotebookSession } from '../session/NotebookSession'
import { useShardRecords } from '../session/useShardRecords'

type Named = BaseRecord & { name?: Scalar; address?: Scalar }
const nameOf = (r: Named): [string, string] => [r.id, str(r.name) || str(r.address) || r.id]

/** id → display name for a small record kind (places, campaigns), kept live as its shards change. */
export function useRecordNames(session: NotebookSession, kind: Extract<RecordKind, 'places' | 'campaigns'>): Map<string, string> {
  const entries = useShardRecords<Named, [string, string]>(session, kind, nameOf)
  return useMemo(() => new Map(entries ?? []), [entries])
}
