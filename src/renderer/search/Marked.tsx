import type { Range } from '../../shared/searchContract'

/** Text with the matched words wrapped in <mark>. */
export function Marked({ text, ranges }: { text: string; ranges: Range[] }) {
  const parts: React.ReactNode[] = []
  let at = 0
  for (const [start, end] of ranges) {
    if (start < at) continue
    parts.push(text.slice(at, start), <mark key={start}>{text.slice(start, end)}</mark>)
    at = end
  }
  parts.push(text.slice(at))
  return <>{parts}</>
}
