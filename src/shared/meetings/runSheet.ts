import type { AgendaPart } from './agenda'
import type { Meeting } from './meeting'

export interface RunState {
  part: AgendaPart
  /** 0-based position in the agenda. */
  index: number
  next: AgendaPart | null
  /** Milliseconds left in the part's time box; negative once it runs over. */
  leftMs: number
}

/** Where the meeting is: the part under way and the time left in its box, or null when it is not running. */
export function runState(meeting: Pick<Meeting, 'agenda' | 'runPart' | 'runSince'>, now: number): RunState | null {
  const index = meeting.agenda.findIndex((p) => p.id === meeting.runPart)
  if (index < 0) return null
  const part = meeting.agenda[index]!
  return { part, index, next: meeting.agenda[index + 1] ?? null, leftMs: meeting.runSince + part.minutes * 60_000 - now }
}

/** "12:05 left" or "3:10 over". */
export function formatLeft(leftMs: number): string {
  const seconds = Math.floor(Math.abs(leftMs) / 1000)
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')} ${leftMs >= 0 ? 'left' : 'over'}`
}

/** The whole agenda's length in minutes. */
export const agendaMinutes = (agenda: readonly AgendaPart[]): number => agenda.reduce((sum, p) => sum + p.minutes, 0)
