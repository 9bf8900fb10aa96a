import * as A from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import { contactRow } from '../contacts/contactRow'
import { newContactDoc } from '../contacts/contact'
import { newLevelEntry } from '../contacts/levels'
import type { NotebookRootDoc } from '../notebook/schema'
import { networkGraph } from './network'
import { addMember, listTeams, putTeam, redirectTeams, removeMember } from './team'

const root = () => A.from({ schemaVersion: 1, notebookId: 'n', settings: { defaultRegion: 'US' } }) as unknown as A.Doc<NotebookRootDoc>

describe('teams', () => {
  it('holds members and a lead; members added on two devices at once are all kept', () => {
    let doc = A.change(root(), (d) => void putTeam(d, { name: 'Maple phone tree', kind: 'phoneTree', lead: 'c1', members: ['c1'] }, 1, 't1'))
    expect(() => A.change(doc, (d) => void putTeam(d, { name: '', kind: 'phoneTree' }, 1))).toThrow(/needs a name/)
    const a = A.change(A.clone(doc), (d) => addMember(d, 't1', 'c2'))
    const b = A.change(A.clone(doc), (d) => addMember(d, 't1', 'c3'))
    doc = A.merge(a, b)
    expect(listTeams(doc)[0]!.members.sort()).toEqual(['c1', 'c2', 'c3'])
    doc = A.change(doc, (d) => removeMember(d, 't1', 'c1'))
    expect(listTeams(doc)[0]).toMatchObject({ lead: '', kind: 'phoneTree' })
    doc = A.change(doc, (d) => redirectTeams(d, new Set(['c2']), 'c3'))
    expect(listTeams(doc)[0]!.members).toEqual(['c3'])
  })
})

describe('the network view', () => {
  const person = (id: string, input: Parameters<typeof newContactDoc>[1], level?: 'advanced' | 'backward') =>
    contactRow({ ...newContactDoc(id, { name: id, ...input }, 1), ...(level ? { 'level:x': newLevelEntry('rent', level, 2) } : {}) })

  it('draws who recruited and who knows whom, filtered by campaign and level', () => {
    const rows = [
      person('ana', {}, 'advanced'),
      person('ben', { recruitedBy: 'ana', knows: ['cy'] }, 'advanced'),
      person('cy', { recruitedBy: 'ana', knows: ['ben'] }, 'backward'),
      person('lone', {}),
    ]
    const all = networkGraph(rows)
    expect(all.nodes.map((n) => n.id).sort()).toEqual(['ana', 'ben', 'cy'])
    expect(all.nodes.find((n) => n.id === 'ana')!.recruits).toBe(2)
    expect(all.edges).toHaveLength(3)
    const advanced = networkGraph(rows, { campaignId: 'rent', levels: ['advanced'] })
    expect(advanced.edges).toEqual([{ source: 'ana', target: 'ben', kind: 'recruited' }])
  })
})
