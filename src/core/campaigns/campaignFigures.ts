import type { DocHandle } from '@automerge/automerge-repo'
import { readCampaign, type CampaignDoc } from '../../shared/campaigns/campaign'
import { gatheringTurnouts } from '../../shared/campaigns/campaignTurnout'
import { campaignDashboard, type CampaignDashboard } from '../../shared/campaigns/dashboard'
import { readPlan } from '../../shared/campaigns/plan'
import { sumUpPrefill, type SumUpPrefill } from '../../shared/campaigns/sumUpPrefill'
import { readRules, withHighTide } from '../../shared/contacts/followUp'
import { readLeaflet, type LeafletDoc } from '../../shared/leaflets/leaflet'
import { leafletUrls } from '../../shared/notebook/rootDoc'
import { termNames } from '../../shared/notebook/terms'
import { listActions, listMeetings, listTasks } from '../mobilize/readMobilization'
import type { Notebook } from '../notebook/Notebook'
import { campaignDocs } from './readCampaigns'

async function campaignDoc(notebook: Notebook, campaignId: string): Promise<CampaignDoc> {
  const doc = (await notebook.shardOf<CampaignDoc>('campaigns', campaignId)).doc().records[campaignId]
  if (!doc) throw new Error(`No campaign “${campaignId}” in this notebook`)
  return doc
}

// repo.find costs milliseconds even for a document already open, so each notebook's leaflet handles are kept.
const leafletHandles = new WeakMap<Notebook, Map<string, Promise<DocHandle<LeafletDoc>>>>()

async function leaflets(notebook: Notebook) {
  let handles = leafletHandles.get(notebook)
  if (!handles) leafletHandles.set(notebook, (handles = new Map()))
  const found = leafletUrls(notebook.root.doc()).map((url) => {
    let handle = handles.get(url)
    if (!handle) handles.set(url, (handle = notebook.repo.find<LeafletDoc>(url)))
    return handle
  })
  return (await Promise.all(found)).map((handle) => readLeaflet(handle.doc()))
}

/** The dashboard's weekly series, from the core's contact and note rows (no shard is loaded for them) and the gatherings (8 small shards). */
export async function dashboardOf(notebook: Notebook, campaignId: string, now = Date.now()): Promise<CampaignDashboard> {
  const doc = await campaignDoc(notebook, campaignId)
  const root = notebook.root.doc()
  // Plain names by id, merges resolved: reading the root document per note would be slow.
  const names = termNames(root)
  const [contacts, notes, all, campaigns, actions, meetings] = await Promise.all([notebook.rows('contacts'), notebook.rows('notes'), leaflets(notebook), campaignDocs(notebook), listActions(notebook), listMeetings(notebook)])
  return campaignDashboard({
    campaignId,
    startedAt: doc.createdAt,
    contacts,
    notes,
    leaflets: all,
    gatherings: gatheringTurnouts(actions, meetings),
    problemName: (id) => names[id] || 'Unnamed problem',
    rules: withHighTide(readRules(root.settings.followUp), campaigns.map(readCampaign)),
    now,
  })
}

/** What a new sum-up of the campaign starts from. */
export async function prefillOf(notebook: Notebook, campaignId: string, now = Date.now()): Promise<SumUpPrefill> {
  const doc = await campaignDoc(notebook, campaignId)
  const last = readPlan(doc).sumUps.at(-1)
  const [contacts, notes, all, meetings, actions, tasks] = await Promise.all([notebook.rows('contacts'), notebook.rows('notes'), leaflets(notebook), listMeetings(notebook), listActions(notebook), listTasks(notebook)])
  const mobilization = { meetings, actions, tasks }
  return sumUpPrefill({ campaignId, startedAt: readCampaign(doc).createdAt, lastSumUp: last ?? null, contacts, notes, leaflets: all, mobilization, now })
}
