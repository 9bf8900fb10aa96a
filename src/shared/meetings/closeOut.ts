import type { SignIn } from './meeting'

/** Who signed in and has no task from this meeting yet: the meeting's warning lists them until it is empty. */
export function withoutTask(signIns: readonly SignIn[], tasks: readonly { meetingId: string; contactId: string; status: string }[], meetingId: string): SignIn[] {
  const tasked = new Set(tasks.filter((t) => t.meetingId === meetingId && t.status !== 'dropped').map((t) => t.contactId))
  return signIns.filter((s) => !tasked.has(s.contactId))
}

/** "3 people left without a task", or '' when everyone has one. */
export function withoutTaskWarning(count: number): string {
  return count === 0 ? '' : `${count} ${count === 1 ? 'person' : 'people'} left without a task`
}
