import { useState } from 'react'
import type { ViewProps } from '../app/views'
import { PageHeader } from '../views/PageHeader'
import { NewPlaceForm } from './NewPlaceForm'
import { PlacePage } from './PlacePage'
import { PlacesList } from './PlacesList'
import '../styles/places.css'

/** `#places`: every place with its coverage; `#places/new` makes one; `#places/<id>` is one place. */
export function PlacesView({ session, param, go }: ViewProps) {
  const [creating, setCreating] = useState(false)
  if (param && param !== 'new') return <PlacePage key={param} session={session} placeId={param} go={go} />
  const adding = creating || param === 'new'
  const close = () => (setCreating(false), param && go('places'))
  return (
    <>
      <PageHeader title="Places">
        {!adding && (
          <button className="btn primary" onClick={() => setCreating(true)}>
            New place
          </button>
        )}
      </PageHeader>
      {adding && <NewPlaceForm session={session} onCancel={close} onCreated={(id) => (setCreating(false), go('places', id))} />}
      <div className="page-body scroll">
        <PlacesList session={session} onOpen={(id) => go('places', id)} onNew={() => setCreating(true)} />
      </div>
    </>
  )
}
