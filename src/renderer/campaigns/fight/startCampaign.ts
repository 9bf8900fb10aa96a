import type { Candidate } from '../../../shared/campaigns/candidate'
import { setCandidateCampaign } from '../../../shared/campaigns/candidateMutations'
import type { CampaignDoc } from '../../../shared/campaigns/campaign'
import { putNewCampaign } from '../../../shared/campaigns/campaignMutations'
import { changeStep } from '../../../shared/campaigns/planMutations'
import { newId } from '../../../shared/ids'
import { scalar } from '../../../shared/notebook/scalar'
import { recordIn } from '../../../shared/notebook/recordIn'
import { editRecord } from '../../places/editRecord'
import type { NotebookSession } from '../../session/NotebookSession'

/** Starts a campaign from a candidate: its problem, target and every judgement's evidence carry over; the campaign opens at step 1. */
export async function startCampaign(session: NotebookSession, candidate: Candidate, names: { problem: string; target: string }, by: string): Promise<{ id: string } | { error: string }> {
  const id = newId()
  const evidence = [...new Set([`cell:${candidate.problem}/${candidate.target}`, ...candidate.judgements.flatMap((j) => j.evidence)])]
  const failed = await editRecord<CampaignDoc>(session, 'campaigns', id, (shard, cid, now) => {
    putNewCampaign(shard, cid, { name: `${names.problem}: ${names.target}`, target: names.target }, now)
    const campaign = recordIn(shard, cid, 'campaign')
    campaign.problem = scalar(candidate.problem)
    campaign.candidateId = scalar(candidate.id)
    campaign.evidence = evidence.map(scalar)
    changeStep(shard, cid, { step: 1, by }, now)
  })
  if (failed) return { error: failed }
  const root = await session.root()
  session.change(root, (doc) => setCandidateCampaign(doc, candidate.id, id))
  return { id }
}
