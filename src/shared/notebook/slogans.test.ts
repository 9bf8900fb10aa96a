import * as A from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { NotebookRootDoc } from './schema'
import { addSlogan, editSlogan, listSlogans, removeSlogan, SLOGAN_MAX_CHARS } from './slogans'

const empty = () => A.from({ schemaVersion: 1, notebookId: 'n', createdAt: 0, shards: {}, leaflets: {}, settings: { defaultRegion: 'US' } }) as unknown as A.Doc<NotebookRootDoc>

describe('slogans and demands library', () => {
  it('adds per campaign, lists a campaign with the notebook-wide ones, and reuses the same words', () => {
    let ids: string[] = []
    const doc = A.change(empty(), (root) => {
      ids = [
        addSlogan(root, { kind: 'slogan', text: ' Repairs  now! ', campaignId: 'c1' }, 1),
        addSlogan(root, { kind: 'slogan', text: 'repairs now!', campaignId: 'c1' }, 2),
        addSlogan(root, { kind: 'demand', text: 'Freeze the rent', campaignId: 'c2' }, 3),
        addSlogan(root, { kind: 'slogan', text: 'Tenants united' }, 4),
      ]
    })
    expect(ids[0]).toBe(ids[1])
    expect(listSlogans(doc, 'c1').map((s) => s.text)).toEqual(['Repairs now!', 'Tenants united'])
    expect(listSlogans(doc).map((s) => s.kind)).toEqual(['slogan', 'demand', 'slogan'])
  })

  it('refuses empty or overlong text and changes nothing', () => {
    const doc = empty()
    expect(() => A.change(doc, (root) => void addSlogan(root, { kind: 'slogan', text: '   ' }))).toThrow(/needs some words/)
    expect(() => A.change(doc, (root) => void addSlogan(root, { kind: 'slogan', text: 'x'.repeat(SLOGAN_MAX_CHARS + 1) }))).toThrow(/at most/)
    expect(listSlogans(doc)).toEqual([])
  })

  it('edits and removes, and keeps entries two devices add at once', () => {
    let id = ''
    const base = A.change(empty(), (root) => void (id = addSlogan(root, { kind: 'slogan', text: 'Fix the heat' })))
    const left = A.change(A.clone(base), (root) => {
      editSlogan(root, id, { text: 'Fix the heat today', kind: 'demand' })
      addSlogan(root, { kind: 'slogan', text: 'Left' })
    })
    const right = A.change(A.clone(base), (root) => void addSlogan(root, { kind: 'slogan', text: 'Right' }))
    const merged = A.merge(left, right)
    expect(listSlogans(merged).map((s) => s.text).sort()).toEqual(['Fix the heat today', 'Left', 'Right'])
    const removed = A.change(merged, (root) => removeSlogan(root, id))
    expect(listSlogans(removed).map((s) => s.text).sort()).toEqual(['Left', 'Right'])
    expect(() => A.change(removed, (root) => editSlogan(root, id, { text: 'again' }))).toThrow(/No such slogan/)
  })
})
