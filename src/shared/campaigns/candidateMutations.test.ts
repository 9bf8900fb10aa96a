import { clone, from, change, merge, type Doc } from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { NotebookRootDoc } from '../notebook/schema'
import { currentJudgements, agreement, listCandidates } from './candidate'
import { addCandidate, judgeCandidate } from './candidateMutations'

const emptyRoot = () => from({ schemaVersion: 1, notebookId: 'nb', settings: { defaultRegion: 'US' } } as Record<string, unknown>) as unknown as Doc<NotebookRootDoc>

describe('the Choose a fight board', () => {
  it('keeps both members’ judgements of the same criterion made at once on two devices, and shows they differ', () => {
    let a = change(emptyRoot(), (root) => void addCandidate(root, { problem: 'heat', target: 'greystone' }, 1000, 'c1'))
    let b = clone(a)
    a = change(a, (root) => void judgeCandidate(root, 'c1', { criterion: 'outrage', verdict: 'holds', reason: 'Forty people raised it at the door', evidence: ['cell:heat/greystone'], by: 'Ana' }, 2000))
    b = change(b, (root) => void judgeCandidate(root, 'c1', { criterion: 'outrage', verdict: 'partly', reason: 'Angry, but few want to act yet', evidence: ['note:n7'], by: 'Ben' }, 2000))
    for (const merged of [merge(clone(a), b), merge(clone(b), a)]) {
      const [candidate] = listCandidates(merged)
      const current = currentJudgements(candidate!, 'outrage')
      expect(current.map((j) => [j.by, j.verdict, j.reason, j.evidence])).toEqual([
        ['Ana', 'holds', 'Forty people raised it at the door', ['cell:heat/greystone']],
        ['Ben', 'partly', 'Angry, but few want to act yet', ['note:n7']],
      ])
      expect(agreement(current)).toBe('differ')
    }
  })

  it('keeps a member’s earlier judgement in the history and shows their latest', () => {
    let doc = change(emptyRoot(), (root) => void addCandidate(root, { problem: 'heat', target: 'greystone' }, 1000, 'c1'))
    doc = change(doc, (root) => void judgeCandidate(root, 'c1', { criterion: 'lasting', verdict: 'unknown', reason: '', evidence: [], by: 'Ana' }, 2000))
    doc = change(doc, (root) => void judgeCandidate(root, 'c1', { criterion: 'lasting', verdict: 'holds', reason: 'Every winter since 2019', evidence: [], by: 'Ana' }, 3000))
    const [candidate] = listCandidates(doc)
    expect(candidate!.judgements).toHaveLength(2)
    expect(currentJudgements(candidate!, 'lasting').map((j) => j.verdict)).toEqual(['holds'])
  })

  it('refuses bad input with a specific message and writes nothing', () => {
    const doc = change(emptyRoot(), (root) => void addCandidate(root, { problem: 'heat', target: 'greystone' }, 1000, 'c1'))
    const attempt = (input: Parameters<typeof judgeCandidate>[2]) => () => change(doc, (root) => void judgeCandidate(root, 'c1', input, 2000))
    const base = { criterion: 'lasting', verdict: 'holds', reason: '', evidence: [], by: 'Ana' } as const
    expect(attempt({ ...base, criterion: 'vibes' as never })).toThrow(/not one of the eight criteria/)
    expect(attempt({ ...base, verdict: 'maybe' as never })).toThrow(/not a judgement/)
    expect(attempt({ ...base, by: ' ' })).toThrow(/who is judging/)
    expect(attempt({ ...base, evidence: ['http://example.org'] })).toThrow(/not a link to a note/)
    expect(attempt({ ...base, reason: 'x'.repeat(301) })).toThrow(/one line/)
    expect(() => change(doc, (root) => void judgeCandidate(root, 'nope', base, 2000))).toThrow(/not on the board/)
    expect(listCandidates(doc)[0]!.judgements).toEqual([])
  })
})
