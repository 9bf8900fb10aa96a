import { useEffect, useMemo, useState } from 'react'
import { isActionRecord, readAction, type Action, type ActionDoc } from '../../shared/actions/action'
import { readCampaign, type Campaign, type CampaignDoc } from '../../shared/campaigns/campaign'
import { readMeeting, type Meeting, type MeetingDoc } from '../../shared/meetings/meeting'
import { readPlace, type Place, type PlaceDoc } from '../../shared/places/place'
import { readTask, type Task } from '../../shared/tasks/task'
import type { NotebookSession } from '../session/NotebookSession'
import { useShardRecords } from '../session/useShardRecords'

type Gathering = { meeting: Meeting; action?: never } | { action: Action; meeting?: never }
const readGathering = (doc: MeetingDoc): Gathering => (isActionRecord(doc) ? { action: readAction(doc as unknown as ActionDoc) } : { meeting: readMeeting(doc) })
const byDateDesc = (a: { date: number; id: string }, b: { date: number; id: string }) => b.date - a.date || (a.id < b.id ? -1 : 1)

/** Meetings and actions (they share the meetings shards), newest first; null until loaded. */
export function useGatherings(session: NotebookSession): { meetings: Meeting[] | null; actions: Action[] | null } {
  const records = useShardRecords(session, 'meetings', readGathering)
  return useMemo(() => {
    if (!records) return { meetings: null, actions: null }
    return {
      meetings: records.flatMap((r) => (r.meeting ? [r.meeting] : [])).sort(byDateDesc),
      actions: records.flatMap((r) => (r.action ? [r.action] : [])).sort(byDateDesc),
    }
  }, [records])
}

export const useTasks = (session: NotebookSession): Task[] | null => useShardRecords(session, 'tasks', readTask)

const readCampaignDoc = (doc: CampaignDoc): Campaign => readCampaign(doc)
const readPlaceDoc = (doc: PlaceDoc): Place => readPlace(doc)

/** Running campaigns by name: what the campaign pickers of meetings, actions and teams offer. */
export function useRunningCampaigns(session: NotebookSession): Campaign[] {
  const campaigns = useShardRecords(session, 'campaigns', readCampaignDoc)
  return useMemo(() => (campaigns ?? []).filter((c) => !c.archivedAt).sort((a, b) => a.name.localeCompare(b.name)), [campaigns])
}

/** Running campaigns and every place, by name (places carry their knocks: views that pick no place use `useRunningCampaigns`). */
export function usePickers(session: NotebookSession): { campaigns: Campaign[]; places: Place[] } {
  const campaigns = useRunningCampaigns(session)
  const places = useShardRecords(session, 'places', readPlaceDoc)
  return useMemo(() => ({ campaigns, places: (places ?? []).filter((p) => !p.mergedInto).sort((a, b) => a.name.localeCompare(b.name)) }), [campaigns, places])
}

const ME_KEY = 'massline:me'

/** The comrade at the keyboard ("Calls for" on Today, "mine" in Tasks), kept on this device. */
export function useMe(): [string, (me: string) => void] {
  const [me, setMe] = useState(() => localStorage.getItem(ME_KEY) ?? '')
  useEffect(() => localStorage.setItem(ME_KEY, me), [me])
  return [me, setMe]
}

/** Ticks every `ms` (run sheets count down by the second, Today by the minute). */
export function useNow(ms: number): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms)
    return () => clearInterval(timer)
  }, [ms])
  return now
}
