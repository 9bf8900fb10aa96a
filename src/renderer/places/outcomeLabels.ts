import type { Latest, NextReason } from '../../shared/places/coverage'
import { KNOCK_LABELS } from '../../shared/places/knocks'
import { formatDay } from '../contacts/formatDate'

const DAY = 86_400_000

/** What a unit tile says about the last thing that happened there. */
export function latestLabel(latest: Latest | null): string {
  if (!latest) return 'Not knocked'
  return latest.from === 'note' ? 'Conversation (note)' : KNOCK_LABELS[latest.outcome]
}

const ago = (since: number, now: number) => {
  const days = Math.floor((now - since) / DAY)
  return days >= 60 ? `${Math.round(days / 30)} months ago` : days >= 2 ? `${days} days ago` : days === 1 ? 'yesterday' : 'today'
}

const recent = (since: number, now: number) => {
  const days = Math.floor((new Date(now).setHours(0, 0, 0, 0) - new Date(since).setHours(0, 0, 0, 0)) / DAY + 0.5)
  return days === 0 ? 'today' : days === 1 ? 'yesterday' : formatDay(since, now)
}

/** Why a unit is on the next-to-knock list. */
export function reasonText(reason: NextReason, now: number): string {
  switch (reason.kind) {
    case 'never':
      return reason.contacts ? `Never knocked (a contact lives here)` : 'Never knocked'
    case 'notHome':
      return `Not home ${recent(reason.since, now)}${reason.tries > 1 ? `, ${reason.tries} tries` : ''}: try again`
    case 'refused':
      return `Refused ${ago(reason.since, now)}: worth another try`
    case 'movedOut':
      return `Moved out ${ago(reason.since, now)}: someone new may live here`
  }
}
