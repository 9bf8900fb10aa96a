import { readFile } from 'node:fs/promises'
import { UsageError, type CommandContext } from './command'

/**
 * A bundle passphrase from `--passphrase-file` or MASSLINE_PASSPHRASE: never a command-line
 * argument, which any user on the machine can read in the process list.
 */
export async function passphrase(context: CommandContext): Promise<string> {
  const file = context.values['passphrase-file']
  const value = typeof file === 'string' ? (await readFile(file, 'utf8')).replace(/\r?\n$/, '') : process.env.MASSLINE_PASSPHRASE
  if (!value) throw new UsageError('give the passphrase with --passphrase-file FILE or the MASSLINE_PASSPHRASE variable')
  return value
}

export const PASSPHRASE_OPTION = { 'passphrase-file': { type: 'string' } } as const
