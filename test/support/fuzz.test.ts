import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { allowedMs, fuzz, fuzzRuns, sizeInBytes, withinTimeBound } from './fuzz'

const saved = { ...process.env }
afterEach(() => {
  for (const key of ['FUZZ_RUNS', 'FUZZ_SEED', 'FUZZ_PATH']) {
    if (saved[key] === undefined) delete process.env[key]
    else process.env[key] = saved[key]
  }
})

/** Burns `ms` of CPU: a synchronous hang the bound must catch. */
function busyWait(ms: number): void {
  const start = process.cpuUsage()
  while (true) {
    const spent = process.cpuUsage(start)
    if ((spent.user + spent.system) / 1000 >= ms) return
  }
}

describe('fuzz harness', () => {
  it('runs 1,000 times unless FUZZ_RUNS says otherwise', async () => {
    delete process.env.FUZZ_RUNS
    expect(fuzzRuns()).toBe(1_000)
    let runs = 0
    process.env.FUZZ_RUNS = '37'
    await fuzz(fc.string(), () => void runs++)
    expect(runs).toBe(37)
  })

  it('names the seed and path to replay a failure, and the replay fails the same way', async () => {
    const failing = (n: number) => expect(n).toBeLessThan(500)
    const error = await fuzz(fc.nat(1000), failing).then(
      () => undefined,
      (e: Error) => e,
    )
    expect(error?.message).toMatch(/Replay with: FUZZ_SEED=-?\d+ FUZZ_PATH=[\d:]+/)
    const [, seed, path] = /FUZZ_SEED=(-?\d+) FUZZ_PATH=([\d:]+)/.exec(error!.message)!
    process.env.FUZZ_SEED = seed
    process.env.FUZZ_PATH = path
    const seen: number[] = []
    await expect(fuzz(fc.nat(1000), (n) => (seen.push(n), failing(n)))).rejects.toThrow(/Replay with/)
    expect(seen).toEqual([500])
  })

  it('fails an input that takes longer than the bound for its size', async () => {
    const bound = { baseMs: 5, msPerKiB: 1 }
    await expect(withinTimeBound('x'.repeat(1024), () => busyWait(30), bound)).rejects.toThrow(/took \d+ ms of CPU on 1024 bytes; the bound is 6 ms/)
    await expect(withinTimeBound('x'.repeat(64 * 1024), () => busyWait(30), bound)).resolves.toBeUndefined()
    expect(allowedMs(bound, 2048)).toBe(7)
  })

  it('counts CPU time, not time spent waiting', async () => {
    const bound = { baseMs: 20, msPerKiB: 0 }
    await expect(withinTimeBound('x', () => new Promise((resolve) => setTimeout(resolve, 100)), bound)).resolves.toBeUndefined()
  })

  it('fails a slow input only when it is slow again', async () => {
    let runs = 0
    const slowOnce = () => (runs++ === 0 ? busyWait(50) : undefined)
    await expect(withinTimeBound('x', slowOnce, { baseMs: 20, msPerKiB: 0 })).resolves.toBeUndefined()
    expect(runs).toBe(2)
  })

  it('measures strings, bytes and arrays by their length', () => {
    expect(sizeInBytes('abc')).toBe(3)
    expect(sizeInBytes(new Uint8Array(9))).toBe(9)
    expect(sizeInBytes(['ab', new Uint8Array(3)])).toBe(5)
    expect(sizeInBytes({ a: 1 })).toBe(7)
  })
})
