import { useCallback, useEffect, useState } from 'react'
import { placeTitle, type Place } from '../../shared/places/place'
import type { PlaceDuplicateGroup } from '../../shared/places/placeDuplicates'
import { plural } from '../app/plural'
import type { NotebookSession } from '../session/NotebookSession'

/**
 * Places that are probably one building (made twice before place ids came from the address, or
 * typed apart), offered for merge as duplicate contacts are: pick the one to keep, merge, and
 * every contact, note and meeting at the others moves to it with their knocks and units.
 */
export function PlaceDuplicates({ session, places }: { session: NotebookSession; places: readonly Place[] }) {
  const [groups, setGroups] = useState<PlaceDuplicateGroup[]>([])
  const [open, setOpen] = useState(false)
  const [keep, setKeep] = useState<Record<string, string>>({})
  const [error, setError] = useState('')
  const rescan = useCallback(
    () =>
      void session.bridge.findPlaceDuplicates({ notebookId: session.id }).then(
        (found) => setGroups(found.groups),
        (e: Error) => setError(e.message),
      ),
    [session],
  )
  // Again whenever a place changes: a merge here, or one synced from a comrade.
  useEffect(rescan, [rescan, places])
  if (!groups.length) return null
  const byId = new Map(places.map((p) => [p.id, p]))
  const merge = async (group: PlaceDuplicateGroup) => {
    const keepId = keep[group.ids.join()] ?? group.keep
    setError('')
    try {
      await session.bridge.mergePlaces({ notebookId: session.id, keepId, mergeIds: group.ids.filter((id) => id !== keepId) })
    } catch (e) {
      setError((e as Error).message)
    }
    rescan()
  }
  return (
    <section className="place-dupes" aria-label="Duplicate places">
      <div className="sheet-head">
        <strong>{plural(groups.length, 'place looks', 'places look')} entered more than once</strong>
        <span className="muted">the same address or name: merging keeps every knock, unit, contact and note</span>
        <span className="spacer" />
        <button className="btn" onClick={() => setOpen(!open)}>
          {open ? 'Hide' : 'Review'}
        </button>
      </div>
      {error && <p className="error-text">{error}</p>}
      {open && (
        <ul className="dupes">
          {groups.map((group) => {
            const key = group.ids.join()
            return (
              <li key={key} className="dupe-group" data-testid="place-duplicate-group">
                <span className="muted">{group.reasons.join(', ')}</span>
                <div role="radiogroup" aria-label="Keep which place">
                  {group.ids.map((id) => {
                    const place = byId.get(id)
                    return (
                      <label key={id} className="dupe-choice">
                        <input type="radio" name={`keep-${key}`} checked={(keep[key] ?? group.keep) === id} onChange={() => setKeep({ ...keep, [key]: id })} />
                        <strong>{place ? placeTitle(place) : id}</strong>
                        <span className="muted">{place && [place.name && place.address, plural(place.units.length, 'unit'), plural(place.knocks.length, 'knock')].filter(Boolean).join(' · ')}</span>
                      </label>
                    )
                  })}
                </div>
                <button className="btn primary" onClick={() => void merge(group)}>
                  Merge into one
                </button>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
