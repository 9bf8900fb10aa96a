import { parseArgs } from 'node:util'
import { defaultHome } from '../app/defaultHome'
import { nodeKeyVault } from '../atRest/keyWrappings'
import { isNoRoom, noRoomMessage } from '../storage/noRoom'
import { UsageError, type Command, type CommandOutcome } from './command'
import { COMMANDS } from './commands/index'

const COMMON_OPTIONS = {
  json: { type: 'boolean' },
  notebook: { type: 'string' },
  home: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

export function usage(commands: Command[] = COMMANDS): string {
  const width = Math.max(...commands.map((c) => c.words.join(' ').length))
  return [
    'Usage: massline COMMAND [options]',
    '',
    ...commands.map((c) => `  ${c.words.join(' ').padEnd(width)}  ${c.summary}`),
    '',
    'Common options: --notebook PATH (default: the notebook the app last showed), --home DIR, --json',
  ].join('\n')
}

function findCommand(args: string[]): { command: Command; rest: string[] } | undefined {
  const matches = COMMANDS.filter((c) => c.words.every((w, i) => args[i] === w))
  const command = matches.sort((a, b) => b.words.length - a.words.length)[0]
  return command && { command, rest: args.slice(command.words.length) }
}

/** Runs the CLI; returns the exit code (0 ok, 1 failure, 2 usage). */
export async function runCli(
  args: string[],
  io: { out: (s: string) => void; err: (s: string) => void } = {
    out: (s) => process.stdout.write(`${s}\n`),
    err: (s) => process.stderr.write(`${s}\n`),
  },
): Promise<number> {
  const found = findCommand(args)
  if (!found) {
    if (args[0] === '--help' || args[0] === '-h') {
      io.out(usage())
      return 0
    }
    io.err(args.length ? `Unknown command: ${args.join(' ')}\n\n${usage()}` : usage())
    return 2
  }
  const { command, rest } = found
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: { ...COMMON_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    })
    if (values.help) {
      io.out(`Usage: ${command.usage}\n${command.summary}`)
      return 0
    }
    const expected = command.positionals ?? { min: 0, max: 0, names: '' }
    if (positionals.length < expected.min || positionals.length > expected.max) {
      throw new UsageError(expected.max ? `expected ${expected.names}` : `unexpected argument ${positionals[0]}`)
    }
    const home = typeof values.home === 'string' ? values.home : defaultHome()
    const outcome = await command.run({
      values: values as Record<string, string | boolean | undefined>,
      positionals,
      json: values.json === true,
      home,
      keys: nodeKeyVault(home),
      out: io.out,
      warn: io.err,
    })
    return (outcome as CommandOutcome | undefined)?.exitCode ?? 0
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.err(`massline ${command.words.join(' ')}: ${(error as Error).message}\nUsage: ${command.usage}`)
      return 2
    }
    const message = isNoRoom(error) ? `${noRoomMessage(error)} (${(error as NodeJS.ErrnoException).code}); nothing was half-written` : (error as Error).message.split('\n')[0]
    io.err(`massline: ${message}`)
    return 1
  }
}

function isParseArgsError(error: unknown): boolean {
  return typeof (error as { code?: unknown })?.code === 'string' && (error as { code: string }).code.startsWith('ERR_PARSE_ARGS')
}
