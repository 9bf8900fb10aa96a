import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'

export const CLI = resolve('out/node/massline.mjs')

/**
 * Runs the built `massline import contacts FILE` on a notebook and kills it with SIGKILL
 * `delayMs` after its journal entry appears (so the kill lands while rows are being written).
 */
export function importAndKill(file: string, notebookDir: string, home: string, delayMs: number): Promise<void> {
  return runAndKill(['import', 'contacts', file], notebookDir, home, delayMs)
}

/** Runs a built `massline …` command that journals a bulk write, and SIGKILLs it `delayMs` after its own journal entry appears. */
export async function runAndKill(args: string[], notebookDir: string, home: string, delayMs: number): Promise<void> {
  const journal = join(notebookDir, 'imports')
  const entries = async () => (existsSync(journal) ? (await readdir(journal)).filter((f) => f.endsWith('.json')) : [])
  // The entry of this run, not one an earlier import left.
  const before = new Set(await entries())
  const child = spawn(process.execPath, [CLI, ...args, '--notebook', notebookDir, '--home', home], { stdio: 'ignore' })
  const exited = new Promise<void>((done) => child.on('exit', () => done()))
  while (child.exitCode === null && !(await entries()).some((f) => !before.has(f))) {
    await new Promise((r) => setTimeout(r, 20))
  }
  await new Promise((r) => setTimeout(r, delayMs))
  child.kill('SIGKILL')
  await exited
}
