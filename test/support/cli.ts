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
