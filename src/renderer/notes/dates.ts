const pad = (n: number) => String(n).padStart(2, '0')

/** ms → the value of an `<input type="datetime-local">` in local time. */
export function toLocalInput(ms: number): string {
  const d = new Date(ms)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** ms → the value of an `<input type="date">`. */
export const toDateInput = (ms: number): string => toLocalInput(ms).slice(0, 10)

/** An input's value → ms, or NaN when it is empty or half typed. */
export const fromLocalInput = (value: string): number => (value ? new Date(value.length === 10 ? `${value}T12:00` : value).getTime() : Number.NaN)

const when = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })
export const formatWhen = (ms: number): string => when.format(ms)
