import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect } from 'vitest'
import { runCli } from '../../src/core/cli/runCli'

export interface CliResult {
  code: number
  out: string
  err: string
}

/** Runs `massline …` in-process and captures what it prints. */
export async function runCaptured(args: string[]): Promise<CliResult> {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(args, { out: (s) => out.push(s), err: (s) => err.push(s) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

/**
 * A notebook `massline generate` makes in a fresh home (call `generate` in a beforeAll), and
 * `massline …` on it: `cli` as typed, `json` with --json, which must succeed and print no error.
 */
export function generatedNotebook(prefix: string) {
  const at = { home: '', dir: '' }
  const cli = (...args: string[]) => runCaptured([...args, '--home', at.home, '--notebook', at.dir])
  return {
    at,
    cli,
    async json(...args: string[]) {
      const { code, out, err } = await cli(...args, '--json')
      expect(err).toBe('')
      expect(code).toBe(0)
      return JSON.parse(out)
    },
    /** Runs `massline generate ARGS… --json` and returns its summary. */
    async generate(...args: string[]) {
      at.home = await mkdtemp(join(tmpdir(), prefix))
      at.dir = join(at.home, 'generated')
      const { code, out } = await runCaptured(['generate', ...args, '--notebook', at.dir, '--home', at.home, '--json'])
      expect(code).toBe(0)
      return JSON.parse(out)
    },
  }
}
