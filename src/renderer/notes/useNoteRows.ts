import { useEffect, useMemo, useState } from 'react'
import type { NoteRow } from '../../shared/notes/noteRow'
import type { NoteNames } from '../../shared/notes/noteQuery'
import { resolveTerm, termResolver } from '../../shared/notebook/terms'
import type { NotebookRootDoc } from '../../shared/notebook/schema'
import { useStore } from '../app/useStore'
import type { NotebookSession } from '../session/NotebookSession'
import { usePlaces, type PlaceChoice } from './useNotebook'
import { useRoot } from '../session/useRoot'

/** The conversation note rows, fetched on first use and kept current; `loaded` once the core has answered. */
export function useNotes(session: NotebookSession): { rows: NoteRow[]; loaded: boolean } {
  const [loaded, setLoaded] = useState(false)
  useEffect(() => {
    let live = true
    void session.loadNotes().then(() => live && setLoaded(true))
    return () => {
      live = false
    }
  }, [session])
  return { rows: useStore(session.notes), loaded }
}

/** Note rows (loaded on first use) and the names lists show for their ids. */
export function useNoteRows(session: NotebookSession): { rows: NoteRow[]; names: NoteNames; root?: NotebookRootDoc; places: PlaceChoice[] } {
  const { rows } = useNotes(session)
  const contacts = useStore(session.contacts)
  const { root } = useRoot(session)
  const places = usePlaces(session)
  const names = useMemo<NoteNames>(() => {
    const placeNames = new Map(places.map((p) => [p.id, p.name]))
    const resolve = root ? termResolver(root) : (id: string) => id
    return {
      place: (id) => placeNames.get(id) ?? '',
      contact: (id) => session.contacts.byId(id)?.name ?? '',
      term: (id) => (root && id ? resolveTerm(root, id)?.name : '') ?? '',
      resolve,
    }
    // contacts: names change as people are renamed
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [places, root, session, contacts])
  return { rows, names, root, places }
}
