import { STEP_LABELS } from '../../../shared/campaigns/plan'
import { campaignDetail, notebookCandidates, readCampaigns } from '../../campaigns/readCampaigns'
import { print, type Command } from '../command'
import { openTarget } from '../openTarget'

const day = (t: number) => new Date(t).toISOString().slice(0, 10)

export const campaignsList: Command = {
  words: ['campaigns', 'list'],
  usage: 'massline campaigns list [--notebook PATH] [--json]',
  summary: 'List the campaigns with their ids, target, tide and step',
  async run(context) {
    const notebook = await openTarget(context)
    try {
      const list = (await readCampaigns(notebook)).map((c) => {
        const { plan, sumUpText: _text, ...fields } = c
        return { id: fields.id, name: fields.name, target: fields.target, tide: fields.tide, step: plan.steps.at(-1)?.step ?? 1, archivedAt: fields.archivedAt, sumUps: plan.sumUps.length }
      })
      print(context, list, list.length ? list.map((c) => `${c.id}  ${c.name}  ${c.target || '(no target)'}  ${c.tide} tide  step ${c.step}${c.archivedAt ? '  archived' : ''}`).join('\n') : 'No campaigns yet')
    } finally {
      await notebook.close()
    }
  },
}

export const campaignsShow: Command = {
  words: ['campaigns', 'show'],
  usage: 'massline campaigns show ID [--notebook PATH] [--json]',
  summary: 'Show a campaign: its ripeness judgements, tide history, demands, tactics and sum-ups',
  positionals: { min: 1, max: 1, names: 'ID' },
  async run(context) {
    const notebook = await openTarget(context)
    try {
      const id = context.positionals[0]!
      const campaign = (await readCampaigns(notebook)).find((c) => c.id === id)
      if (!campaign) throw new Error(`No campaign “${id}” in this notebook (massline campaigns list shows their ids)`)
      const detail = campaignDetail(campaign, notebookCandidates(notebook))
      const human = [
        `${detail.name}: ${detail.target || '(no target)'}; power to grant: ${detail.powerHolder || '(not named)'}`,
        `Step ${detail.step}: ${STEP_LABELS[detail.step]}; ${detail.tide} tide`,
        'Tide history:',
        ...detail.tideHistory.map((t) => `  ${day(t.at)}  ${t.tide}  ${t.reason}${t.by ? ` (${t.by})` : ''}`),
        'Demands:',
        ...detail.demands.map((d, i) => `  ${i + 1}. ${d.text} [${d.status}]`),
        'Tactics:',
        ...detail.tactics.map((t) => `  ${t.rung}. ${t.name} ${t.plannedAt ? day(t.plannedAt) : ''} [${t.status}]`),
        'Sum-ups:',
        ...detail.sumUps.map((s) => `  ${day(s.at)}${s.by ? ` (${s.by})` : ''}: ${s.text.slice(0, 200).replace(/\n+/g, ' / ')}`),
        `Ripeness judgements: ${detail.ripeness ? detail.ripeness.judgements.length : 'none (not started from the board)'}`,
        ...(detail.ripeness?.judgements.map((j) => `  ${j.criterion}: ${j.verdict} (${j.by}) ${j.reason}`) ?? []),
      ].join('\n')
      print(context, detail, human)
    } finally {
      await notebook.close()
    }
  },
}
