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
export function networkGraph(rows: readonly ContactRow[], filter: NetworkFilter = {}): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
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
