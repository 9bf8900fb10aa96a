import type { DocHandle } from '@automerge/automerge-repo'
import { useEffect, useMemo, useState } from 'react'
import { str, strs } from '../../shared/notebook/scalar'
import type { ShardDoc } from '../../shared/notebook/schema'
import type { PlaceDoc } from '../../shared/places/place'
import type { StoredNote } from '../../shared/notes/noteMutations'
import { useDoc } from '../contacts/useDoc'
import type { NotebookSession } from '../session/NotebookSession'
import { useShardRecords } from '../session/useShardRecords'

export interface PlaceChoice {
  id: string
  name: string
  units: string[]
}

const readPlace = (p: PlaceDoc): PlaceChoice | null => (str(p.mergedInto) ? null : { id: p.id, name: str(p.name) || str(p.address) || 'Unnamed place', units: strs(p.units) })

/** Places with their units (buildings with flats, workplaces with departments), live as their shards change. */
export function usePlaces(session: NotebookSession): PlaceChoice[] {
  const places = useShardRecords(session, 'places', readPlace)
  return useMemo(() => (places ?? []).filter((p) => p !== null).sort((a, b) => a.name.localeCompare(b.name)), [places])
}

/** One note's shard handle and stored record (undefined while loading or if there is none). */
export function useNote(session: NotebookSession, id: string): { handle?: DocHandle<ShardDoc<StoredNote>>; note?: StoredNote; loaded: boolean } {
  const [handle, setHandle] = useState<DocHandle<ShardDoc<StoredNote>>>()
  useEffect(() => {
    let live = true
    setHandle(undefined)
    void session.shardOf<StoredNote>('notes', id).then((h) => live && setHandle(h))
    return () => {
      live = false
    }
  }, [session, id])
  const doc = useDoc(handle)
  return { handle, note: doc?.records[id], loaded: doc !== undefined }
}
