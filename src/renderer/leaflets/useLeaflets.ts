import type { AutomergeUrl, DocHandle } from '@automerge/automerge-repo'
import { useEffect, useState } from 'react'
import { readLeaflet, type Leaflet, type LeafletDoc } from '../../shared/leaflets/leaflet'
import { str } from '../../shared/notebook/scalar'
import type { CampaignDoc } from '../../shared/campaigns/campaign'
import type { PlaceDoc } from '../../shared/places/place'
import { useShardRecords } from '../session/useShardRecords'
import type { NotebookSession } from '../session/NotebookSession'
import { useRoot } from '../session/useRoot'

/** A leaflet as read, with the handle of its document (so an edit need not look it up again). */
export type LeafletEntry = Leaflet & { handle: DocHandle<LeafletDoc> }

/** Every leaflet listed on the root, read live from its own document; null until the root arrives. */
export function useLeaflets(session: NotebookSession): LeafletEntry[] | null {
  const { root } = useRoot(session)
  const [leaflets, setLeaflets] = useState<LeafletEntry[] | null>(null)
  const urls = JSON.stringify(Object.values(root?.leaflets ?? {}).map(str))
  useEffect(() => {
    if (!root) return
    let live = true
    let handles: DocHandle<LeafletDoc>[] = []
    const refresh = () => live && setLeaflets(handles.flatMap((handle) => (handle.doc() ? [{ ...readLeaflet(handle.doc()), handle }] : [])))
    void (async () => {
      const repo = await session.repo
      handles = await Promise.all((JSON.parse(urls) as string[]).map((url) => repo.find<LeafletDoc>(url as AutomergeUrl)))
      for (const h of handles) h.on('change', refresh)
      refresh()
    })()
    return () => {
      live = false
      for (const h of handles) h.off('change', refresh)
    }
  }, [session, urls, root !== undefined]) // eslint-disable-line react-hooks/exhaustive-deps
  return leaflets
}

/** One leaflet's document handle, once the root lists it (null: the root has no such leaflet). */
export function useLeafletHandle(session: NotebookSession, id: string): DocHandle<LeafletDoc> | null | undefined {
  const { root } = useRoot(session)
  const [handle, setHandle] = useState<DocHandle<LeafletDoc> | null>()
  const url = root ? str(root.leaflets?.[id]) : undefined
  useEffect(() => {
    if (url === undefined) return
    if (!url) return setHandle(null)
    let live = true
    void session.repo.then((repo) => repo.find<LeafletDoc>(url as AutomergeUrl)).then((h) => live && setHandle(h))
    return () => {
      live = false
    }
  }, [session, url])
  return handle
}

export interface CampaignInfo {
  id: string
  name: string
  demands: string[]
  /** Finished: not offered for a new leaflet. */
  archived: boolean
}

const readCampaign = (c: CampaignDoc): CampaignInfo => ({ id: c.id, name: str(c.name) || 'Unnamed campaign', demands: (c.demands ?? []).map(str).filter(Boolean), archived: Boolean(c.archivedAt) })

export function useCampaigns(session: NotebookSession): CampaignInfo[] {
  return (useShardRecords<CampaignDoc, CampaignInfo>(session, 'campaigns', readCampaign) ?? []).sort((a, b) => a.name.localeCompare(b.name))
}

export interface PlaceInfo {
  id: string
  name: string
  kind: string
}

const readPlace = (p: PlaceDoc): PlaceInfo | null => (str(p.mergedInto) ? null : { id: p.id, name: str(p.name) || str(p.address) || 'Unnamed place', kind: str(p.kind) })

export function usePlaceInfo(session: NotebookSession): PlaceInfo[] {
  return (useShardRecords<PlaceDoc, PlaceInfo | null>(session, 'places', readPlace) ?? []).filter((p) => p !== null).sort((a, b) => a.name.localeCompare(b.name))
}
