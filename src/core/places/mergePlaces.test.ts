import * as A from '@automerge/automerge'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCaptured } from '../../../test/support/cli'
import { newContactDoc, readContact, type ContactDoc } from '../../shared/contacts/contact'
import type { MeetingDoc } from '../../shared/meetings/meeting'
import type { NoteDoc } from '../../shared/notes/note'
import { scalar, str } from '../../shared/notebook/scalar'
import type { ShardDoc } from '../../shared/notebook/schema'
import { foldPlaceInto, markPlaceMerged } from '../../shared/places/mergePlaces'
import { readPlace, type PlaceDoc } from '../../shared/places/place'
import { newPlaceDoc, recordKnock } from '../../shared/places/placeMutations'
import { nodeKeyVault } from '../atRest/keyWrappings'
import { Notebook } from '../notebook/Notebook'
import { mergePlaces, readPlaces, scanPlaceDuplicates, settlePlaceMerges } from './mergePlaces'
import { watchPlaceMerges } from './watchPlaceMerges'

const home = await mkdtemp(join(tmpdir(), 'massline-places-'))
const keys = nodeKeyVault(home, {})
const rec = { createdAt: 1, updatedAt: 1 }
const building = (id: string, address: string, units: string[], name = '') => newPlaceDoc(id, { kind: 'building', name, address }, 1, units)

let nb: Notebook
const place = async (id: string) => readPlace((await nb.shardOf<PlaceDoc>('places', id)).doc().records[id]!)
const placeIdOf = async (kind: 'contacts' | 'notes' | 'meetings', id: string) => str(((await nb.shardOf(kind, id)).doc().records[id] as { placeId?: unknown }).placeId as string)

beforeAll(async () => {
  nb = await Notebook.create(join(home, 'nb'), 'Places', keys)
  // Made before place ids came from the address: one building, three records.
  await nb.putRecords('places', [building('oak-a', '40 Oak St', ['1A', '1B'], 'Oak Towers'), building('oak-b', '40 oak street', ['2A']), building('elm', '7 Elm Rd', ['1'])])
  ;(await nb.shardOf<PlaceDoc>('places', 'oak-b')).change((d) => void recordKnock(d, 'oak-b', { unit: '2A', outcome: 'conversation', at: 5 }, 5, 'knock-b'))
  await nb.putRecords('contacts', [
    newContactDoc('rosa', { name: 'Rosa Díaz', placeId: 'oak-b', unit: '2A' }, 1),
    newContactDoc('gone', { name: 'Ana', placeId: 'oak-b' }, 1),
    newContactDoc('marcus', { name: 'Marcus', placeId: 'elm' }, 1),
  ])
  // A contact merged away before, whose snapshot names the building.
  ;(await nb.shardOf<ContactDoc>('contacts', 'gone')).change((d) => {
    Object.assign(d.records.gone!, { mergedInto: scalar('rosa'), mergedAt: 2, mergedValues: { name: scalar('Ana'), placeId: scalar('oak-b') } })
  })
  await nb.putRecords('notes', [{ id: 'n1', ...rec, date: 1, placeId: scalar('oak-b'), unit: scalar('2A') } as unknown as NoteDoc])
  await nb.putRecords('meetings', [{ id: 'm1', ...rec, date: 1, placeId: scalar('oak-b') } as unknown as MeetingDoc])
  await nb.flush()
})
afterAll(() => nb.close())

describe('duplicate places', () => {
  it('are offered with the reason, over the CLI too', async () => {
    expect(await scanPlaceDuplicates(nb)).toEqual([{ ids: ['oak-a', 'oak-b'], reasons: ['same address'], keep: 'oak-b' }])
    const { code, out } = await runCaptured(['places', 'duplicates', '--home', home, '--notebook', nb.dir, '--json'])
    expect(code).toBe(0)
    expect(JSON.parse(out)).toEqual({ groups: [{ ids: ['oak-a', 'oak-b'], reasons: ['same address'], keep: 'oak-b' }] })
  })

  it('merge into one: knocks and units kept, every contact, note and meeting pointed at the survivor', async () => {
    expect(await mergePlaces(nb, 'oak-a', ['oak-b'])).toBe('oak-a')
    const kept = await place('oak-a')
    expect(kept).toMatchObject({ name: 'Oak Towers', units: ['1A', '1B', '2A'], mergedInto: '' })
    expect(kept.knocks.map((k) => k.id)).toEqual(['knock-b'])
    expect((await place('oak-b')).mergedInto).toBe('oak-a')
    expect([await placeIdOf('contacts', 'rosa'), await placeIdOf('notes', 'n1'), await placeIdOf('meetings', 'm1'), await placeIdOf('contacts', 'marcus')]).toEqual(['oak-a', 'oak-a', 'oak-a', 'elm'])
    const gone = (await nb.shardOf<ContactDoc>('contacts', 'gone')).doc().records.gone as ContactDoc & { mergedValues: { placeId: unknown } }
    expect([str(gone.placeId), str(gone.mergedValues.placeId as string)]).toEqual(['oak-a', 'oak-a'])
    expect(await scanPlaceDuplicates(nb)).toEqual([])
    expect((await settlePlaceMerges(nb)).changed).toBe(0)
  })

  it('refuses a merge with nothing to merge, or a place that is not there, changing nothing', async () => {
    await expect(mergePlaces(nb, 'elm', ['elm'])).rejects.toThrow(/at least one other place/)
    await expect(mergePlaces(nb, 'elm', ['nowhere'])).rejects.toThrow(/No place nowhere/)
    const { code, err } = await runCaptured(['places', 'merge', 'elm', 'nowhere', '--home', home, '--notebook', nb.dir])
    expect(code).not.toBe(0)
    expect(err).toMatch(/No place nowhere/)
    expect((await place('elm')).mergedInto).toBe('')
  })
})

describe('two devices merging the same pair at once', () => {
  it('converge on one survivor holding both sides, with every reference on it', async () => {
    await nb.putRecords('places', [building('pine-z', '9 Pine St', ['1']), building('pine-y', '9 Pine Street', ['2'])])
    await nb.putRecords('contacts', [newContactDoc('zed', { name: 'Zed', placeId: 'pine-z' }, 1), newContactDoc('yan', { name: 'Yan', placeId: 'pine-y' }, 1)])
    const z = await nb.shardOf<PlaceDoc>('places', 'pine-z')
    const y = await nb.shardOf<PlaceDoc>('places', 'pine-y')
    // The other device, apart: it merges pine-y into pine-z and records a knock on pine-y before hearing of this one's merge.
    const otherZ = A.clone(z.doc())
    const otherY = A.change(A.clone(y.doc()), (d) => void recordKnock(d, 'pine-y', { unit: '2', outcome: 'notHome', at: 9 }, 9, 'late-knock'))
    const otherZMerged = A.change(otherZ, (d) => void foldPlaceInto(d.records['pine-z']!, otherY.records['pine-y']!))
    const otherYMerged = A.change(otherY, (d) => markPlaceMerged(d.records['pine-y']!, 'pine-z', 10))
    // This device merges the other way round.
    await mergePlaces(nb, 'pine-y', ['pine-z'])
    const sync = (handle: typeof z, other: A.Doc<ShardDoc<PlaceDoc>>) => handle.update((doc) => A.merge(doc, other))
    sync(z, otherZMerged)
    sync(y, otherYMerged)
    expect([(await place('pine-z')).mergedInto, (await place('pine-y')).mergedInto]).toEqual(['pine-y', 'pine-z'])

    await settlePlaceMerges(nb)
    // Every device picks the smallest id.
    const survivor = await place('pine-y')
    expect(survivor.mergedInto).toBe('')
    expect((await place('pine-z')).mergedInto).toBe('pine-y')
    expect(survivor.units).toEqual(['2', '1'])
    expect(survivor.knocks.map((k) => k.id)).toEqual(['late-knock'])
    expect([await placeIdOf('contacts', 'zed'), await placeIdOf('contacts', 'yan')]).toEqual(['pine-y', 'pine-y'])
    expect((await settlePlaceMerges(nb)).changed).toBe(0)
    expect((await readPlaces(nb)).filter((p) => p.address.includes('Pine') && !p.mergedInto).map((p) => p.id)).toEqual(['pine-y'])
  })

  it('a note made apart at a merged-away place is pointed at the survivor as it arrives', async () => {
    await watchPlaceMerges(nb)
    await nb.putRecords('notes', [{ id: 'n-late', ...rec, date: 2, placeId: scalar('pine-z'), unit: scalar('1') } as unknown as NoteDoc])
    await expect.poll(() => placeIdOf('notes', 'n-late'), { timeout: 10_000 }).toBe('pine-y')
    expect(readContact((await nb.shardOf<ContactDoc>('contacts', 'zed')).doc().records.zed!).placeId).toBe('pine-y')
  })
})
