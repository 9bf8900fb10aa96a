import type { DocHandle } from '@automerge/automerge-repo'
import { useEffect, useState } from 'react'
import { str, strs } from '../../shared/notebook/scalar'
import type { NotebookRootDoc, ShardDoc } from '../../shared/notebook/schema'
import type { PlaceDoc } from '../../shared/places/place'
import type { StoredNote } from '../../shared/notes/noteMutations'
import { useDoc } from '../contacts/useDoc'
import type { NotebookSession } from '../session/NotebookSession'

/** The root document (terms live on it), live. */
export function useRoot(session: NotebookSession): { handle?: DocHandle<NotebookRootDoc>; root?: NotebookRootDoc } {
  const [handle, setHandle] = useState<DocHandle<NotebookRootDoc>>()
  useEffect(() => {
    let live = true
    void session.root().then((h) => live && setHandle(h))
    return () => {
      live = false
    }
  }, [session])
  return { handle, root: useDoc(handle) }
}

export interface PlaceChoice {
  id: string
  name: string
  units: string[]
}

/** Places with their units (buildings with flats, workplaces with departments), live as their shards change. */
export function usePlaces(session: NotebookSession): PlaceChoice[] {
  const [places, setPlaces] = useState<PlaceChoice[]>([])
  useEffect(() => {
    let live = true
    const offs: (() => void)[] = []
    void (async () => {
      const root = (await session.root()).doc()
      const repo = await session.repo
      const handles = await Promise.all(root.shards.places.map((url) => repo.find<ShardDoc<PlaceDoc>>(str(url) as never)))
      const read = () => {
        const next = handles.flatMap((h) => Object.values(h.doc().records)).map((p) => ({ id: p.id, name: str(p.name) || str(p.address) || 'Unnamed place', units: strs(p.units) }))
        if (live) setPlaces(next.sort((a, b) => a.name.localeCompare(b.name)))
      }
      read()
      for (const h of handles) {
        h.on('change', read)
        offs.push(() => h.off('change', read))
      }
    })()
    return () => {
      live = false
      offs.forEach((off) => off())
    }
  }, [session])
  return places
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
