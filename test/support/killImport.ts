import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'

export const CLI = resolve('out/node/massline.mjs')

/**
 * Runs the built `massline import contacts FILE` on a notebook and kills it with SIGKILL
 * `delayMs` after its journal entry appears (so the kill lands while rows are being written).
 */
export async function importAndKill(file: string, notebookDir: string, home: string, delayMs: number): Promise<void> {
  const child = spawn(process.execPath, [CLI, 'import', 'contacts', file, '--notebook', notebookDir, '--home', home], { stdio: 'ignore' })
  const exited = new Promise<void>((done) => child.on('exit', () => done()))
  const journal = join(notebookDir, 'imports')
  while (child.exitCode === null && !(existsSync(journal) && (await readdir(journal)).some((f) => f.endsWith('.json')))) {
    await new Promise((r) => setTimeout(r, 20))
  }
  await new Promise((r) => setTimeout(r, delayMs))
  child.kill('SIGKILL')
  await exited
}
