import { describe, expect, it } from 'vitest'
import { biggestNetworks, type NetworkEdge, type NetworkNode } from './network'

const node = (id: string, recruits = 0): NetworkNode => ({ id, label: id, level: 'unknown', recruits })
const recruited = (source: string, target: string): NetworkEdge => ({ source, target, kind: 'recruited' })

/** Three networks: ana's (6 people), bo's (3), cy's (2). */
const graph = {
  nodes: [node('ana', 3), node('a1', 1), node('a2'), node('a3'), node('a11'), node('a4'), node('bo', 2), node('b1'), node('b2'), node('cy', 1), node('c1')],
  edges: [recruited('ana', 'a1'), recruited('ana', 'a2'), recruited('ana', 'a3'), recruited('a1', 'a11'), { source: 'a3', target: 'a4', kind: 'knows' as const }, recruited('bo', 'b1'), recruited('bo', 'b2'), recruited('cy', 'c1')],
}
const ids = (nodes: NetworkNode[]) => nodes.map((n) => n.id).sort()

describe('the biggest networks within a limit', () => {
  it('keeps whole networks, biggest first, with their ties, and names each one’s biggest recruiter', () => {
    const nine = biggestNetworks(graph, 9)
    expect(ids(nine.nodes)).toEqual(['a1', 'a11', 'a2', 'a3', 'a4', 'ana', 'b1', 'b2', 'bo'])
    expect(nine.edges).toHaveLength(7)
    expect(nine).toMatchObject({ networks: 2, of: 3, cutFrom: 0, roots: ['ana', 'bo'] })
    // The next network (cy's, 2 people) does not fit in the one place left: it is left out whole.
    expect(biggestNetworks(graph, 10)).toMatchObject({ networks: 2, roots: ['ana', 'bo'] })
    expect(biggestNetworks(graph, 11)).toMatchObject({ networks: 3, of: 3, roots: ['ana', 'bo', 'cy'] })
  })

  it('cuts a network bigger than the limit around its biggest recruiter, nearest ties first', () => {
    const cut = biggestNetworks(graph, 4)
    expect(ids(cut.nodes)).toEqual(['a1', 'a2', 'a3', 'ana'])
    expect(cut.edges.every((e) => e.source === 'ana')).toBe(true)
    expect(cut).toMatchObject({ networks: 0, of: 3, cutFrom: 6, roots: ['ana'] })
  })
})
