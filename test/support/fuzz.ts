import fc from 'fast-check'

/**
 * The shared fuzz harness: fast-check properties with a run count and seed from the
 * environment, a time bound proportional to each input's size, and a failure message
 * that says how to replay the failing case.
 *
 *   FUZZ_RUNS  runs per property (1,000 in `npm test`; `npm run fuzz` uses 100,000)
 *   FUZZ_SEED  replay a seed printed by a failure
 *   FUZZ_PATH  with FUZZ_SEED, replay only the shrunk counterexample
 */

export interface TimeBound {
  /** Fixed allowance per input, in milliseconds. */
  baseMs: number
  /** Allowance per KiB of input (see sizeOf): linear work fits, quadratic work does not. */
  msPerKiB: number
}

export interface FuzzOptions<T> {
  /** Defaults to FUZZ_RUNS, else 1,000. */
  runs?: number
  /** Defaults to 250 ms + 5 ms/KiB: loose for linear parsers on a loaded machine. */
  timeBound?: TimeBound
  /** Size of one input in bytes; defaults to string length, byte length or JSON length. */
  sizeOf?: (input: T) => number
}

const DEFAULT_BOUND: TimeBound = { baseMs: 250, msPerKiB: 5 }

/**
 * Any string: every code point, lone surrogates included. (fc.string({ unit: 'binary' })
 * draws the same but is a hundred times slower.)
 */
export function anyString(maxLength = 400): fc.Arbitrary<string> {
  return fc.array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength }).map((points) => String.fromCodePoint(...points))
}

export function fuzzRuns(): number {
  const runs = Number(process.env.FUZZ_RUNS)
  return Number.isInteger(runs) && runs > 0 ? runs : 1_000
}

/** A test timeout that grows with FUZZ_RUNS, for `it(name, fn, fuzzTimeout())`. */
export function fuzzTimeout(msPerRun = 20): number {
  return Math.max(30_000, fuzzRuns() * msPerRun)
}

function envSeed(): number | undefined {
  const raw = process.env.FUZZ_SEED
  if (raw === undefined || raw === '') return undefined
  const seed = Number(raw)
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, got "${raw}"`)
  return seed
}

export function sizeInBytes(input: unknown): number {
  if (typeof input === 'string') return input.length
  if (input instanceof Uint8Array) return input.byteLength
  if (Array.isArray(input)) return input.reduce((sum: number, item) => sum + sizeInBytes(item), 0)
  try {
    return JSON.stringify(input)?.length ?? 0
  } catch {
    return 0
  }
}

/** Milliseconds allowed for an input of `bytes` bytes. */
export function allowedMs(bound: TimeBound, bytes: number): number {
  return bound.baseMs + (bound.msPerKiB * bytes) / 1024
}

/** Milliseconds of CPU this process spent in `check`: other processes' load on a shared machine does not count. */
async function cpuMs<T>(input: T, check: (input: T) => unknown): Promise<number> {
  const before = process.cpuUsage()
  await check(input)
  const spent = process.cpuUsage(before)
  return (spent.user + spent.system) / 1000
}

/**
 * Runs `check` on one input and fails if the CPU time it took is over the bound for its
 * size. An input over the bound is run once more and fails only if it is over again: a
 * pause of the process (a full garbage collection) does not repeat, quadratic work does.
 */
export async function withinTimeBound<T>(
  input: T,
  check: (input: T) => unknown,
  bound: TimeBound = DEFAULT_BOUND,
  sizeOf: (input: T) => number = sizeInBytes,
): Promise<void> {
  const bytes = sizeOf(input)
  const allowed = allowedMs(bound, bytes)
  const first = await cpuMs(input, check)
  if (first <= allowed) return
  const second = await cpuMs(input, check)
  if (second > allowed) {
    throw new Error(`took ${Math.min(first, second).toFixed(0)} ms of CPU on ${bytes} bytes; the bound is ${allowed.toFixed(0)} ms`)
  }
}

/**
 * Asserts `check` holds for every generated input: it must not throw (a thrown
 * expect() fails the property) and must finish within the time bound. On failure the
 * error names the seed and path to replay.
 */
export async function fuzz<T>(
  arbitrary: fc.Arbitrary<T>,
  check: (input: T) => unknown,
  options: FuzzOptions<T> = {},
): Promise<void> {
  const seed = envSeed()
  const path = process.env.FUZZ_PATH || undefined
  const property = fc.asyncProperty(arbitrary, (input) =>
    withinTimeBound(input, check, options.timeBound ?? DEFAULT_BOUND, options.sizeOf ?? sizeInBytes),
  )
  const details = await fc.check(property, {
    numRuns: options.runs ?? fuzzRuns(),
    ...(seed === undefined ? {} : { seed }),
    ...(seed !== undefined && path ? { path, endOnFailure: true } : {}),
  })
  if (!details.failed) return
  const replay = `FUZZ_SEED=${details.seed} FUZZ_PATH=${details.counterexamplePath ?? ''}`
  const report = fc.defaultReportMessage(details) ?? 'property failed'
  throw new Error(`${report}\n\nReplay with: ${replay} scripts/isolated.sh npx vitest run THIS_FILE`, {
    cause: details.errorInstance,
  })
}
