import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { anyString, fuzz, fuzzTimeout } from '../../../test/support/fuzz'
import { CORE_METHODS, type CoreApi } from '../contract'
import { CORE_ARGS } from './coreArgs'
import { dispatch } from './dispatch'
import { parseBridgeCall } from './parseCall'

/** A core that records what reaches it: bad input must reach nothing. */
function recordingCore() {
  const calls: { method: string; args: unknown }[] = []
  const api = new Proxy({}, { get: (_, method: string) => async (args: unknown) => void calls.push({ method, args }) }) as CoreApi
  return { api, calls }
}

const json = fc.jsonValue({ maxDepth: 5 })
const method = fc.oneof(fc.constantFrom(...CORE_METHODS), fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty'), fc.string())
const call = fc.record({ kind: fc.constantFrom('call', 'result', 'event'), id: fc.oneof(fc.nat(), fc.double(), fc.string()), method: fc.oneof(method, json), args: json }, { requiredKeys: [] })
const frameText = fc.oneof(anyString(), json.map((v) => JSON.stringify(v)), call.map((v) => JSON.stringify(v)))

describe('bridge JSON fuzzing (the host socket frame, the method and its argument schema)', () => {
  it('turns any frame text into a call or a close code, never an exception', async () => {
    await fuzz(frameText, (text) => {
      const parsed = parseBridgeCall(text)
      if (!parsed.ok) expect([parsed.code, parsed.reason]).toSatisfy(([code, reason]) => (code === 1007 && reason === 'Not JSON') || (code === 1008 && reason === 'Not a call'))
    })
  }, fuzzTimeout())

  it('lets only arguments its schema accepts reach the core; the rest get an error naming the method', async () => {
    await fuzz(fc.tuple(method, json), async ([name, args]) => {
      const { api, calls } = recordingCore()
      const known = (CORE_METHODS as readonly string[]).includes(name)
      const valid = known && CORE_ARGS[name as keyof typeof CORE_ARGS].safeParse(args).success
      const error = await dispatch(api, name, args).then(
        () => undefined,
        (e: Error) => e.message,
      )
      if (valid) return expect(calls).toHaveLength(1)
      expect(calls).toEqual([])
      expect(error).toMatch(known ? new RegExp(`^Bad arguments to ${name}: `) : /^Unknown bridge method /)
    })
  }, fuzzTimeout())
})
