const day = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' })
const full = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' })

/** "Mon 23 Nov" this year, "23 Nov 2025" otherwise. */
export function formatDay(time: number, now = Date.now()): string {
  return new Date(time).getFullYear() === new Date(now).getFullYear() ? day.format(time) : full.format(time)
}
