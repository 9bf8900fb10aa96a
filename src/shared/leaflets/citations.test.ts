import { describe, expect, it } from 'vitest'
import type { QuoteRow } from '../notes/noteRow'
import { anonymousAttribution, consentProblems, floorOf, planCitation, type Citation } from './citations'

const quote = (use: QuoteRow['use'], attribution = ''): QuoteRow => ({ id: 'q1', text: 'We have had no heat since October', contactId: 'c1', use, attribution, isObjection: false })

describe('citing gathered quotes', () => {
  it('reads the floor from a flat number', () => {
    expect([floorOf('4B'), floorOf('402'), floorOf('Apt 12C'), floorOf('1203'), floorOf('PH'), floorOf('0A')]).toEqual([4, 4, 12, 12, null, 0])
    expect(anonymousAttribution({ placeKind: 'building', unit: '4B' })).toBe('a tenant on the 4th floor')
    expect(anonymousAttribution({ placeKind: 'building', unit: '1102' })).toBe('a tenant on the 11th floor')
    expect(anonymousAttribution({ placeKind: 'building', unit: '22' })).toBe('a tenant on the 22nd floor')
    expect(anonymousAttribution({ placeKind: 'workplace', unit: 'Shipping' })).toBe('a worker in shipping')
    expect(anonymousAttribution({ placeKind: '', unit: '' })).toBe('someone we spoke with')
  })

  it('names public quotes, describes anonymous ones without a name, and refuses private ones', () => {
    const setting = { placeKind: 'building', unit: '4B' }
    const pub = planCitation('n1', quote('public'), setting, 'Rosa Díaz', 7)
    expect(pub).toMatchObject({ ok: true, text: '“We have had no heat since October” — Rosa Díaz', citation: { use: 'public', attribution: 'Rosa Díaz', at: 7 } })
    expect(planCitation('n1', quote('public', 'Rosa, 4B'), setting, 'Rosa Díaz', 7)).toMatchObject({ citation: { attribution: 'Rosa, 4B' } })
    const anon = planCitation('n1', quote('anonymous', 'Rosa'), setting, 'Rosa Díaz', 7)
    expect(anon).toMatchObject({ ok: true, citation: { use: 'anonymous', attribution: 'a tenant on the 4th floor' } })
    expect(anon.ok && anon.text).not.toMatch(/Rosa/)
    expect(planCitation('n1', quote('private'), setting, 'Rosa Díaz', 7)).toMatchObject({ ok: false, reason: expect.stringMatching(/private/) })
  })

  it('warns when consent changed after citing, for quotes still in the leaflet', () => {
    const cite = (quoteId: string, use: Citation['use']): Citation => ({ quoteId, noteId: 'n1', use, attribution: use === 'public' ? 'Rosa Díaz' : 'a tenant', at: 1 })
    const now: Record<string, QuoteRow['use']> = { a: 'anonymous', b: 'private', d: 'anonymous', e: 'public' }
    const problems = consentProblems(
      [cite('a', 'public'), cite('b', 'anonymous'), cite('c', 'public'), cite('d', 'anonymous'), cite('e', 'public'), cite('f', 'public')],
      new Set(['a', 'b', 'c', 'd', 'e']),
      (_note, id) => (now[id] ? { ...quote(now[id]!), id } : undefined),
    )
    expect(problems.map((p) => [p.citation.quoteId, p.kind])).toEqual([['a', 'anonymous'], ['b', 'private'], ['c', 'gone']])
  })
})
