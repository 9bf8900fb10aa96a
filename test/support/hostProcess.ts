import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { resolve } from 'node:path'
import { createInterface } from 'node:readline'

export interface HostProcess {
  url: string
  child: ChildProcess
  /** Stops the host: SIGTERM lets it flush, SIGKILL is a crash. */
  stop(signal?: NodeJS.Signals): Promise<void>
}

// Relative to the repository root (npm scripts run there), so it also works once bundled.
const HOST_ENTRY = resolve('out/node/host.mjs')
// The same entry run from source through tsx, for unit tests that need a real process but no build.
const HOST_SOURCE = ['--import', 'tsx', resolve('src/core/host/main.ts')]

/**
 * Starts `npm run host`'s built entry as a real process, as the e2e tests and benchmarks need
 * (or, with `fromSource`, its TypeScript source).
 */
export async function startHostProcess(home: string, extraArgs: string[] = [], { fromSource = false, nodeArgs = [] as string[] } = {}): Promise<HostProcess> {
  const entry = fromSource ? HOST_SOURCE : [HOST_ENTRY]
  const child = spawn(process.execPath, [...nodeArgs, ...entry, '--home', home, ...extraArgs], { stdio: ['ignore', 'pipe', 'inherit'] })
  const lines = createInterface({ input: child.stdout! })
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve)
    child.once('exit', (code) => reject(new Error(`host exited with ${code} before it was ready`)))
  })
  lines.on('line', () => {})
  const { url } = JSON.parse(first) as { url: string }
  return {
    url,
    child,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill(signal)
      await once(child, 'exit')
    },
  }
}
