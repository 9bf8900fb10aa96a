import type { ParseArgsConfig } from 'node:util'
import type { KeyVault } from '../atRest/KeyVault'

/** One `massline …` command. `words` are the command's words ("notebooks list"). */
export interface Command {
  words: string[]
  usage: string
  summary: string
  options?: NonNullable<ParseArgsConfig['options']>
  /** How many positional arguments it takes. */
  positionals?: { min: number; max: number; names: string }
  /** A command that reports a finding (check: damage) returns `{ exitCode }`; anything else exits 0. */
  run(context: CommandContext): Promise<unknown>
}

export interface CommandOutcome {
  exitCode: number
}

export interface CommandContext {
  values: Record<string, string | boolean | undefined>
  positionals: string[]
  json: boolean
  home: string
  /** Where the notebooks' storage keys are kept (`nodeKeyVault` of the home). */
  keys: KeyVault
  out: (text: string) => void
  /** Warnings for people (standard error), never mixed into --json output. */
  warn: (text: string) => void
}

/** A mistake in how the command was called: usage is printed and the exit code is 2. */
export class UsageError extends Error {}

/** Commands return data; this prints it for people, or as JSON with --json. */
export function print(context: CommandContext, data: unknown, human: string): void {
  context.out(context.json ? JSON.stringify(data) : human)
}
