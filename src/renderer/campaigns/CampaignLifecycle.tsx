import { Archive, ArchiveRestore, Trash2 } from 'lucide-react'
import { useState } from 'react'
import type { Campaign, CampaignDoc } from '../../shared/campaigns/campaign'
import { deleteCampaign, setCampaignArchived } from '../../shared/campaigns/campaignMutations'
import { campaignUse, whyNotDeletable } from '../../shared/campaigns/campaignUse'
import { whyNotArchivable } from '../../shared/campaigns/planMutations'
import { useStore } from '../app/useStore'
import { formatDay } from '../contacts/formatDate'
import { useLeaflets } from '../leaflets/useLeaflets'
import { useNotes } from '../notes/useNoteRows'
import { editRecord } from '../places/editRecord'
import type { NotebookSession } from '../session/NotebookSession'

/**
 * Archive a finished campaign (it leaves the pickers for new notes, leaflets and levels, and keeps
 * its name wherever it is cited), restore it, or delete it when nothing cites it.
 */
export function CampaignLifecycle({ session, campaign, onDeleted }: { session: NotebookSession; campaign: Campaign; onDeleted: () => void }) {
  const { rows: notes, loaded } = useNotes(session)
  const leaflets = useLeaflets(session)
  const contacts = useStore(session.contacts)
  const [message, setMessage] = useState('')
  const [confirming, setConfirming] = useState(false)
  const known = loaded && leaflets !== null
  // Worked out on each render, so a note citing it that arrives while the question is open still stops the delete.
  const blocker = known ? whyNotDeletable(campaignUse(campaign.id, { notes, leaflets, contacts })) : null
  const name = campaign.name || 'this campaign'
  const refuse = (reason: string) => (setConfirming(false), setMessage(`Can’t delete “${name}”: ${reason}.`))

  // Archiving closes the fight: it needs a closing sum-up (a recent one) first.
  const archive = async (archived: boolean) =>
    setMessage(
      (await editRecord<CampaignDoc>(session, 'campaigns', campaign.id, (s, id, now) => {
        const why = archived && s.records[id] ? whyNotArchivable(s.records[id], now) : null
        if (why) throw new Error(`Can’t archive “${name}” yet: ${why}.`)
        setCampaignArchived(s, id, archived, now)
      })) ?? '',
    )
  const askDelete = () => (blocker ? refuse(blocker) : (setMessage(''), setConfirming(true)))
  const remove = async () => {
    if (blocker) return refuse(blocker)
    setConfirming(false)
    const failed = await editRecord<CampaignDoc>(session, 'campaigns', campaign.id, (s, id) => deleteCampaign(s, id))
    if (failed) setMessage(failed)
    else onDeleted()
  }

  return (
    <div className="campaign-lifecycle" data-testid="campaign-lifecycle">
      {campaign.archivedAt ? (
        <p className="campaign-archived-note">
          <Archive size={15} aria-hidden /> Archived {formatDay(campaign.archivedAt)}: not offered for new notes, leaflets or levels, still shown wherever it is cited.
        </p>
      ) : null}
      <div className="campaign-lifecycle-actions">
        {campaign.archivedAt ? (
          <button type="button" className="btn" onClick={() => void archive(false)}>
            <ArchiveRestore size={15} aria-hidden /> Restore
          </button>
        ) : (
          <button type="button" className="btn" title="Finished: leave it out of the pickers, keep its history" onClick={() => void archive(true)}>
            <Archive size={15} aria-hidden /> Archive
          </button>
        )}
        <button type="button" className="btn subtle" disabled={!known} title={known ? undefined : 'Checking what cites this campaign…'} onClick={askDelete}>
          <Trash2 size={15} aria-hidden /> Delete…
        </button>
      </div>
      {confirming && (
        <div className="confirm" role="alertdialog" aria-label={`Delete ${name}`}>
          <p>
            <strong>Delete “{name}” for good?</strong> Nothing in the notebook cites it.
          </p>
          <button type="button" className="btn primary" onClick={() => void remove()}>
            Delete campaign
          </button>
          <button type="button" className="btn" onClick={() => setConfirming(false)}>
            Keep
          </button>
        </div>
      )}
      {message && (
        <p className="error-text" role="alert">
          {message}
        </p>
      )}
    </div>
  )
}
