import { parseArgs } from 'node:util'
import { judge, type Figure, type PrintedFigure } from './report'

// `npm run bench [-- --only NAME] [-- --quick] [-- --full] [-- --trace FILE]`: every benchmark prints one JSON
// line per figure as it is measured, then a table of all of them.
export interface BenchOptions {
  quick: boolean
  /** The rich-text replays take 30–40 minutes over whole traces; without --full they replay 40k keystrokes each. */
  full: boolean
  /** `--trace FILE` (repeatable): editing traces for the rich-text replay instead of ../shared/traces. */
  traces: string[]
}

type Bench = (report: (figure: Figure) => void, options: BenchOptions) => Promise<void>

const BENCHES: Record<string, () => Promise<Bench>> = {
  foundation: async () => (await import('./foundation')).run,
  sync: async () => (await import('./sync')).run,
  membership: async () => (await import('./membership')).run,
  contacts: async () => (await import('./contacts')).run,
  notes: async () => (await import('./notes')).run,
  search: async () => (await import('./search')).run,
  campaigns: async () => (await import('./campaigns')).run,
  purge: async () => (await import('./purge')).run,
  check: async () => (await import('./check')).run,
  richtext: async () => {
    const { run } = await import('./richtext')
    return (report, options) => run(report, { quick: options.quick || !options.full, traces: options.traces })
  },
}

const { values } = parseArgs({ options: { only: { type: 'string' }, quick: { type: 'boolean' }, full: { type: 'boolean' }, trace: { type: 'string', multiple: true } } })
const names = values.only ? values.only.split(',') : Object.keys(BENCHES)
const unknown = names.filter((n) => !BENCHES[n])
if (unknown.length) {
  process.stderr.write(`Unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(BENCHES).join(', ')}\n`)
  process.exit(2)
}

const printed: PrintedFigure[] = []
for (const name of names) {
  const bench = await BENCHES[name]!()
  await bench((figure) => {
    const judged = judge(figure)
    printed.push(judged)
    process.stdout.write(`${JSON.stringify(judged)}\n`)
  }, { quick: values.quick === true, full: values.full === true, traces: values.trace ?? [] })
}

const rows = printed.map((f) => [f.figure, `${round(f.value)} ${f.unit}`, f.target === undefined ? '' : `${f.higherIsBetter ? '≥' : '≤'} ${f.target} ${f.unit}`, f.ok === undefined ? '' : f.ok ? 'ok' : 'MISS'])
const widths = [0, 1, 2, 3].map((i) => Math.max(...[['figure', 'value', 'target', ''], ...rows].map((r) => r[i]!.length)))
const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ')
process.stdout.write(`\n${line(['figure', 'value', 'target', ''])}\n${rows.map(line).join('\n')}\n`)
process.exit(0)

function round(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(n < 10 ? 2 : 1)
}
