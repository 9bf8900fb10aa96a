import type { ContactRow } from '../contacts/contactRow'
import type { Level } from '../contacts/levels'

export interface NetworkNode {
  id: string
  label: string
  level: Level
  /** People this person recruited: the size of the network they built. */
  recruits: number
}

export interface NetworkEdge {
  source: string
  target: string
  kind: 'recruited' | 'knows'
}

export interface NetworkShape {
  nodes: NetworkNode[]
  edges: NetworkEdge[]
}

export interface NetworkFilter {
  campaignId?: string
  levels?: Level[]
}

const levelOf = (row: ContactRow, campaignId: string): Level => {
  if (campaignId) return row.levels[campaignId] ?? 'unknown'
  const values = Object.values(row.levels)
  return values.includes('advanced') ? 'advanced' : values.includes('intermediate') ? 'intermediate' : values.includes('backward') ? 'backward' : 'unknown'
}

/**
 * Who recruited or knows whom, as a graph: only people with a tie (lone contacts add nothing
 * to "networks building networks"), narrowed to those judged in a campaign and at given levels.
 * An edge is kept only when both ends are.
 */
export function networkGraph(rows: readonly ContactRow[], filter: NetworkFilter = {}): NetworkShape {
  const campaignId = filter.campaignId ?? ''
  const levels = filter.levels?.length ? new Set(filter.levels) : null
  const live = new Map<string, ContactRow>()
  for (const row of rows) {
    if (row.mergedInto) continue
    if (campaignId && !(campaignId in row.levels)) continue
    if (levels && !levels.has(levelOf(row, campaignId))) continue
    live.set(row.id, row)
  }
  const edges: NetworkEdge[] = []
  const seen = new Set<string>()
  const recruits = new Map<string, number>()
  for (const row of live.values()) {
    if (row.recruitedBy && live.has(row.recruitedBy) && row.recruitedBy !== row.id) {
      edges.push({ source: row.recruitedBy, target: row.id, kind: 'recruited' })
      recruits.set(row.recruitedBy, (recruits.get(row.recruitedBy) ?? 0) + 1)
    }
    for (const other of row.knows) {
      if (other === row.id || !live.has(other)) continue
      const key = row.id < other ? `${row.id}\n${other}` : `${other}\n${row.id}`
      if (seen.has(key)) continue
      seen.add(key)
      edges.push({ source: row.id, target: other, kind: 'knows' })
    }
  }
  const tied = new Set(edges.flatMap((e) => [e.source, e.target]))
  const nodes = [...tied].map((id) => {
    const row = live.get(id)!
    return { id, label: row.name, level: levelOf(row, campaignId), recruits: recruits.get(id) ?? 0 }
  })
  return { nodes, edges }
}

export interface BoundedNetwork extends NetworkShape {
  /** Networks (connected groups) shown whole, and how many there are in all. */
  networks: number
  of: number
  /** When the biggest network alone is over the limit: its size (only `limit` of it is shown, around its biggest recruiter). */
  cutFrom: number
  /** The biggest recruiter of each network shown, biggest network first: where a tree of it starts. */
  roots: string[]
}

/**
 * The biggest networks (connected groups of people) that fit within `limit` people, biggest
 * first, so a notebook of thousands opens on a picture that can be read and drawn at once. When
 * even the biggest is over the limit, the `limit` people nearest its biggest recruiter (by ties,
 * breadth first) stand for it.
 */
export function biggestNetworks(graph: NetworkShape, limit: number): BoundedNetwork {
  const index = new Map(graph.nodes.map((n, i) => [n.id, i]))
  const ties: number[][] = graph.nodes.map(() => [])
  for (const e of graph.edges) {
    const a = index.get(e.source)
    const b = index.get(e.target)
    if (a === undefined || b === undefined) continue
    ties[a]!.push(b)
    ties[b]!.push(a)
  }
  // Each group in breadth-first order from its biggest recruiter (then the most ties, then the id), so a cut keeps the middle.
  const rank = (i: number) => graph.nodes[i]!.recruits * 1e6 + ties[i]!.length
  const order = graph.nodes.map((_, i) => i).sort((a, b) => rank(b) - rank(a) || (graph.nodes[a]!.id < graph.nodes[b]!.id ? -1 : 1))
  const seen = new Uint8Array(graph.nodes.length)
  const groups: number[][] = []
  for (const start of order) {
    if (seen[start]) continue
    seen[start] = 1
    const group = [start]
    for (let k = 0; k < group.length; k++) {
      for (const next of ties[group[k]!]!) {
        if (seen[next]) continue
        seen[next] = 1
        group.push(next)
      }
    }
    groups.push(group)
  }
  groups.sort((a, b) => b.length - a.length || (graph.nodes[a[0]!]!.id < graph.nodes[b[0]!]!.id ? -1 : 1))
  const kept: number[] = []
  const roots: string[] = []
  let networks = 0
  let cutFrom = 0
  for (const group of groups) {
    const fits = kept.length + group.length <= limit
    if (!fits && kept.length) break
    kept.push(...(fits ? group : group.slice(0, limit)))
    roots.push(graph.nodes[group[0]!]!.id)
    if (fits) networks++
    else cutFrom = group.length
  }
  const shown = new Set(kept.map((i) => graph.nodes[i]!.id))
  return {
    nodes: graph.nodes.filter((n) => shown.has(n.id)),
    edges: graph.edges.filter((e) => shown.has(e.source) && shown.has(e.target)),
    networks,
    of: groups.length,
    cutFrom,
    roots,
  }
}
