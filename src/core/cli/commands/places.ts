import { coverage } from '../../../shared/places/coverage'
import { placeTitle, type Place } from '../../../shared/places/place'
import type { Notebook } from '../../notebook/Notebook'
import { mergePlaces, readPlaces, scanPlaceDuplicates } from '../../places/mergePlaces'
import { print, type Command, type CommandContext } from '../command'
import { openTarget } from '../openTarget'

async function withNotebook(context: CommandContext, readOnly: boolean, run: (notebook: Notebook) => Promise<void>): Promise<void> {
  const notebook = await openTarget(context, { readOnly })
  try {
    await run(notebook)
  } finally {
    await notebook.close()
  }
}

/** A place as the CLI shows it: its fields, counts, and what contacts and notes say of it (from the list indexes). */
async function described(notebook: Notebook, place: Place) {
  const contacts = (await notebook.rows('contacts')).filter((c) => c.placeId === place.id && !c.mergedInto)
  const notes = (await notebook.rows('notes')).filter((n) => n.placeId === place.id)
  const { totals } = coverage(place, contacts, notes, { now: Date.now() })
  const { knocks, ...fields } = place
  return { ...fields, knocks: knocks.length, contacts: contacts.length, notes: notes.length, covered: totals.percent }
}

const line = (p: { id: string; name: string; address: string; kind: string; units: string[]; knocks: number; contacts: number }) =>
  `${p.id}  ${placeTitle(p)}${p.name && p.address ? ` (${p.address})` : ''}  ${p.kind}  ${p.units.length} units  ${p.knocks} knocks  ${p.contacts} contacts`

export const placesList: Command = {
  words: ['places', 'list'],
  usage: 'massline places list [--notebook PATH] [--json]',
  summary: 'List the buildings and workplaces with their ids, units, knocks and contacts (merged-away duplicates left out)',
  run: (context) =>
    withNotebook(context, true, async (notebook) => {
      const places = (await readPlaces(notebook)).filter((p) => !p.mergedInto).sort((a, b) => placeTitle(a).localeCompare(placeTitle(b)))
      const list = await Promise.all(places.map((p) => described(notebook, p)))
      print(context, list, list.length ? list.map(line).join('\n') : 'No places yet')
    }),
}

export const placesShow: Command = {
  words: ['places', 'show'],
  usage: 'massline places show ID [--notebook PATH] [--json]',
  summary: 'Show a place: its units, knocks and coverage, and the contacts and notes at it',
  positionals: { min: 1, max: 1, names: 'ID' },
  run: (context) =>
    withNotebook(context, true, async (notebook) => {
      const id = context.positionals[0]!
      const place = (await readPlaces(notebook)).find((p) => p.id === id)
      if (!place) throw new Error(`No place “${id}” in this notebook (massline places list shows their ids)`)
      const detail = { ...(await described(notebook, place)), knockLog: place.knocks }
      const human = [
        line(detail),
        ...(place.mergedInto ? [`Merged into ${place.mergedInto}`] : []),
        `Units: ${place.units.join(', ') || 'none listed'}`,
        `Covered: ${detail.covered}% · ${detail.notes} notes`,
        ...place.knocks.map((k) => `  ${new Date(k.at).toISOString().slice(0, 16)}  ${k.unit}  ${k.outcome}${k.by ? ` (${k.by})` : ''}`),
      ].join('\n')
      print(context, detail, human)
    }),
}

export const placesDuplicates: Command = {
  words: ['places', 'duplicates'],
  usage: 'massline places duplicates [--notebook PATH] [--json]',
  summary: 'List places that are probably one building or workplace (same address, or same name), with the one a merge keeps',
  run: (context) =>
    withNotebook(context, true, async (notebook) => {
      const groups = await scanPlaceDuplicates(notebook)
      const byId = new Map((await readPlaces(notebook)).map((p) => [p.id, p]))
      const human = groups.map((g) => [`${g.reasons.join(', ')}:`, ...g.ids.map((id) => `  ${id === g.keep ? '*' : ' '} ${id}  ${placeTitle(byId.get(id)!)}  ${byId.get(id)!.address}`)].join('\n'))
      print(context, { groups }, groups.length ? `${human.join('\n')}\n(* kept by massline places merge KEEP OTHER…)` : 'No duplicate places')
    }),
}

export const placesMerge: Command = {
  words: ['places', 'merge'],
  usage: 'massline places merge KEEP OTHER... [--notebook PATH] [--json]',
  summary: 'Merge duplicate places into KEEP: knocks and units are kept, and every contact, note, meeting and action is pointed at it',
  positionals: { min: 2, max: 100, names: 'KEEP OTHER...' },
  run: (context) =>
    withNotebook(context, false, async (notebook) => {
      const [keep, ...others] = context.positionals as [string, ...string[]]
      const keepId = await mergePlaces(notebook, keep, others)
      print(context, { keepId, merged: others.filter((id) => id !== keepId) }, `Merged ${others.length} place(s) into ${keepId}`)
    }),
}
