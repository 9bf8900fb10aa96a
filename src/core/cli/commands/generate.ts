import { generateJournaled } from '../../imports/generateBatch'
import { print, UsageError, type Command } from '../command'
import { openTarget } from '../openTarget'

function count(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0 || n > 1_000_000) throw new UsageError(`--${name} takes a whole number from 0 to 1000000`)
  return n
}

export const generate: Command = {
  words: ['generate'],
  usage: 'massline generate [--contacts N] [--notes N] [--leaflets N] [--seed N] [--notebook PATH] [--json]',
  summary: 'Fill a notebook with a realistic, seeded investigation (a new folder with --notebook)',
  options: {
    contacts: { type: 'string' },
    notes: { type: 'string' },
    leaflets: { type: 'string' },
    seed: { type: 'string' },
  },
  async run(context) {
    const options = {
      contacts: count(context.values.contacts, 'contacts', 200),
      notes: count(context.values.notes, 'notes', 100),
      leaflets: count(context.values.leaflets, 'leaflets', 5),
      seed: count(context.values.seed, 'seed', 1),
    }
    const notebook = await openTarget(context, { create: true })
    try {
      const started = performance.now()
      const summary = await generateJournaled(notebook, options)
      const seconds = (performance.now() - started) / 1000
      print(
        context,
        { ...summary, path: notebook.dir, seconds },
        `Generated ${summary.contacts} contacts, ${summary.notes} notes, ${summary.places} places, ` +
          `${summary.campaigns} campaigns and ${summary.leaflets} leaflets in ${seconds.toFixed(1)} s (${notebook.dir})`,
      )
    } finally {
      await notebook.close()
    }
  },
}
