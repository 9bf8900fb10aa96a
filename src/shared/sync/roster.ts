import type { RosterEntry } from './frameSchemas'

export interface Roster {
  roster: RosterEntry[]
  removed: string[]
}

/**
 * Union of two rosters as gossiped in hellos: a device stays removed once anyone removed it,
 * otherwise the latest name and last-seen win. Deterministic, so peers converge.
 */
export function mergeRoster(local: Roster, remote: Roster): Roster {
  const removed = [...new Set([...local.removed, ...remote.removed])].sort()
  const gone = new Set(removed)
  const byKey = new Map<string, RosterEntry>()
  for (const entry of [...local.roster, ...remote.roster]) {
    if (gone.has(entry.deviceKey)) continue
    const known = byKey.get(entry.deviceKey)
    if (!known) byKey.set(entry.deviceKey, { ...entry })
    else
      byKey.set(entry.deviceKey, {
        deviceKey: entry.deviceKey,
        name: entry.lastSeen >= known.lastSeen ? entry.name || known.name : known.name || entry.name,
        addedAt: Math.min(known.addedAt, entry.addedAt),
        lastSeen: Math.max(known.lastSeen, entry.lastSeen),
      })
  }
  return {
    roster: [...byKey.values()].sort((a, b) => a.deviceKey.localeCompare(b.deviceKey)),
    removed,
  }
}

export function sameRoster(a: Roster, b: Roster): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
