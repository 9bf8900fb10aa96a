import { rm } from 'node:fs/promises'
import { NotebookCatalog } from '../src/core/app/NotebookCatalog'
import { nodeKeyVault } from '../src/core/atRest/keyWrappings'
import { runCli } from '../src/core/cli/runCli'
import type { BenchOptions } from './index'
import type { Report } from './report'
import { REFERENCE, referenceHome } from './support/benchNotebook'

/** `massline check` over the reference notebook: every chunk opened and loaded as Automerge, every side file read. */
export async function run(report: Report, options: BenchOptions): Promise<void> {
  const home = await referenceHome(options.quick ? { ...REFERENCE, contacts: 2000, notes: 1000, leaflets: 40 } : REFERENCE)
  const dir = (await new NotebookCatalog(home, nodeKeyVault(home)).list())[0]!.dir
  const lines: string[] = []
  const started = performance.now()
  const code = await runCli(['check', '--home', home, '--notebook', dir, '--json'], { out: (s) => lines.push(s), err: (s) => lines.push(s) })
  const took = performance.now() - started
  if (code !== 0) throw new Error(`massline check failed on the reference notebook: ${lines.join('\n')}`)
  const { files } = JSON.parse(lines.at(-1)!) as { files: number }
  report({
    figure: 'check-notebook',
    value: Math.round(took),
    unit: 'ms',
    target: 10_000,
    note: `${options.quick ? 'quick notebook' : 'reference notebook'}: massline check over ${files} files (every chunk decrypted and loaded, indexes and side files read)`,
  })
  await rm(home, { recursive: true, force: true })
}
