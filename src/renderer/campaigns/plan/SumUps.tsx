import type { DocHandle } from '@automerge/automerge-repo'
import { useEffect, useMemo, useState } from 'react'
import type { CampaignDoc } from '../../../shared/campaigns/campaign'
import { sumUpDueAt, type SumUp } from '../../../shared/campaigns/plan'
import { addSumUp, setSumUpEvery } from '../../../shared/campaigns/planMutations'
import type { SumUpPrefill } from '../../../shared/campaigns/sumUpPrefill'
import { sumUpBlocks, sumUpLines } from '../../../shared/campaigns/sumUpText'
import type { ShardDoc } from '../../../shared/notebook/schema'
import { writeRichBody } from '../../../shared/richtext/writeRichBody'
import { formatDay } from '../../contacts/formatDate'
import { RichTextEditor } from '../../richtext/RichTextEditor'
import type { NotebookSession } from '../../session/NotebookSession'
import { CommitInput } from '../../views/CommitInput'
import type { PlanEdit } from './usePlanEdit'

interface Props {
  session: NotebookSession
  campaignId: string
  startedAt: number
  sumUps: SumUp[]
  everyDays: number
  edit: PlanEdit
  by: string
}

/** Dated sum-ups in the collaborative editor, each started from what changed since the last; a reminder when one is due. */
export function SumUps({ session, campaignId, startedAt, sumUps, everyDays, edit, by }: Props) {
  const [prefill, setPrefill] = useState<SumUpPrefill | null>(null)
  const [open, setOpen] = useState(sumUps.at(-1)?.id ?? '')
  const [handle, setHandle] = useState<DocHandle<ShardDoc<CampaignDoc>>>()
  const [error, setError] = useState('')
  const [now] = useState(() => Date.now())
  const dueAt = sumUpDueAt({ sumUps } as never, startedAt, everyDays)
  useEffect(() => {
    let live = true
    void session.shardOf<CampaignDoc>('campaigns', campaignId).then((h) => live && setHandle(h))
    void session.bridge.sumUpPrefill({ notebookId: session.id, campaignId }).then((p) => live && setPrefill(p), (e: unknown) => live && setError(String(e)))
    return () => {
      live = false
    }
  }, [session, campaignId, sumUps.length])

  const write = async () => {
    const fresh = await session.bridge.sumUpPrefill({ notebookId: session.id, campaignId })
    let sumUpId = ''
    const failed = await edit((shard, id, at) => {
      sumUpId = addSumUp(shard, id, { at, by, figures: fresh.now }, at)
      writeRichBody(shard, ['records', id, `sumup:${sumUpId}`, 'body'], sumUpBlocks(fresh))
    })
    setError(failed ?? '')
    if (!failed) setOpen(sumUpId)
  }
  const path = useMemo(() => ['records', campaignId, `sumup:${open}`, 'body'], [campaignId, open])
  const current = sumUps.find((s) => s.id === open)

  return (
    <section className="plan-section" aria-label="Sum-ups">
      <h3>Sum-ups</h3>
      <div className="stack sumup-bar">
        <label className="stack">
          Sum up every
          <CommitInput className="input narrow" aria-label="Sum up every (days)" value={String(everyDays)} onCommit={(v) => void edit((s, id, t) => setSumUpEvery(s, id, Number(v), t)).then((f) => setError(f ?? ''))} />
          days
        </label>
        {dueAt <= now ? (
          <span className="sumup-due" role="status">
            A sum-up is due{sumUps.length ? ` (the last was ${formatDay(sumUps.at(-1)!.at)})` : ''}.
          </span>
        ) : (
          <span className="muted fine">Next sum-up due {formatDay(dueAt)}</span>
        )}
      </div>
      {prefill && (
        <dl className="sumup-figures" aria-label="Since the last sum-up" data-testid="sumup-figures">
          {sumUpLines(prefill).map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      <button type="button" className="btn primary" onClick={() => void write()}>
        Write a sum-up from these figures
      </button>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <ol className="sumup-list" aria-label="Sum-up history">
        {[...sumUps].reverse().map((s) => (
          <li key={s.id}>
            <button type="button" className="btn small subtle" aria-current={s.id === open ? 'true' : undefined} onClick={() => setOpen(s.id)}>
              {formatDay(s.at)}
              {s.by && ` · ${s.by}`}
            </button>
          </li>
        ))}
      </ol>
      {handle && current && (
        <div className="sumup-editor" data-testid="sumup-editor">
          <RichTextEditor key={open} handle={handle} path={path} placeholder="What worked, what didn’t, why" />
        </div>
      )}
    </section>
  )
}
